import { defineRule } from '../check/rule.js';
import { activities } from '../model/activities.js';

export default defineRule({
  meta: {
    id: 'legitimate-interest-stated',
    article: 'GDPR Art. 6(1)(f), 13(1)(d)',
    severity: 'error',
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
