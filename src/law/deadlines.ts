/**
 * Legal deadlines, pure and clock-free: callers pass every date; nothing here reads the
 * current time.
 *
 * - Breach notification (GDPR Art. 33(1)): 72 hours of elapsed time from awareness. A period
 *   in hours runs through weekends and holidays (Reg. 1182/71 Art. 3(4) rolls over only
 *   periods "expressed otherwise than in hours"; LAW.md §6.2).
 * - Data-subject requests (GDPR Art. 12(3)): one month from receipt, extendable by two
 *   months, counted per Reg. 1182/71 Art. 3 (LAW.md §7.1).
 *
 * Public holidays: the month-based functions are synchronous and take an optional
 * `HolidayCalendar` (see holidays.ts) obtained once with `await loadHolidayCalendar('FR')`.
 * Pass `undefined` to roll over Saturdays and Sundays only. This keeps the holiday data
 * (data/law/holidays/) unread by commands that never compute a deadline.
 */
import { TZDate } from '@date-fns/tz';
import { loadLawData } from './data.js';
import { dateLocale, intlLocale } from '../locale/dates.js';
import { format } from '../vendor/date-fns.js';
import { daysInMonth } from './duration.js';
import type { HolidayCalendar } from './holidays.js';
import type { LawDataFile, Sources } from './types.js';

export type { HolidayCalendar } from './holidays.js';

export type DeadlineValueName =
  | 'breach_notification_hours'
  | 'breach_notification_threshold'
  | 'breach_subjects_communication_hours'
  | 'request_response_months'
  | 'request_extension_months'
  | 'art30_headcount_threshold';

export interface DeadlineValue {
  value: number | string;
  unit?: string;
  reference: string;
  note: string;
  source: Sources;
  verified: boolean;
  /** A proposal that would change the value; not in force. */
  pending: {
    proposal: string;
    proposed_value: number | string;
    status: string;
    verified: boolean;
  } | null;
}

interface DeadlinesFile extends LawDataFile {
  /** Partial: the file is data, read at run time; a missing value is reported, not assumed. */
  values: Partial<Record<DeadlineValueName, DeadlineValue>>;
}

/** The full entry (value, reference, pending reform) from data/law/deadlines.json. */
export function deadlineValue(name: DeadlineValueName): DeadlineValue {
  const entry = loadLawData<DeadlinesFile>('deadlines').values[name];
  if (entry === undefined) throw new Error(`deadlines.json has no value "${name}"`);
  return entry;
}

/** A value of deadlines.json that must be a number (hours, months, employees). */
export function numericValue(name: DeadlineValueName): number {
  const { value } = deadlineValue(name);
  if (typeof value !== 'number') throw new Error(`deadlines.json: "${name}" is not a number`);
  return value;
}

// ---------------------------------------------------------------------------------------
// Breach: 72 hours of elapsed time

/** The hours allowed to notify the authority (Art. 33(1)), from deadlines.json: for texts. */
export function breachNotificationHours(): number {
  return numericValue('breach_notification_hours');
}

const HOUR_MS = 3_600_000;

// ---------------------------------------------------------------------------------------
// Instants: the one reading of the schema's `instant` (common.schema.json)

/**
 * An RFC 3339 instant with an explicit offset, as the schema's `instant` pattern writes it:
 * seconds optional, any number of fraction digits (only milliseconds are kept).
 */
const INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-](\d{2}):(\d{2}))$/;

export interface ParsedInstant {
  date: Date;
  /** The offset as written: `Z` or `+hh:mm`. */
  offset: string;
}

/**
 * Reads an instant with its offset, or says why it is not one: without an offset
 * (a local time is ambiguous), or not a real date and time (30 February, 25:00, offset +24:00).
 */
export function readInstant(text: string): ParsedInstant | { error: string } {
  const value = text.trim();
  const m = INSTANT_PATTERN.exec(value);
  if (!m)
    return {
      error: 'add the UTC offset, e.g. 2026-03-14T09:30:00+01:00 (a local time is ambiguous)',
    };
  const [year, month, day, hour, minute, second, offsetHours, offsetMins] = [
    m[1],
    m[2],
    m[3],
    m[4],
    m[5],
    m[6] ?? '0',
    m[9] ?? '0',
    m[10] ?? '0',
  ].map(Number) as [number, number, number, number, number, number, number, number];
  const milliseconds = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const local = new Date(Date.UTC(year, month - 1, day));
  const realDay =
    local.getUTCFullYear() === year &&
    local.getUTCMonth() === month - 1 &&
    local.getUTCDate() === day;
  if (!realDay || hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMins > 59)
    return { error: `${value} is not a real date and time` };
  const offset = m[8] ?? 'Z';
  const utc =
    Date.UTC(year, month - 1, day, hour, minute, second, milliseconds) -
    offsetMinutes(offset) * 60_000;
  return { date: new Date(utc), offset };
}

