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
    description:
      'A purpose based on consent says how consent is collected, recorded and withdrawn.',
    article: 'GDPR Art. 7(1), 7(3)',
    severity: 'error',
    messages: {
      collectedVia:
        'purpose {{number}} relies on consent but does not say how it is asked for; add `consent.collected_via` (e.g. "an unticked box on the sign-up form")',
      records:
        'purpose {{number}} relies on consent but does not say where the proof of consent is kept; add `consent.records` (Art. 7(1): the controller must be able to demonstrate consent)',
      withdrawal:
        'purpose {{number}} relies on consent but does not say how it is withdrawn; add `consent.withdrawal` (Art. 7(3): withdrawing must be as easy as giving consent, e.g. "unsubscribe link in every e-mail")',
    },
    docs: {
      why: 'Where processing is based on consent, the controller must be able to demonstrate that the person consented (Art. 7(1)), and the person must be able to withdraw it at any time, as easily as it was given (Art. 7(3)). The register records how consent is obtained, where the proof is kept and how it is withdrawn.',
      triggers:
        'A purpose (of any activity, whatever its status) with `legal_basis: consent` whose `consent` lacks `collected_via`, `records` or `withdrawal`; one finding per missing item, at `consent` when it exists, else at the purpose.',
      fix: 'Add a `consent` map to the purpose with `collected_via`, `records` and `withdrawal`.',
    },
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
