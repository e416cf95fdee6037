import { defineRule } from '../check/rule.js';
import { lacksRequiredRepresentative } from '../model/organisation.js';
import { countryName } from '../render/words.js';

export default defineRule({
  meta: {
    id: 'representative-required',
    article: 'GDPR Art. 27',
    severity: 'error',
  },
  check({ register, report, text, lang }) {
    const config = register.config;
    if (config === undefined) return;
    // The engine skips a rule switched off in gdpr.yaml before it runs, so the shared condition's
    // own `off` test never hides a finding here.
    if (!lacksRequiredRepresentative(config.data)) return;
    report({
      messageId: 'missing',
      data: {
        country: config.data.organisation.country,
        place: text('_words.place', {
          code: config.data.organisation.country,
          name: countryName(config.data.organisation.country, lang),
        }),
      },
      file: config.file,
      path: ['organisation'],
    });
  },
});
