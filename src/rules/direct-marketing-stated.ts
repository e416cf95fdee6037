import { defineRule } from '../check/rule.js';
import { activities, roleOf } from '../model/activities.js';
import { directMarketingHint } from '../model/rights.js';

export default defineRule({
  meta: {
    id: 'direct-marketing-stated',
    description:
      'A purpose that looks like direct marketing says whether it is (`direct_marketing`), so the notice can state the unconditional right to object.',
    article: 'GDPR Art. 21(2)-(4)',
    severity: 'warning',
    messages: {
      unstated:
        'purpose {{number}} looks like direct marketing ("{{word}}", {{basis}}) but does not say so; add `direct_marketing: true` so the privacy notice states the right to object at any time (Art. 21(2), (4)), or `direct_marketing: false` if it is not marketing',
    },
    docs: {
      why: "Art. 21(2)-(3) gives an absolute right to object to direct marketing, whatever the legal basis, and Art. 21(4) requires the notice to bring it to the person's attention clearly and separately. The notice states it for the purposes marked `direct_marketing: true` only; a marketing purpose left unmarked would be told as an ordinary purpose, without that right.",
      triggers:
        'A purpose of a controller or joint-controller activity that is not retired, whose `legal_basis` is one direct marketing usually relies on (consent or legitimate interests, Recital 47: data/law/legal-bases.json), whose activity id, name, description or purpose description uses a word of data/law/direct-marketing-words.json (e.g. "newsletter", "prospect", "démarchage"; accents and case ignored), and that has no `direct_marketing` key.',
      fix: 'Add `direct_marketing: true` to the purpose if it is direct marketing (prospecting, newsletters, commercial offers, profiling for them); add `direct_marketing: false` if it is not (e.g. audience measurement run by the marketing department).',
      uncertain:
        "A warning, not an error: words only suggest marketing, and whether a purpose is direct marketing is a judgement the register states; the word list is the project's own, not a legal text.",
    },
  },
  check({ register, report }) {
    for (const activity of activities(register)) {
      const a = activity.data;
      if (roleOf(a) === 'processor' || a.status === 'retired') continue;
      a.purposes.forEach((purpose, index) => {
        if (purpose.direct_marketing !== undefined) return;
        const word = directMarketingHint(activity.id, a, purpose);
        if (word === undefined || purpose.legal_basis === undefined) return;
        report({
          messageId: 'unstated',
          data: { number: index + 1, word, basis: purpose.legal_basis },
          file: activity.file,
          path: ['purposes', index],
        });
      });
    }
  },
});
