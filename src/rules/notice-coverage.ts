import { defineRule } from '../check/rule.js';
import { activeActivities, roleOf } from '../model/activities.js';
import { activitiesCoveredBy } from '../model/notices.js';

export default defineRule({
  meta: {
    id: 'notice-coverage',
    article: 'GDPR Art. 13, 14',
    severity: 'error',
  },
  check({ register, report, text }) {
    const covered = new Set<string>();
    for (const notice of register.records.notice.values()) {
      for (const a of activitiesCoveredBy(register, notice.data)) covered.add(a.id);
    }
    // A processor acts on the client's instructions; informing the people is the client's duty.
    const informed = activeActivities(register).filter((a) => roleOf(a.data) !== 'processor');
    // One missing thing, one finding: without any notice, say so once rather than per activity.
    // (`ids` counts notice files even when they fail their schema: those are the schema's findings.)
    const config = register.configFile;
    const noNotices = register.ids.notice.size === 0 && config !== undefined && informed.length > 0;
    if (noNotices) {
      report({ messageId: 'noNotices', data: { count: informed.length }, file: config, path: [] });
    }
    for (const activity of informed) {
      if (!noNotices && !covered.has(activity.id)) {
        const subjects = activity.data.data_subjects ?? [];
        report({
          messageId: 'uncovered',
          data: {
            id: activity.id,
            subjects:
              subjects.length > 0
                ? subjects.map((s) => `\`${s}\``).join(', ')
                : text('_words.noneListed'),
          },
          file: activity.file,
          path: [],
        });
      }
      (activity.data.data ?? []).forEach((item, index) => {
        // Without `source` the register does not say where the data come from: not this rule's finding.
        if (
          item.source === undefined ||
          item.source === 'data-subject' ||
          item.source_detail !== undefined
        )
          return;
        report({
          messageId: 'sourceDetail',
          data: { category: item.category, source: item.source },
          file: activity.file,
          path: ['data', index],
        });
      });
    }
  },
});
