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
    description:
      'Data-subject requests are answered, extended or refused within the Art. 12 deadlines.',
    article: 'GDPR Art. 12(3), 12(4)',
    severity: 'error',
    messages: {
      overdue:
        'this request was due on {{due}}{{extension}} and is {{late}} late; answer it now, then set `status: completed` and `completed` to the date of the answer',
      dueSoon: 'this request is due on {{due}} ({{left}}); answer it by then{{advice}}',
      extensionTooLong:
        'the deadline may be extended by at most {{max}} further months (Art. 12(3)); set `months` to {{max}} or less',
      extensionNoReason:
        'the extension gives no reasons; add `reason`: the person must be told why it is necessary (complexity, number of requests)',
      extensionNotifiedLate:
        'the person was told of the extension on {{notified}}, after the first month ended on {{due}}; an extension must be notified within the first month, so the deadline stays {{due}}',
      refusalMissing:
        'the request is refused but the register does not say why; add `refusal` with its `reason` and the date the person was `informed`',
      refusalNotInformed:
        'add `informed`: the date the person was told of the reasons and of the right to complain to a supervisory authority and to seek a judicial remedy (by {{due}})',
      refusalInformedLate:
        'the person was told of the refusal on {{informed}}, after the one-month limit of {{due}} (Art. 12(4)); check the date, and if it is right document the reasons for the delay in the case file',
      calendarOutOfRange: '{{message}}',
      unknownCalendar:
        'no public-holiday calendar is known for `{{code}}`, so request deadlines roll over weekends only; use a country code such as FR or a region such as DE-BY',
    },
    docs: {
      why: 'A request under Arts. 15–22 is answered without undue delay and within one month of receipt; the controller may extend by two further months if it tells the person, with reasons, within the first month (Art. 12(3)). A refusal is told within one month with its reasons and the right to complain and to a judicial remedy (Art. 12(4)).',
      triggers:
        'An open request past its due date (error) or due within 7 days (warning); an extension longer than allowed, without `reason`, or notified after the first month; `status: refused` without `refusal` or without `refusal.informed`; `refusal.informed` after the first month. A request received or due outside the years of the public-holiday data (data/law/holidays/) is a warning: its deadline rolls over weekends only.',
      fix: 'Answer the request and record `completed`; record extensions with `reason` and `notified`; record refusals with `reason` and `informed`.',
      uncertain:
        'The month is counted per Regulation 1182/71 from `received`, rolled to the next working day over weekends and the public holidays of gdpr.yaml `holidays` (weekends only without it). The clock runs from receipt even when identity is confirmed later: whether an identity check pauses it is not settled (ICO says it does; the EDPB position is unverified), so the rule keeps the earlier date. An extension counts only once the person has been told of it within the first month.',
    },
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
                : ', or, if it is complex, extend it: tell the person of the extension and its reasons by then and record `extension` with `reason` and `notified`',
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
