import { defineRule } from '../check/rule.js';
import { localisedText } from '../check/rule-text.js';
import { activities, dataItems } from '../model/activities.js';
import { nationalIdRuleFor } from '../law/national-id.js';
import { countryName } from '../render/words.js';

export default defineRule({
  meta: {
    id: 'national-id-number',
    article: 'GDPR Art. 87',
    severity: 'warning',
  },
  check({ register, report, lang, text }) {
    const country = register.config?.data.organisation.country;
    const rule = nationalIdRuleFor(country);
    // Worded once, and only when there is a finding: naming the country loads the country names.
    let place: string | undefined;
    const where = (): string =>
      (place ??=
        country === undefined
          ? text('_words.organisationCountry')
          : text('_words.place', { code: country, name: countryName(country, lang) }));
    for (const activity of activities(register)) {
      for (const item of dataItems(register, activity.data)) {
        if (item.category.data.national_id !== true) continue;
        report({
          messageId: 'restricted',
          data: {
            category: item.category.id,
            restriction: localisedText(rule.restriction, lang),
            country: where(),
          },
          file: activity.file,
          path: ['data', item.index, 'category'],
        });
      }
    }
  },
});
