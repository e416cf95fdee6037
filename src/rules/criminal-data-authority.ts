import { defineRule } from '../check/rule.js';
import { activities, criminalDataItems } from '../model/activities.js';

export default defineRule({
  meta: {
    id: 'criminal-data-authority',
    description:
      'An activity processing criminal conviction or offence data names the official authority or the law that authorises it.',
    article: 'GDPR Art. 10',
    severity: 'error',
    messages: {
      missing:
        'the activity processes criminal conviction or offence data ({{categories}}), which Art. 10 allows only under the control of official authority or when authorised by EU or Member State law; add `criminal_data_authority` naming that authority or law',
    },
    docs: {
      why: 'Personal data relating to criminal convictions and offences or related security measures may be processed only under the control of official authority or when authorised by Union or Member State law providing appropriate safeguards (Art. 10). The record must say which.',
      triggers:
        'An activity (any role, whatever its status) with a data item whose catalogue category has `criminal: true`, and no `criminal_data_authority`.',
      fix: 'Add `criminal_data_authority` with the authority under whose control the data are processed, or the statute and article that authorise it.',
    },
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
