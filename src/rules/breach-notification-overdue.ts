import { defineRule } from '../check/rule.js';
import { mustNotifyAuthority } from '../model/breaches.js';
import { breachDeadline, hoursBetween, type BreachDeadline } from '../law/deadlines.js';
import { message } from '../locale/index.js';

/**
 * Hours for a message: one decimal, never "0" for a deadline missed by minutes, with the
 * language's decimal separator (`typography.decimal_separator` of locales/<lang>/words.json).
 */
function formatHours(hours: number, lang: string): string {
  return String(Math.max(0.1, Math.round(hours * 10) / 10)).replace(
    '.',
    message(lang, 'words', 'typography.decimal_separator'),
  );
}

function deadlineOf(discoveredAt: string): BreachDeadline | undefined {
  try {
    return breachDeadline(discoveredAt);
  } catch {
    // An instant the schema accepts but the deadline module cannot read (e.g. a 10-digit fraction): no clock to judge.
    return undefined;
  }
}

export default defineRule({
  meta: {
    id: 'breach-notification-overdue',
    article: 'GDPR Art. 33(1), 33(2), 33(5)',
    severity: 'error',
  },
  check({ register, now, report, lang }) {
    for (const incident of register.records.incident.values()) {
      const data = incident.data;
      const file = incident.file;

      if ((data.role ?? 'controller') === 'processor') {
        // Art. 33(2): the processor's duty is to tell the controller, who assesses and notifies.
        if (data.notifications?.controller?.at === undefined) {
          report({
            messageId: 'controllerNotNotified',
            file,
            path: ['notifications', 'controller'],
          });
        }
        continue;
      }

      const deadline = deadlineOf(data.discovered_at);
      const discovered = new Date(data.discovered_at);
      const authority = data.notifications?.authority;

      if (authority?.at !== undefined && deadline) {
        const notified = new Date(authority.at);
        if (
          notified.getTime() > deadline.deadline.getTime() &&
          (authority.late_reason ?? null) === null
        ) {
          report({
            messageId: 'lateWithoutReason',
            data: {
              elapsed: formatHours(hoursBetween(discovered, notified), lang),
              hours: deadline.hours,
            },
            file,
            path: ['notifications', 'authority', 'at'],
          });
        }
      }

      if (!data.assessment) {
        report({ messageId: 'noAssessment', data: { id: incident.id }, file, path: [] });
        continue;
      }

      if (
        authority?.at === undefined &&
        deadline &&
        mustNotifyAuthority(data.assessment) &&
        now.getTime() <= deadline.deadline.getTime()
      ) {
        report({
          messageId: 'authorityPending',
          data: {
            deadline: deadline.deadlineIso,
            hours: deadline.hours,
            discovered: data.discovered_at,
            left: formatHours(hoursBetween(now, deadline.deadline), lang),
          },
          file,
          path: ['notifications', 'authority'],
          severity: 'warning',
        });
      }

      if (
        authority?.at === undefined &&
        deadline &&
        mustNotifyAuthority(data.assessment) &&
        now.getTime() > deadline.deadline.getTime()
      ) {
        report({
          messageId: 'authorityOverdue',
          data: {
            deadline: deadline.deadlineIso,
            hours: deadline.hours,
            discovered: data.discovered_at,
            late: formatHours(hoursBetween(deadline.deadline, now), lang),
          },
          file,
          path: ['notifications', 'authority'],
        });
      }
    }
  },
});
