import { defineRule } from '../check/rule.js';
import { localisedText } from '../check/rule-text.js';
import {
  activities,
  criminalDataItems,
  specialDataItems,
  type ResolvedDataItem,
} from '../model/activities.js';
import { routineDepartment } from '../law/routine-departments.js';

function ids(items: readonly ResolvedDataItem[]): string {
  return [...new Set(items.map((item) => `\`${item.category.id}\``))].join(', ');
}

export default defineRule({
  meta: {
    id: 'occasional-not-routine',
    article: 'GDPR Art. 30(5)',
    severity: 'warning',
  },
  check({ register, report, lang, text }) {
    for (const activity of activities(register)) {
      if (activity.data.occasional !== true) continue;
      const reasons: string[] = [];
      const special = specialDataItems(register, activity.data);
      if (special.length > 0)
        reasons.push(text('occasional-not-routine.reasons.special', { ids: ids(special) }));
      const criminal = criminalDataItems(register, activity.data);
      if (criminal.length > 0)
        reasons.push(text('occasional-not-routine.reasons.criminal', { ids: ids(criminal) }));
      const department = activity.data.department;
      const routine = department === undefined ? undefined : routineDepartment(department);
      if (routine !== undefined) {
        reasons.push(
          text('occasional-not-routine.reasons.routine', {
            id: routine.id,
            reason: localisedText(routine.reason, lang).replace(/\.$/, ''),
          }),
        );
      }
      if (reasons.length === 0) continue;
      report({
        messageId: 'notOccasional',
        data: {
          id: activity.id,
          reasons: reasons.join(text('occasional-not-routine.reasons.join')),
        },
        file: activity.file,
        path: ['occasional'],
      });
    }
  },
});
