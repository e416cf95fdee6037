import { defineRule } from '../check/rule.js';
import { activeActivities } from '../model/activities.js';
import { invalidAt } from '../register/load.js';

export default defineRule({
  meta: {
    id: 'retention-not-quantified',
    article: 'GDPR Art. 30(1)(f), 13(2)(a); CNIL',
    severity: 'warning',
  },
  check({ register, report }) {
    const retention = register.catalogs.retention;
    for (const activity of activeActivities(register)) {
      (activity.data.data ?? []).forEach((item, index) => {
        const entry = item.retention === undefined ? undefined : retention.get(item.retention);
        if (entry === undefined || entry.data.duration !== undefined) return;
        // A duration that fails its schema has its schema finding.
        if (invalidAt(register, entry.file, [entry.index, 'duration'])) return;
        report({
          messageId: entry.data.criteria === undefined ? 'noPeriod' : 'criteriaOnly',
          data: { activity: activity.id, category: item.category, id: entry.id },
          file: activity.file,
          path: ['data', index, 'retention'],
        });
      });
    }
  },
});
