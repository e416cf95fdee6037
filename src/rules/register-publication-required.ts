import { defineRule } from '../check/rule.js';
import { nationalLaw } from '../law/national.js';

export default defineRule({
  meta: {
    id: 'register-publication-required',
    // A rule of Spanish law: it runs only where data/law/national/<CC>.json has the entry.
    article: 'GDPR Art. 30; art. 31.2 LOPDGDD',
    severity: 'warning',
  },
  check({ register, report }) {
    const config = register.config;
    if (config === undefined) return;
    const organisation = config.data.organisation;
    const publication = nationalLaw(organisation.country)?.register_publication;
    if (publication === undefined || organisation.public_body !== true) return;
    if (organisation.register_publication_url !== undefined) return;
    report({
      messageId: 'missing',
      data: { provision: publication.provision },
      file: config.file,
      path: ['organisation', 'public_body'],
    });
  },
});
