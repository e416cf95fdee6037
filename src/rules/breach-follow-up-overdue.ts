import { defineRule } from '../check/rule.js';
import { breachDuties } from '../model/breaches.js';

export default defineRule({
  meta: {
    id: 'breach-follow-up-overdue',
    description:
      'Information a phased notification left for later is sent to the authority by the date recorded for it.',
    article: 'GDPR Art. 33(4)',
    severity: 'error',
    messages: {
      followUpOverdue:
        'the information still missing from the notification ({{pending}}) was to be sent to the authority by {{due}}; send it, then record `follow_up.sent_at` and what was sent in `follow_up.sent`',
      followUpUndated:
        'the notification is phased (Art. 33(4)) but no date is recorded for sending what is still missing; record it in `follow_up` (`pending`: what is still unknown, `due`: when it will be sent)',
    },
    docs: {
      why: 'Where, and in so far as, it is not possible to provide all the information at the same time, it may be provided in phases without undue further delay (Art. 33(4)). The first notification says what is still unknown and when the rest will follow; the authority expects it by then.',
      triggers:
        'A controller incident with `follow_up.due` in the past and no `follow_up.sent_at`; a phased notification (`notifications.authority.phased: true`, or a `follow_up` record) with neither `follow_up.due` nor `follow_up.sent_at` (warning).',
      fix: 'Send the further information and record `follow_up.sent_at` and `follow_up.sent`; while it is pending, record `follow_up.pending` and `follow_up.due`.',
      uncertain:
        '"Without undue further delay" has no fixed period: the deadline is the date the organisation recorded (often the one given to the authority). Without a date the finding is a warning.',
    },
  },
  check({ register, now, report }) {
    for (const incident of register.records.incident.values()) {
      const data = incident.data;
      if ((data.role ?? 'controller') === 'processor') continue;
      const duty = breachDuties(data, now).find((d) => d.kind === 'follow-up');
      if (duty === undefined || duty.state === 'done') continue;
      if (duty.state === 'overdue') {
        report({
          messageId: 'followUpOverdue',
          data: { pending: data.follow_up?.pending ?? '', due: duty.deadline ?? '' },
          file: incident.file,
          path: ['follow_up', 'due'],
        });
      } else if (duty.deadline === null) {
        report({
          messageId: 'followUpUndated',
          file: incident.file,
          path: data.follow_up ? ['follow_up'] : ['notifications', 'authority', 'phased'],
          severity: 'warning',
        });
      }
    }
  },
});
