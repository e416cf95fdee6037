import { defineRule } from '../check/rule.js';
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

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

const DEFECT_PHRASE: Readonly<Record<ExtensionDefect, string>> = {
  'too-long': 'it is longer than the law allows',
  'no-reason': 'it has no `reason`',
  'not-notified': 'the person was not told of it (`notified`)',
  'notified-late': 'the person was told of it after the first month',
};

export default defineRule({
  meta: {
    id: 'request-overdue',
    article: 'GDPR Art. 12(3), 12(4)',
    severity: 'error',
  },
  async check({ register, today, report }) {
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
          data.extension && extendedDue === undefined
            ? ` (the extension does not count: ${defects.map((d) => DEFECT_PHRASE[d]).join('; ')})`
            : '';
        if (left < 0) {
          report({
            messageId: 'overdue',
            data: { due: effectiveDue, extension, late: days(-left) },
            file,
            path: ['received'],
          });
        } else if (left <= DUE_SOON_DAYS) {
          report({
            messageId: 'dueSoon',
            data: {
              due: effectiveDue,
              left: left === 0 ? 'today' : `in ${days(left)}`,
              // Art. 12(3): an extension is possible only if told within the first month.
              advice: data.extension
                ? extension
                : ', or, if it is complex, extend it: tell the person of the extension and its ' +
                  'reasons by then and record `extension` with `reason` and `notified`',
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
