import { defineRule } from '../check/rule.js';
import { breachDuties } from '../model/breaches.js';
import { hoursBetween, instantTime } from '../law/deadlines.js';
import { message } from '../locale/index.js';

export default defineRule({
  meta: {
    id: 'breach-subjects-communication',
    article: 'GDPR Art. 34(1), 34(3)',
    severity: 'error',
  },
  check({ register, now, report, lang }) {
    for (const incident of register.records.incident.values()) {
      const data = incident.data;
      const assessment = data.assessment;
      // No assessment is `breach-notification-overdue`'s finding; a processor leaves Art. 34 to the controller.
      if (!assessment || (data.role ?? 'controller') === 'processor') continue;
      const subjects = data.notifications?.subjects;
      const exemption = assessment.exemption ?? null;
      const duty = breachDuties(data, now).find((d) => d.kind === 'subjects');

      if (duty !== undefined && duty.state !== 'done' && exemption === null) {
        const reason = assessment.risk === 'high' ? 'risk: high' : 'notify_subjects: true';
        const deadline = duty.deadline ?? '';
        const late =
          duty.deadline === null ? 0 : hoursBetween(new Date(instantTime(duty.deadline)), now);
        report({
          messageId: duty.state === 'overdue' ? 'notCommunicated' : 'communicationPending',
          data: {
            reason,
            deadline,
            // One decimal, with the language's decimal separator (locales/<lang>/words.json).
            late: String(Math.max(0.1, Math.round(late * 10) / 10)).replace(
              '.',
              message(lang, 'words', 'typography.decimal_separator'),
            ),
          },
          file: incident.file,
          path: ['notifications', 'subjects'],
          // Still within what can be "without undue delay": a warning; after it, the rule's severity.
          ...(duty.state === 'overdue' ? {} : { severity: 'warning' as const }),
        });
      }

      if (exemption === 'disproportionate-effort' && subjects?.channel === undefined) {
        report({
          messageId: 'noPublicChannel',
          file: incident.file,
          path: subjects ? ['notifications', 'subjects'] : ['assessment', 'exemption'],
          severity: 'warning',
        });
      }
    }
  },
});
