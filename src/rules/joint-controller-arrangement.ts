import { defineRule } from '../check/rule.js';
import { activities, roleOf } from '../model/activities.js';

export default defineRule({
  meta: {
    id: 'joint-controller-arrangement',
    article: 'GDPR Art. 26',
    severity: 'error',
  },
  check({ register, report }) {
    for (const activity of activities(register)) {
      if (roleOf(activity.data) !== 'joint-controller') continue;
      const named = activity.data.joint_controllers;
      if (named !== undefined && named.length > 0) continue;
      report({
        messageId: 'missing',
        data: { id: activity.id },
        file: activity.file,
        path: named === undefined ? [] : ['joint_controllers'],
      });
    }
  },
});