/** `true`, or why the text is not an RFC 3339 instant with an offset (for prompts). */
export function validateInstant(text: string): true | string {
  const read = readInstant(text);
  return 'error' in read ? read.error : true;
}

/** Milliseconds since the epoch of a schema-valid instant (any number of fraction digits). */
export function instantTime(text: string): number {
  return parseInstant(text).date.getTime();
}

/** The instant, or a RangeError naming what is expected. */
export function parseInstant(text: string, what = 'Instant'): ParsedInstant {
  const read = readInstant(text);
  if ('error' in read)
    throw new RangeError(
      `${what} must be ISO 8601 with an offset (e.g. 2026-03-14T09:30:00+01:00), got "${text}": ${read.error}`,
    );
  return read;
}

export interface BreachDeadline {
  /** The instant the notification is due (awareness + 72 h). */
  deadline: Date;
  /** Same instant, written in the awareness instant's UTC offset. */
  deadlineIso: string;
  /** Hours allowed (from deadlines.json). */
  hours: number;
}

function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(':').map(Number) as [number, number];
  return sign * (hours * 60 + minutes);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** Writes an instant as ISO 8601 in a fixed UTC offset ("Z" or "+hh:mm"). */
export function formatInOffset(instant: Date, offset: string): string {
  const shifted = new Date(instant.getTime() + offsetMinutes(offset) * 60_000);
  const milliseconds = shifted.getUTCMilliseconds();
  return (
    `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
    `T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}` +
    (milliseconds === 0 ? '' : `.${pad(milliseconds, 3)}`) +
    offset
  );
}

/**
 * Deadline for notifying the supervisory authority: awareness + 72 hours exactly (GDPR
 * Art. 33(1)), no roll-over. The awareness instant must carry its offset
 * (`2026-03-14T09:30:00+01:00` or `…Z`): a local time without one is ambiguous. The ISO
 * result keeps that offset even across a DST change, because 72 h is elapsed time:
 * `2026-03-27T10:00:00+01:00` → `2026-03-30T10:00:00+01:00` (11:00 Paris summer time; use
 * formatInZone to show it in the reader's zone).
 */
export function breachDeadline(awarenessInstant: string): BreachDeadline {
  const awareness = parseInstant(awarenessInstant, 'Awareness instant');
  const hours = numericValue('breach_notification_hours');
  const deadline = new Date(awareness.date.getTime() + hours * HOUR_MS);
  return { deadline, deadlineIso: formatInOffset(deadline, awareness.offset), hours };
}

/**
 * The end of "without undue delay" for telling the people (Art. 34(1)) as the project reads it:
 * awareness + `breach_subjects_communication_hours`. The GDPR fixes no period; the value is
 * data (`verified: false`), so `gdpr check` warns before it and errs only after it.
 */
export function subjectsCommunicationDeadline(awarenessInstant: string): BreachDeadline {
  const awareness = parseInstant(awarenessInstant, 'Awareness instant');
  const hours = numericValue('breach_subjects_communication_hours');
  const deadline = new Date(awareness.date.getTime() + hours * HOUR_MS);
  return { deadline, deadlineIso: formatInOffset(deadline, awareness.offset), hours };
}

/** Elapsed hours from `from` to `to`, fractional, negative if `to` is earlier. */
export function hoursBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / HOUR_MS;
}

/**
 * An instant as a reader in `timeZone` sees it: `Mon 30 Mar 11:00 CEST` (en),
 * `lun. 30 mars 11:00 UTC+2` (fr). `locale` is a BCP 47 tag; its language picks the
 * wording (English or French, English otherwise) and the whole tag picks the zone
 * abbreviation ("en" is read as en-GB, whose names — CET/CEST, GMT/BST — European readers
 * expect).
 */
export function formatInZone(date: Date, timeZone: string, locale = 'en'): string {
  const language = locale.toLowerCase().split('-')[0] ?? '';
  const zoned = new TZDate(date.getTime(), timeZone);
  const wallClock = format(zoned, 'EEE d MMM HH:mm', { locale: dateLocale(language) });
  const zoneName =
    new Intl.DateTimeFormat(intlLocale(locale), { timeZone, timeZoneName: 'short' })
      .formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  return `${wallClock} ${zoneName}`;
}

// ---------------------------------------------------------------------------------------
// Periods in months: Regulation 1182/71 Art. 3

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function parseDate(date: string): { year: number; month: number; day: number; utc: number } {
  const match = DATE_PATTERN.exec(date);
  if (match !== null) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const utc = Date.UTC(year, month - 1, day);
    const check = new Date(utc);
    if (check.getUTCMonth() === month - 1 && check.getUTCDate() === day) {
      return { year, month, day, utc };
    }
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${date}"`);
}

