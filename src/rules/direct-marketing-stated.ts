import { defineRule } from '../check/rule.js';
import { activities, roleOf } from '../model/activities.js';
import { directMarketingHint } from '../model/rights.js';

export default defineRule({
  meta: {
    id: 'direct-marketing-stated',
    article: 'GDPR Art. 21(2)-(4)',
    severity: 'warning',
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
