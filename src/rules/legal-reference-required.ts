import { defineRule } from '../check/rule.js';
import { activities } from '../model/activities.js';
import { basesLaidDownByLaw } from '../law/legal-bases.js';

export default defineRule({
  meta: {
    id: 'legal-reference-required',
    description:
      'A purpose based on a legal obligation or a public task names the law that lays it down.',
    article: 'GDPR Art. 6(3)',
    severity: 'error',
    messages: {
      missing:
        'purpose {{number}} relies on {{basis}} but does not name the law behind it; add `legal_reference` citing the EU or Member State provision (e.g. "Code du travail, art. L3243-4")',
    },
    docs: {
      why: 'Art. 6(3) requires the basis of processing under Art. 6(1)(c) and (e) to be laid down by Union or Member State law. A legal obligation or public task with no law named cannot be checked, nor explained to the people concerned.',
      triggers:
        'A purpose (of any activity, whatever its status) with `legal_basis: legal-obligation` or `legal_basis: public-task` and no `legal_reference`.',
      fix: 'Add `legal_reference` with the statute and article (e.g. "Code de commerce, art. L123-22").',
    },
  },
  check({ register, report }) {
    for (const activity of activities(register)) {
      activity.data.purposes.forEach((purpose, index) => {
        // Art. 6(3): the bases Union or Member State law must lay down (data/law/legal-bases.json).
        const basis =
          purpose.legal_basis === undefined ? undefined : basesLaidDownByLaw()[purpose.legal_basis];
        if (basis === undefined || purpose.legal_reference !== undefined) return;
        report({
          messageId: 'missing',
          data: { number: index + 1, basis },
          file: activity.file,
          path: ['purposes', index],
        });
      });
    }
  },
});
