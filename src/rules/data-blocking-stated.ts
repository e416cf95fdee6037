import { defineRule } from '../check/rule.js';
import { nationalLaw } from '../law/national.js';

export default defineRule({
  meta: {
    id: 'data-blocking-stated',
    // A rule of Spanish law: it runs only where data/law/national/<CC>.json has the entry.
    article: 'GDPR Art. 5(1)(e); art. 32 LOPDGDD',
    severity: 'warning',
  },
  check({ register, report }) {
    const config = register.config;
    if (config === undefined) return;
    const organisation = config.data.organisation;
    const blocking = nationalLaw(organisation.country)?.blocking;
    if (blocking === undefined || organisation.data_blocking !== undefined) return;
    report({
      messageId: 'missing',
      data: { provision: blocking.provision },
      file: config.file,
      path: ['organisation', 'country'],
    });
  },
});
