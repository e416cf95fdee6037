/**
 * Public-holiday calendars for deadline computation. Regulation 1182/71 Art. 3(4) rolls a
 * period's last day over a public holiday "of the Member State concerned" (Art. 2(1)), so the
 * calendar is chosen by the caller (the controller's country or Land).
 *
 * Design: `date-holidays` is large, and `gdpr check` must not pay for loading it unless a
 * deadline needs it. So there is exactly one asynchronous step, `loadHolidayCalendar(code)`,
 * which imports the package on first use and returns a synchronous `HolidayCalendar`. The
 * deadline functions (deadlines.ts) are synchronous and take that calendar — or `undefined`,
 * meaning "Saturdays and Sundays only". This module has no top-level import of date-holidays;
 * deadlines.ts imports only its types.
 */

/** A synchronous public-holiday checker for one country or region. */
export interface HolidayCalendar {
  /** Calendar code as given to loadHolidayCalendar, e.g. `FR`, `DE-BY`, `GB-ENG`. */
  readonly code: string;
  /** True if the date (YYYY-MM-DD) is a public holiday. Weekends are not holidays here. */
  isHoliday(date: string): boolean;
  /** Name of the public holiday on that date, if any. */
  holidayName(date: string): string | undefined;
}

type HolidaysModule = typeof import('date-holidays');
type HolidaysInstance = InstanceType<HolidaysModule['default']>;

let holidaysModule: Promise<HolidaysModule> | undefined;
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

/**
 * Loads the public holidays (type `public` only: not bank, school, optional or observance
 * days) of a country (`FR`, `GB`) or of one of its regions (`DE-BY`, `GB-ENG`). `GB` alone
 * holds only the UK-wide holidays; use a nation code for its own bank holidays. Rejects with
 * a RangeError for a code date-holidays does not know. Calendars are cached per code.
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
  holidaysModule ??= import('date-holidays');
  const { default: Holidays } = await holidaysModule;
  const probe = new Holidays();
  const countries = probe.getCountries();
  if (countries[parsed.country] === undefined) {
    throw new RangeError(`No holiday calendar for country "${parsed.country}"`);
  }
  if (
    parsed.state !== undefined &&
    (probe.getStates(parsed.country) as Record<string, string> | undefined)?.[parsed.state] ===
      undefined
  ) {
    throw new RangeError(`No holiday calendar for region "${parsed.normalised}"`);
  }
  const holidays: HolidaysInstance =
    parsed.state === undefined
      ? new Holidays(parsed.country, { types: ['public'] })
      : new Holidays(parsed.country, parsed.state, { types: ['public'] });
  const years = new Map<number, Map<string, string>>();

  function holidaysOfYear(year: number): Map<string, string> {
    let byDate = years.get(year);
    if (byDate !== undefined) return byDate;
    byDate = new Map();
    for (const holiday of holidays.getHolidays(year)) {
      if (holiday.type !== 'public') continue;
      // `date` is the local calendar date ("YYYY-MM-DD hh:mm:ss"); a holiday can span several
      // days, so count its length from start and end and mark each day.
      const first = holiday.date.slice(0, 10);
      const span = Math.max(
        1,
        Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000),
      );
      for (let offset = 0; offset < span; offset += 1) {
        const day = shiftDate(first, offset);
        if (!byDate.has(day)) byDate.set(day, holiday.name);
      }
    }
    years.set(year, byDate);
    return byDate;
  }

  function lookup(date: string): string | undefined {
    const year = Number(date.slice(0, 4));
    // A multi-day holiday starting late in December spills into the next year.
    return holidaysOfYear(year).get(date) ?? holidaysOfYear(year - 1).get(date);
  }

  return {
    code: parsed.normalised,
    isHoliday: (date) => lookup(date) !== undefined,
    holidayName: lookup,
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

function shiftDate(date: string, days: number): string {
  const shifted = new Date(`${date}T00:00:00Z`);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}
