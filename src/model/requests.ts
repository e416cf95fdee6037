/**
 * The due dates of a data-subject request (Art. 12(3), 12(4)): one function for `gdpr check`
 * (rule request-overdue) and `gdpr request list`, so that both always show the same date.
 */
import { numericValue, requestDeadlines, type HolidayCalendar } from '../law/deadlines.js';
import { calendarCovers, loadHolidayCalendar } from '../law/holidays.js';
import type { FileRecord, Register } from '../register/load.js';
import type { DataSubjectRequest } from '../types/register.js';

export interface RequestDue {
  /** One month from receipt, rolled over weekends and public holidays (Art. 12(3); Reg. 1182/71 Art. 3). */
  due: string;
  /** Receipt + 1 + extension months, present only when the extension is valid (see extensionDefects). */
  extendedDue?: string;
  /** The date the answer is owed by: `extendedDue` when there is one, else `due`. */
  effectiveDue: string;
}

/**
 * Why an extension does not count, in the terms of Art. 12(3): longer than the law allows, no
 * reasons, the person not told of it, or told after the first month.
 */
export type ExtensionDefect = 'too-long' | 'no-reason' | 'not-notified' | 'notified-late';

/** What is wrong with the request's extension (none for a valid one or no extension). */
export function extensionDefects(request: DataSubjectRequest, due: string): ExtensionDefect[] {
  const extension = request.extension;
  if (!extension) return [];
  const defects: ExtensionDefect[] = [];
  if (extension.months > maxExtensionMonths()) defects.push('too-long');
  if (extension.reason === undefined || extension.reason.trim() === '') defects.push('no-reason');
  if (extension.notified === undefined) defects.push('not-notified');
  else if (extension.notified > due) defects.push('notified-late');
  return defects;
}

/** Art. 12(3): "within one month of receipt" (from the law data). */
export function responseMonths(): number {
  return numericValue('request_response_months');
}

/** Art. 12(3): "by two further months" (from the law data, so that a reform is a data change). */
export function maxExtensionMonths(): number {
  return numericValue('request_extension_months');
}

/**
 * Due dates of one request. `calendar` is the register's public holidays (gdpr.yaml `holidays`,
 * loaded with loadHolidayCalendar); `undefined` rolls over Saturdays and Sundays only. An
 * extension counts only once the person has been told of it, with its reasons, within the first
 * month (Art. 12(3)); until then the first-month date stands.
 */
export function requestDue(request: DataSubjectRequest, calendar?: HolidayCalendar): RequestDue {
  const extension = request.extension;
  const { due } = requestDeadlines(request.received, { extensionMonths: 0, holidays: calendar });
  if (!extension || extensionDefects(request, due).length > 0) return { due, effectiveDue: due };
  const { extendedDue } = requestDeadlines(request.received, {
    extensionMonths: extension.months,
    holidays: calendar,
  });
  return extendedDue === undefined
    ? { due, effectiveDue: due }
    : { due, extendedDue, effectiveDue: extendedDue };
}

/**
 * The register's public holidays for roll-over (gdpr.yaml `holidays`): weekends only without it,
 * or when the holiday data does not know the code; `onUnknown` is then told (the rule reports
 * unknownCalendar, the commands print `message` as a warning). One loader for `gdpr check`,
 * `gdpr request …` and `gdpr due`, so that they roll over the same days.
 *
 * The holiday data covers a range of years (data/law/holidays/<CC>.json `years`); a request
 * received or due outside it rolls over weekends only, and `onOutOfRange` is told of each such
 * request (by default the same warning channel as `onUnknown`).
 */
export async function registerHolidays(
  register: Register,
  onUnknown?: (message: string, code: string) => void,
  onOutOfRange?: (message: string, request: FileRecord<DataSubjectRequest>) => void,
): Promise<HolidayCalendar | undefined> {
  const code = register.config?.data.holidays;
  if (code === undefined) return undefined;
  let calendar: HolidayCalendar;
  try {
    calendar = await loadHolidayCalendar(code);
  } catch {
    onUnknown?.(
      `no public-holiday calendar is known for \`${code}\` (gdpr.yaml holidays); deadlines roll over weekends only`,
      code,
    );
    return undefined;
  }
  const tell = onOutOfRange ?? ((message: string) => onUnknown?.(message, code));
  for (const request of register.records.request.values()) {
    const message = outOfRangeMessage(calendar, request.id, request.data);
    if (message !== undefined) tell(message, request);
  }
  return calendar;
}

/**
 * The warning for a request whose receipt or due date lies outside the years the calendar
 * knows, or undefined when it lies inside (or the calendar is not bounded).
 */
export function outOfRangeMessage(
  calendar: HolidayCalendar,
  id: string,
  request: DataSubjectRequest,
): string | undefined {
  const { effectiveDue } = requestDue(request, calendar);
  if (
    calendar.years === undefined ||
    (calendarCovers(calendar, request.received) && calendarCovers(calendar, effectiveDue))
  )
    return undefined;
  return (
    `public holidays of \`${calendar.code}\` are known for ` +
    `${calendar.years.from}–${calendar.years.to} only: request \`${id}\` (received ` +
    `${request.received}, due ${effectiveDue}) rolls over weekends only outside those years; ` +
    `check \`received\``
  );
}
