import { defineRule, type RuleContext } from '../check/rule.js';
import {
  extensionDefects,
  maxExtensionMonths,
  registerHolidays,
  requestDue,
  type ExtensionDefect,
} from '../model/requests.js';
import { daysBetween } from '../law/deadlines.js';

/** An open request due within this many days is shown as a warning: a reminder, not a breach of Art. 12(3). */
const DUE_SOON_DAYS = 7;

/** Why an extension does not count, worded in the language of the check. */
function extensionNote(defects: readonly ExtensionDefect[], text: RuleContext['text']): string {
  return text('request-overdue.extension.note', {
    defects: defects
      .map((defect) => text(`request-overdue.extension.defects.${defect}`))
      .join(text('request-overdue.extension.join')),
  });
}

export default defineRule({
  meta: {
    id: 'request-overdue',
    article: 'GDPR Art. 12(3), 12(4)',
    severity: 'error',
  },
  async check({ register, today, report, text }) {
    const requests = [...register.records.request.values()];
    if (requests.length === 0) return;

    const config = register.config;
    const calendar = await registerHolidays(
      register,
      (_message, code) => {
        if (config)
          report({
            messageId: 'unknownCalendar',
            data: { code },
            file: config.file,
            path: ['holidays'],
            severity: 'warning',
          });
      },
      (message, request) => {
        report({
          messageId: 'calendarOutOfRange',
          data: { message },
          file: request.file,
          path: ['received'],
          severity: 'warning',
        });
      },
    );

    for (const request of requests) {
      const data = request.data;
      const file = request.file;
      const { due, extendedDue, effectiveDue } = requestDue(data, calendar);

      const defects = extensionDefects(data, due);
      if (defects.includes('too-long'))
        report({
          messageId: 'extensionTooLong',
          data: { max: maxExtensionMonths() },
          file,
          path: ['extension', 'months'],
        });
      if (defects.includes('no-reason'))
        report({ messageId: 'extensionNoReason', file, path: ['extension'] });
      if (defects.includes('notified-late')) {
        report({
          messageId: 'extensionNotifiedLate',
          data: { notified: data.extension?.notified ?? '', due },
          file,
          path: ['extension', 'notified'],
        });
      }

      if (data.status === 'open') {
        const left = daysBetween(today, effectiveDue);
        const extension =
          data.extension && extendedDue === undefined ? extensionNote(defects, text) : '';
        if (left < 0) {
          report({
            messageId: 'overdue',
            data: { due: effectiveDue, extension, late: text('_words.days', { n: -left }) },
            file,
            path: ['received'],
          });
        } else if (left <= DUE_SOON_DAYS) {
          report({
            messageId: 'dueSoon',
            data: {
              due: effectiveDue,
              left: text('request-overdue.left', { days: left }),
              // Art. 12(3): an extension is possible only if told within the first month.
              advice: data.extension ? extension : text('request-overdue.extendAdvice'),
            },
            file,
            path: ['received'],
            severity: 'warning',
          });
        }
      }

      if (data.status === 'refused' && !data.refusal)
        report({ messageId: 'refusalMissing', file, path: ['status'] });
      if (data.status === 'refused' && data.refusal && data.refusal.informed === undefined) {
        report({ messageId: 'refusalNotInformed', data: { due }, file, path: ['refusal'] });
      }
      if (data.refusal?.informed !== undefined && data.refusal.informed > due) {
        report({
          messageId: 'refusalInformedLate',
          data: { informed: data.refusal.informed, due },
          file,
          path: ['refusal', 'informed'],
        });
      }
    }
  },
});
