import { defineRule } from '../check/rule.js';
import { activities, criminalDataItems } from '../model/activities.js';

export default defineRule({
  meta: {
    id: 'criminal-data-authority',
    article: 'GDPR Art. 10',
    severity: 'error',
  },
  check({ register, report }) {
    for (const activity of activities(register)) {
      if (activity.data.criminal_data_authority !== undefined) continue;
      const criminal = criminalDataItems(register, activity.data);
      if (criminal.length === 0) continue;
      const categories = [...new Set(criminal.map((item) => `\`${item.category.id}\``))].join(', ');
      report({ messageId: 'missing', data: { categories }, file: activity.file, path: [] });
    }
  },
});
