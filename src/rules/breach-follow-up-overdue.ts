import { defineRule } from '../check/rule.js';
import { breachDuties } from '../model/breaches.js';

export default defineRule({
  meta: {
    id: 'breach-follow-up-overdue',
    article: 'GDPR Art. 33(4)',
    severity: 'error',
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
