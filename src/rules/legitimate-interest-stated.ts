import { defineRule } from '../check/rule.js';
import { activities } from '../model/activities.js';

export default defineRule({
  meta: {
    id: 'legitimate-interest-stated',
    description:
      'A purpose based on legitimate interests states the interest pursued and where its balancing test is recorded.',
    article: 'GDPR Art. 6(1)(f), 13(1)(d)',
    severity: 'error',
    messages: {
      interestMissing:
        'purpose {{number}} relies on legitimate interests but does not say which interest; add `legitimate_interest` describing the interest pursued by us or a third party (it is shown in the privacy notice, Art. 13(1)(d))',
      balancingTestMissing:
        "purpose {{number}} relies on legitimate interests but no balancing test is recorded; add `lia` with the path or URL of the legitimate interests assessment weighing the interest against the people's rights (Art. 6(1)(f), 5(2))",
    },
    docs: {
      why: "Art. 6(1)(f) allows processing for a legitimate interest only if the people's interests and rights do not override it, and Art. 13(1)(d) / 14(2)(b) require the notice to state that interest. The register must therefore name the interest, and the controller must be able to show the weighing was done (Art. 5(2)).",
      triggers:
        'A purpose (of any activity, whatever its status: the record shows past processing was lawful too) with `legal_basis: legitimate-interests` and no `legitimate_interest` (error), or no `lia` (warning).',
      fix: 'Add `legitimate_interest` (e.g. "preventing fraud on orders") and `lia` pointing at the document that records the balancing test.',
      uncertain:
        'The missing balancing test is a warning: the GDPR requires the weighing (Art. 6(1)(f)) and the ability to demonstrate compliance (Art. 5(2)), but no article requires a written assessment in a particular form; recording it is authority guidance.',
    },
  },
  check({ register, report }) {
    for (const activity of activities(register)) {
      activity.data.purposes.forEach((purpose, index) => {
        if (purpose.legal_basis !== 'legitimate-interests') return;
        const data = { number: index + 1 };
        if (purpose.legitimate_interest === undefined) {
          report({
            messageId: 'interestMissing',
            data,
            file: activity.file,
            path: ['purposes', index],
          });
        }
        if (purpose.lia === undefined) {
          report({
            messageId: 'balancingTestMissing',
            data,
            file: activity.file,
            path: ['purposes', index],
            severity: 'warning',
          });
        }
      });
    }
  },
});
