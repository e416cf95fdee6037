import { defineRule } from '../check/rule.js';
import { activities, roleOf } from '../model/activities.js';

export default defineRule({
  meta: {
    id: 'joint-arrangement-essence',
    description:
      'A jointly controlled activity records the essence of the arrangement made available to the people.',
    article: 'GDPR Art. 26(2)',
    severity: 'warning',
    messages: {
      missing:
        'the activity `{{id}}` is jointly controlled, but the essence of the arrangement between the joint controllers is not recorded; add `joint_arrangement.essence` (who does what, in particular for the rights of the people and their information), which the notice shows (Art. 26(2))',
    },
    docs: {
      why: 'Joint controllers determine their respective responsibilities in an arrangement, which may designate a contact point for data subjects; the essence of the arrangement is made available to the data subject (Art. 26(1), (2)). `gdpr notice` shows the recorded essence in the notices of the activity.',
      triggers:
        'An activity that is not retired, with `role: joint-controller` and at least one `joint_controllers` (without any, joint-controller-arrangement reports it), whose `joint_arrangement.essence` is missing.',
      fix: 'Add `joint_arrangement: { reference: contracts/…, essence: { en: …, fr: … } }`, and a `contact_point` where the arrangement designates one.',
      uncertain:
        'Art. 26(2) says the essence is "made available" without saying how; the EDPB (Guidelines 07/2020) suggests the privacy notice. The rule warns, since the essence may be published elsewhere.',
    },
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
