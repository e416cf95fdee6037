import { parse, type Duration } from 'tinyduration';

export type { Duration };

// Fixed approximation used only to ORDER durations ("is P13M longer than P1Y?"). Exact
// calendar arithmetic on a date is addDuration's job.
const DAYS_PER_YEAR = 365.25;
const DAYS_PER_MONTH = 30.44;

/** Parses an ISO 8601 duration (P3Y, P6M, P1Y6M, PT72H). Throws RangeError on bad or negative input. */
export function parseDuration(text: string): Duration {
  let duration: Duration;
  try {
    duration = parse(text);
  } catch {
    throw new RangeError(`Not an ISO 8601 duration: "${text}"`);
  }
  if (duration.negative === true) {
    throw new RangeError(`Negative duration not allowed: "${text}"`);
  }
  return duration;
}

/**
 * The ISO 8601 durations the register accepts: whole numbers of years, months, weeks, days,
 * hours and minutes, seconds possibly fractional; no sign (tinyduration alone accepts `-P1Y`
 * and `P1.5Y`). The schemas' `iso-duration` format and the law data use this one test.
 */
const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

export function isDuration(text: string): boolean {
  if (!ISO_DURATION.test(text)) return false;
  try {
    parseDuration(text);
    return true;
  } catch {
    return false;
  }
}

function toDuration(value: string | Duration): Duration {
  return typeof value === 'string' ? parseDuration(value) : value;
}

/** Length in days under the fixed approximation (year 365.25 d, month 30.44 d). */
export function approximateDays(value: string | Duration): number {
  const d = toDuration(value);
  // Whole years hidden in the months are counted as years, so that P12M equals P1Y and P24M
  // equals P2Y instead of differing by the rounding of 30.44 × 12.
  const totalMonths = (d.years ?? 0) * 12 + (d.months ?? 0);
  const wholeYears = Math.trunc(totalMonths / 12);
  return (
    wholeYears * DAYS_PER_YEAR +
    (totalMonths - wholeYears * 12) * DAYS_PER_MONTH +
    (d.weeks ?? 0) * 7 +
    (d.days ?? 0) +
    (d.hours ?? 0) / 24 +
    (d.minutes ?? 0) / 1440 +
    (d.seconds ?? 0) / 86_400
  );
}

/** -1 if a is shorter than b, 1 if longer, 0 if equal under the fixed approximation. */
export function compareDurations(a: string | Duration, b: string | Duration): -1 | 0 | 1 {
  const difference = approximateDays(a) - approximateDays(b);
  // Sums of decimals (30.44 × n) pick up rounding noise; a millionth of a day is far below
  // anything a retention period can mean.
  if (Math.abs(difference) < 1e-6) return 0;
  return difference < 0 ? -1 : 1;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in `month` (1–12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Exact calendar arithmetic on a date (YYYY-MM-DD): years and months are added together,
 * then, if the day does not exist in the target month, the month's last day is used (as
 * Regulation 1182/71 Art. 3(2)(c) does for periods in months); then weeks and days.
 * Durations with hours, minutes, seconds or fractions are refused: they have no exact
 * meaning on a calendar date.
 */
export function addDuration(date: string, duration: string | Duration): string {
  const match = DATE_PATTERN.exec(date);
  if (match === null) throw new RangeError(`Not a YYYY-MM-DD date: "${date}"`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a calendar date: "${date}"`);
  }
  const d = toDuration(duration);
  if (d.negative === true) throw new RangeError('Negative duration not allowed');
  if ((d.hours ?? 0) !== 0 || (d.minutes ?? 0) !== 0 || (d.seconds ?? 0) !== 0) {
    throw new RangeError('A duration with a time part cannot be added to a calendar date');
  }
  const parts = [d.years ?? 0, d.months ?? 0, d.weeks ?? 0, d.days ?? 0];
  if (!parts.every(Number.isInteger)) {
    throw new RangeError('A fractional duration cannot be added to a calendar date');
  }
  const [years, months, weeks, days] = parts as [number, number, number, number];

  const monthIndex = year * 12 + (month - 1) + years * 12 + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  const result = new Date(Date.UTC(targetYear, targetMonth - 1, targetDay));
  result.setUTCDate(result.getUTCDate() + weeks * 7 + days);
  return result.toISOString().slice(0, 10);
}
