import { defineRule } from '../check/rule.js';
import { activities } from '../model/activities.js';
import { basesLaidDownByLaw } from '../law/legal-bases.js';

export default defineRule({
  meta: {
    id: 'legal-reference-required',
    article: 'GDPR Art. 6(3)',
    severity: 'error',
  },
  check({ register, report, text }) {
    for (const activity of activities(register)) {
      activity.data.purposes.forEach((purpose, index) => {
        // Art. 6(3): the bases Union or Member State law must lay down (data/law/legal-bases.json).
        const basis =
          purpose.legal_basis === undefined ? undefined : basesLaidDownByLaw()[purpose.legal_basis];
        if (basis === undefined || purpose.legal_reference !== undefined) return;
        report({
          messageId: 'missing',
          data: {
            number: index + 1,
            basis: text(`legal-reference-required.bases.${purpose.legal_basis ?? ''}`),
          },
          file: activity.file,
          path: ['purposes', index],
        });
      });
    }
  },
});
