import { defineRule } from '../check/rule.js';
import { activities } from '../model/activities.js';
import type { ConsentRecord } from '../types/register.js';

/** The three things Art. 7 makes the controller able to show, in the order they happen. */
const ITEMS: readonly { key: keyof ConsentRecord; messageId: string }[] = [
  { key: 'collected_via', messageId: 'collectedVia' },
  { key: 'records', messageId: 'records' },
  { key: 'withdrawal', messageId: 'withdrawal' },
];

export default defineRule({
  meta: {
    id: 'consent-mechanism',
    article: 'GDPR Art. 7(1), 7(3)',
    severity: 'error',
  },
  check({ register, report }) {
    for (const activity of activities(register)) {
      activity.data.purposes.forEach((purpose, index) => {
        if (purpose.legal_basis !== 'consent') return;
        const consent = purpose.consent;
        const path = consent === undefined ? ['purposes', index] : ['purposes', index, 'consent'];
        for (const item of ITEMS) {
          if (consent?.[item.key] !== undefined) continue;
          report({
            messageId: item.messageId,
            data: { number: index + 1 },
            file: activity.file,
            path,
          });
        }
      });
    }
  },
});
