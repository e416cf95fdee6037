import { defineRule } from '../check/rule.js';
import { activities, roleOf } from '../model/activities.js';

export default defineRule({
  meta: {
    id: 'joint-controller-arrangement',
    description: 'A joint-controller activity names the parties it shares the controllership with.',
    article: 'GDPR Art. 26',
    severity: 'error',
    messages: {
      missing:
        'the activity `{{id}}` has `role: joint-controller` but names no joint controller; add `joint_controllers` with the ids of the parties (parties/<id>.yaml) that determine the purposes and means with you',
    },
    docs: {
      why: 'Joint controllers determine their respective responsibilities in an arrangement between them, whose essence is made available to data subjects (Art. 26(1), (2)); the record names each joint controller (Art. 30(1)(a)). An activity that says it is jointly controlled without saying with whom records neither.',
      triggers:
        'An activity with `role: joint-controller` whose `joint_controllers` is missing or empty.',
      fix: 'Add `joint_controllers: [<party id>, …]`, with a file in parties/ (kind `joint-controller`) for each.',
    },
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
