import { defineRule } from '../check/rule.js';
import { lacksRequiredRepresentative } from '../model/organisation.js';

export default defineRule({
  meta: {
    id: 'representative-required',
    article: 'GDPR Art. 27',
    severity: 'error',
  },
  check({ register, report }) {
    const config = register.config;
    if (config === undefined) return;
    // The engine skips a rule switched off in gdpr.yaml before it runs, so the shared condition's
    // own `off` test never hides a finding here.
    if (!lacksRequiredRepresentative(config.data)) return;
    report({
      messageId: 'missing',
      data: { country: config.data.organisation.country },
      file: config.file,
      path: ['organisation'],
    });
  },
});
