import { defineRule } from '../check/rule.js';
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
    description:
      '`occasional: true` is not claimed for processing of Art. 9/10 data or for routine business processing.',
    article: 'GDPR Art. 30(5)',
    severity: 'warning',
    messages: {
      notOccasional:
        'the activity `{{id}}` is marked `occasional: true`, but {{reasons}}; the Art. 30(5) derogation from the record does not cover it, so remove `occasional` or set it to `false`',
    },
    docs: {
      why: 'Art. 30(5) spares organisations under 250 persons the record only for processing that is occasional, unlikely to result in a risk and free of Art. 9 and Art. 10 data. The WP29 position paper of 19 April 2018 on Art. 30(5), endorsed by the EDPB, reads "occasional" as not carried out regularly and outside the regular course of business: routine HR, customer or supplier processing never is.',
      triggers:
        'An activity with `occasional: true` whose data include an Art. 9 (special category) or Art. 10 (criminal offence) category, or whose `department` is one whose processing is routine (hr, sales, customers, customer-service, support, marketing; data/law/routine-departments.json).',
      fix: 'Remove `occasional: true` (or set it to `false`): the activity belongs in the record. If the processing really is a one-off outside the regular course of business, move it to a department that reflects that.',
      uncertain:
        'Whether processing is occasional is a question of fact; the department ids are a naming convention standing for routine business functions, and the WP29 reading is guidance, so the rule is a warning. The Art. 9/10 condition is in the text of Art. 30(5) itself.',
    },
  },
  check({ register, report }) {
    for (const activity of activities(register)) {
      if (activity.data.occasional !== true) continue;
      const reasons: string[] = [];
      const special = specialDataItems(register, activity.data);
      if (special.length > 0) reasons.push(`it includes Art. 9 data (${ids(special)})`);
      const criminal = criminalDataItems(register, activity.data);
      if (criminal.length > 0) reasons.push(`it includes Art. 10 data (${ids(criminal)})`);
      const department = activity.data.department;
      const routine = department === undefined ? undefined : routineDepartment(department);
      if (routine !== undefined) {
        reasons.push(
          `its department \`${routine.id}\` runs routine processing (${routine.reason.en.replace(/\.$/, '')})`,
        );
      }
      if (reasons.length === 0) continue;
      report({
        messageId: 'notOccasional',
        data: { id: activity.id, reasons: reasons.join(', and ') },
        file: activity.file,
        path: ['occasional'],
      });
    }
  },
});
