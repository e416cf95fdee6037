import { defineRule } from '../check/rule.js';
import { activities, roleOf } from '../model/activities.js';

export default defineRule({
  meta: {
    id: 'joint-arrangement-essence',
    article: 'GDPR Art. 26(2)',
    severity: 'warning',
  },
  check({ register, report }) {
    for (const activity of activities(register)) {
      if (activity.data.status === 'retired' || roleOf(activity.data) !== 'joint-controller')
        continue;
      if ((activity.data.joint_controllers ?? []).length === 0) continue;
      if (activity.data.joint_arrangement?.essence !== undefined) continue;
      report({
        messageId: 'missing',
        data: { id: activity.id },
        file: activity.file,
        path:
          activity.data.joint_arrangement === undefined
            ? ['joint_controllers']
            : ['joint_arrangement'],
      });
    }
  },
});