function dateFromUtc(utc: number): string {
  return new Date(utc).toISOString().slice(0, 10);
}

/** Not a Saturday, Sunday or public holiday of `holidays` (weekends only if undefined). */
export function isWorkingDay(date: string, holidays?: HolidayCalendar): boolean {
  const weekday = new Date(parseDate(date).utc).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return holidays?.isHoliday(date) !== true;
}

/** The date itself if it is a working day, else the next working day (Reg. 1182/71 Art. 3(4)). */
export function rollToWorkingDay(date: string, holidays?: HolidayCalendar): string {
  let utc = parseDate(date).utc;
  // No calendar has a year of consecutive holidays; the bound only guards a broken checker.
  for (let step = 0; step < 366; step += 1) {
    const candidate = dateFromUtc(utc);
    if (isWorkingDay(candidate, holidays)) return candidate;
    utc += DAY_MS;
  }
  throw new Error(
    `No working day within a year after ${date} in calendar ${holidays?.code ?? 'weekends'}`,
  );
}

/** Calendar days from a to b (both YYYY-MM-DD); negative if b is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((parseDate(b).utc - parseDate(a).utc) / DAY_MS);
}

/**
 * Last day of a period of `months` months starting on `startDate` (the day of the event,
 * e.g. receipt of a request), per Regulation 1182/71 Art. 3: the event day is not counted
 * (3(1)); the period ends on the same date `months` later, or on that month's last day if
 * the date does not exist (3(2)(c)); a last day falling on a Saturday, Sunday or public
 * holiday moves to the next working day (3(4)).
 */
export function monthPeriodEnd(
  startDate: string,
  months: number,
  holidays?: HolidayCalendar,
): string {
  if (!Number.isInteger(months) || months < 1) {
    throw new RangeError(
      `A period in months needs a positive whole number of months, got ${months}`,
    );
  }
  const { year, month, day } = parseDate(startDate);
  const monthIndex = year * 12 + (month - 1) + months;
  const endYear = Math.floor(monthIndex / 12);
  const endMonth = (monthIndex % 12) + 1;
  const endDay = Math.min(day, daysInMonth(endYear, endMonth));
  return rollToWorkingDay(dateFromUtc(Date.UTC(endYear, endMonth - 1, endDay)), holidays);
}

export interface RequestDeadlines {
  /** One month from receipt (GDPR Art. 12(3)). */
  due: string;
  /** Receipt + 1 + extensionMonths months, counted from receipt, not chained on `due`. */
  extendedDue?: string;
  /** The person must be told of an extension and its reasons within the first month. */
  extensionNoticeBy: string;
}

/**
 * Deadlines for a data-subject request received on `received` (YYYY-MM-DD). Month counts
 * default to deadlines.json (1 month, extension 2 months); `extensionMonths: 0` omits
 * `extendedDue`.
 */
export function requestDeadlines(
  received: string,
  options: { extensionMonths?: number; holidays?: HolidayCalendar } = {},
): RequestDeadlines {
  const responseMonths = numericValue('request_response_months');
  const extensionMonths = options.extensionMonths ?? numericValue('request_extension_months');
  if (!Number.isInteger(extensionMonths) || extensionMonths < 0) {
    throw new RangeError(`extensionMonths must be a whole number ≥ 0, got ${extensionMonths}`);
  }
  const due = monthPeriodEnd(received, responseMonths, options.holidays);
  const result: RequestDeadlines = { due, extensionNoticeBy: due };
  if (extensionMonths > 0) {
    result.extendedDue = monthPeriodEnd(
      received,
      responseMonths + extensionMonths,
      options.holidays,
    );
  }
  return result;
}
