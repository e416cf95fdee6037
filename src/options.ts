import { UsageError } from './errors.js';
import { readInstant } from './law/deadlines.js';

/** `--today`: a real calendar date, YYYY-MM-DD. */
export function parseToday(
  value: string | undefined,
  clock: () => Date = () => new Date(),
): string {
  if (value === undefined) {
    const d = clock();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  ) {
    throw new UsageError(`--today must be a date written YYYY-MM-DD (got "${value}")`);
  }
  return value;
}

/** `--now`: an RFC 3339 instant with an offset. */
export function parseNow(
  value: string | undefined,
  today: string | undefined,
  clock: () => Date = () => new Date(),
): Date {
  if (value === undefined) return today !== undefined ? new Date(`${today}T00:00:00Z`) : clock();
  // The same reading of an instant as the breach clock's (src/law/deadlines.ts).
  const read = readInstant(value);
  if ('error' in read)
    throw new UsageError(
      `--now must be an instant with its offset, e.g. 2026-03-14T09:30:00+01:00 (got "${value}": ${read.error})`,
    );
  return read.date;
}

/** The day and the instant a command judges time by. */
export interface Clock {
  today: string;
  now: Date;
}

/**
 * `--today` and `--now` together, each derived from the other when only one is given: `--now`
 * alone sets the day to its date as written (its own offset); `--today` alone sets the instant
 * to that day at 00:00 UTC. Neither: the system clock.
 */
export function parseClock(
  options: { readonly today?: string | undefined; readonly now?: string | undefined },
  clock: () => Date = () => new Date(),
): Clock {
  const given = options.today !== undefined ? parseToday(options.today) : undefined;
  const now = parseNow(options.now, given, clock);
  const today =
    given ?? (options.now !== undefined ? options.now.slice(0, 10) : parseToday(undefined, clock));
  return { today, now };
}

export function parseCount(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${name} must be a whole number (got "${value}")`);
  return Number(value);
}
