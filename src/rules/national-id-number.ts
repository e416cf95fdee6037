import { defineRule } from '../check/rule.js';
import { localisedText } from '../check/rule-text.js';
import { activities, dataItems } from '../model/activities.js';
import { nationalIdRuleFor } from '../law/national-id.js';

export default defineRule({
  meta: {
    id: 'national-id-number',
    article: 'GDPR Art. 87',
    severity: 'warning',
  },
  check({ register, report, lang, text }) {
    const country = register.config?.data.organisation.country;
    const rule = nationalIdRuleFor(country);
    for (const activity of activities(register)) {
      for (const item of dataItems(register, activity.data)) {
        if (item.category.data.national_id !== true) continue;
        report({
          messageId: 'restricted',
          data: {
            category: item.category.id,
            restriction: localisedText(rule.restriction, lang),
            country: country ?? text('_words.organisationCountry'),
          },
          file: activity.file,
          path: ['data', item.index, 'category'],
        });
      }
    }
  },
});
