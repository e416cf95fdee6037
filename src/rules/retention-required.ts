import { defineRule } from '../check/rule.js';
import { activeActivities, roleOf } from '../model/activities.js';

export default defineRule({
  meta: {
    id: 'retention-required',
    article: 'GDPR Art. 5(1)(e), 30(1)(f)',
    severity: 'error',
  },
  check({ register, report }) {
    for (const activity of activeActivities(register)) {
      if (roleOf(activity.data) === 'processor') continue;
      (activity.data.data ?? []).forEach((item, index) => {
        if (item.retention !== undefined) return;
        report({
          messageId: 'missing',
          data: { category: item.category },
          file: activity.file,
          path: ['data', index],
        });
      });
    }
  },
});
