/**
 * Public-holiday calendars for deadline computation. Regulation 1182/71 Art. 3(4) rolls a
 * period's last day over a public holiday "of the Member State concerned" (Art. 2(1)), so the
 * calendar is chosen by the caller (the controller's country or Land).
 *
 * The holidays are law data: data/law/holidays/<CC>.json, written by scripts/gen-holidays.mjs
 * from date-holidays (a development dependency) for the EEA, the United Kingdom and
 * Switzerland and their regions, for the years the file states (`years`). Only the file of the
 * country in use is read, once, by the one asynchronous step `loadHolidayCalendar(code)`, which
 * returns a synchronous `HolidayCalendar`. The deadline functions (deadlines.ts) are
 * synchronous and take that calendar — or `undefined`, meaning "Saturdays and Sundays only".
 *
 * Outside the file's years a calendar knows no holiday (weekends only); `covers(date)` says so,
 * and the callers warn (model/requests.ts `registerHolidays`, rule request-overdue).
 */
import { fileURLToPath } from 'node:url';

/** A synchronous public-holiday checker for one country or region. */
export interface HolidayCalendar {
  /** Calendar code as given to loadHolidayCalendar, e.g. `FR`, `DE-BY`, `GB-ENG`. */
  readonly code: string;
  /** True if the date (YYYY-MM-DD) is a public holiday. Weekends are not holidays here. */
  isHoliday(date: string): boolean;
  /** Name of the public holiday on that date, if any. */
  holidayName(date: string): string | undefined;
  /** The years the calendar knows, when it is bounded (law data); outside them it knows no holiday. */
  readonly years?: { readonly from: number; readonly to: number };
}

/** Whether the calendar knows the holidays of that date's year (always, for an unbounded one). */
export function calendarCovers(calendar: HolidayCalendar, date: string): boolean {
  if (calendar.years === undefined) return true;
  const year = Number(date.slice(0, 4));
  return year >= calendar.years.from && year <= calendar.years.to;
}

/** data/law/holidays/<CC>.json (scripts/gen-holidays.mjs). */
interface HolidaysFile {
  as_of: string;
  years: { from: number; to: number };
  /** Country: year → "MM-DD" → name. Region: `base` and its differences (null: not a holiday there). */
  calendars: Record<string, Record<string, Record<string, string | null> | string>>;
}

// Both src/law/ and dist/law/ sit two levels below the package root.
const holidaysDirectory = new URL('../../data/law/holidays/', import.meta.url);

/** Path of a country's holiday file. */
export function holidaysDataPath(country: string): string {
  return fileURLToPath(new URL(`${country}.json`, holidaysDirectory));
}

const files = new Map<string, Promise<HolidaysFile | undefined>>();
const calendars = new Map<string, Promise<HolidayCalendar>>();

function parseCode(code: string): { country: string; state?: string; normalised: string } {
  const match = /^([A-Za-z]{2})(?:-([A-Za-z0-9]{1,3}))?$/.exec(code.trim());
  if (match === null) {
    throw new RangeError(`Holiday calendar code must look like "FR" or "DE-BY", got "${code}"`);
  }
  const country = (match[1] ?? '').toUpperCase();
  const state = match[2]?.toUpperCase();
  return state === undefined
    ? { country, normalised: country }
    : { country, state, normalised: `${country}-${state}` };
}

function readCountry(country: string): Promise<HolidaysFile | undefined> {
  let loading = files.get(country);
  if (loading === undefined) {
    // node:fs/promises is loaded by the first calendar read, not by every command at start.
    loading = import('node:fs/promises')
      .then(({ readFile }) => readFile(holidaysDataPath(country), 'utf8'))
      .then(
        (text) => JSON.parse(text) as HolidaysFile,
        (error: unknown) => {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
          throw error;
        },
      );
    files.set(country, loading);
  }
  return loading;
}

/**
 * Loads the public holidays (type `public` only: not bank, school, optional or observance
 * days) of a country (`FR`, `GB`) or of one of its regions (`DE-BY`, `GB-ENG`). `GB` alone
 * holds only the UK-wide holidays; use a nation code for its own bank holidays. Rejects with
 * a RangeError for a code the holiday data does not know. Calendars are cached per code.
 */
export function loadHolidayCalendar(code: string): Promise<HolidayCalendar> {
  let parsed: ReturnType<typeof parseCode>;
  try {
    parsed = parseCode(code);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  const cached = calendars.get(parsed.normalised);
  if (cached !== undefined) return cached;
  const loading = createCalendar(parsed);
  calendars.set(parsed.normalised, loading);
  loading.catch(() => calendars.delete(parsed.normalised));
  return loading;
}

async function createCalendar(parsed: {
  country: string;
  state?: string;
  normalised: string;
}): Promise<HolidayCalendar> {
  const file = await readCountry(parsed.country);
  const country = file?.calendars[parsed.country];
  if (file === undefined || country === undefined) {
    throw new RangeError(`No holiday calendar for country "${parsed.country}"`);
  }
  const region = parsed.state === undefined ? undefined : file.calendars[parsed.normalised];
  if (parsed.state !== undefined && region === undefined) {
    throw new RangeError(`No holiday calendar for region "${parsed.normalised}"`);
  }
  const names = new Map<string, string>();
  for (const calendar of region === undefined ? [country] : [country, region]) {
    for (const [year, days] of Object.entries(calendar)) {
      if (typeof days === 'string') continue; // `base`
      for (const [day, name] of Object.entries(days)) {
        if (name === null) names.delete(`${year}-${day}`);
        else names.set(`${year}-${day}`, name);
      }
    }
  }
  return {
    code: parsed.normalised,
    isHoliday: (date) => names.has(date),
    holidayName: (date) => names.get(date),
    years: { from: file.years.from, to: file.years.to },
  };
}

/**
 * A calendar from a fixed list of dates, for organisations with their own closing days or
 * for tests that must not depend on date-holidays.
 */
export function holidayCalendarFromDates(
  code: string,
  dates: Iterable<string> | Record<string, string>,
): HolidayCalendar {
  const names = new Map<string, string>();
  if (typeof (dates as Iterable<string>)[Symbol.iterator] === 'function') {
    for (const date of dates as Iterable<string>) names.set(date, 'holiday');
  } else {
    for (const [date, name] of Object.entries(dates as Record<string, string>))
      names.set(date, name);
  }
  return {
    code,
    isHoliday: (date) => names.has(date),
    holidayName: (date) => names.get(date),
  };
}
