import { defineRule } from '../check/rule.js';
import { mustNotifyAuthority } from '../model/breaches.js';
import { breachDeadline, hoursBetween, type BreachDeadline } from '../law/deadlines.js';

/** Hours for a message: one decimal, never "0" for a deadline missed by minutes. */
function formatHours(hours: number): string {
  return String(Math.max(0.1, Math.round(hours * 10) / 10));
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
    description:
      'Every breach is assessed, notified to the authority within 72 hours (or with the reasons for the delay), and notified to the controller by a processor.',
    article: 'GDPR Art. 33(1), 33(2), 33(5)',
    severity: 'error',
    messages: {
      noAssessment:
        'the breach has no `assessment`: assess the risk to the people concerned and record the decision to notify (gdpr breach assess {{id}}), even if you decide not to notify',
      authorityPending:
        'the supervisory authority must be notified by {{deadline}} ({{hours}} h after becoming aware at {{discovered}}; {{left}} h left); notify it, then record `notifications.authority.at`',
      authorityOverdue:
        'the supervisory authority should have been notified by {{deadline}} ({{hours}} h after becoming aware at {{discovered}}) and is now {{late}} h late; notify it now, then record `notifications.authority.at` and the reasons for the delay in `late_reason`',
      lateWithoutReason:
        'the authority was notified {{elapsed}} h after becoming aware, more than {{hours}} h; add `late_reason` under `notifications.authority` giving the reasons for the delay',
      controllerNotNotified:
        'as processor we must notify the controller without undue delay; notify it and record the time in `notifications.controller.at`',
    },
    docs: {
      why: 'A controller documents every breach with its assessment (Art. 33(5)) and notifies the supervisory authority within 72 hours of becoming aware unless the breach is unlikely to result in a risk; a later notification must give the reasons for the delay (Art. 33(1)). A processor notifies the controller without undue delay (Art. 33(2)).',
      triggers:
        'A controller incident without `assessment`; an assessment calling for notification (`notify_authority: true`, or when unset a risk at or above the Art. 33(1) threshold) with no `notifications.authority.at`: a warning within 72 h of `discovered_at`, an error after; a notification more than 72 h after `discovered_at` without `late_reason`; a processor incident without `notifications.controller.at`.',
      fix: 'Run `gdpr breach assess <incident>` and record the assessment; notify the authority and record `notifications.authority.at` (with `late_reason` when late); as processor, notify the controller and record `notifications.controller.at`.',
      uncertain:
        'The 72 hours run from awareness (`discovered_at`), through weekends and holidays (Reg. 1182/71 Art. 3(4) does not roll over periods in hours). A pending notification still inside the 72 h is a warning (so that the commit recording the breach says what is owed), an error once they have passed; `gdpr due` and `gdpr breach list` show the clock. A processor owes no fixed delay ("without undue delay"), so any processor incident without a controller notification is reported.',
    },
  },
  check({ register, now, report }) {
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
              elapsed: formatHours(hoursBetween(discovered, notified)),
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
            left: formatHours(hoursBetween(now, deadline.deadline)),
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
            late: formatHours(hoursBetween(deadline.deadline, now)),
          },
          file,
          path: ['notifications', 'authority'],
        });
      }
    }
  },
});
