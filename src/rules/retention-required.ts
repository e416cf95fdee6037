import { defineRule } from '../check/rule.js';
import { activeActivities, roleOf } from '../model/activities.js';

export default defineRule({
  meta: {
    id: 'retention-required',
    description: 'Every data item of an active controller activity has a retention rule.',
    article: 'GDPR Art. 5(1)(e), 30(1)(f)',
    severity: 'error',
    messages: {
      missing:
        'the data item `{{category}}` has no retention rule; add `retention` with the id of a rule in catalog/retention.yaml saying how long the data are kept (a duration, or the criteria that set it)',
    },
    docs: {
      why: 'Personal data may be kept in identifiable form no longer than necessary (Art. 5(1)(e)); the record states the envisaged time limits for erasure of each category of data (Art. 30(1)(f)), and the notice the period or its criteria (Art. 13(2)(a)). The CNIL and the ICO ask for one period per category of data.',
      triggers:
        'A data item without `retention` in an active activity whose role is not processor (Art. 30(2) does not ask a processor for retention; planned and retired activities are not running).',
      fix: 'Add `retention: <id>` to the data item, defining the rule in catalog/retention.yaml if needed (a `duration`, or `criteria` when no duration can be given).',
    },
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
