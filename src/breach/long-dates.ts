/**
 * Dates as the breach drafts write them, in the reader's zone and language: the date-fns
 * patterns are `date.*` in locales/<lang>/breach.json (French writes the first day of a month
 * « 1er »), the months come from the language's date-fns locale.
 */
import { TZDate } from '@date-fns/tz';
import { dateLocale } from '../locale/dates.js';
import { format } from '../vendor/date-fns.js';
import { breachPattern } from './words.js';
import { offsetIn } from './zone.js';

/**
 * The date-fns pattern `key` of the language (`date.instant`, `date.day`), its `{day}` the
 * day of the month as the language writes the first one (French: « 1er juin »).
 */
function datePattern(key: string, lang: string, dayOfMonth: number): string {
  const day = dayOfMonth === 1 ? breachPattern(lang, 'date.first_day') : 'd';
  return breachPattern(lang, key).replace('{day}', day);
}

/** `14 March 2026, 09:30 (UTC+01:00)` / `14 mars 2026 à 09:30 (UTC+01:00)`, in `zone`. */
export function longInstant(iso: string, zone: string, lang: string): string {
  const date = new Date(iso);
  const zoned = new TZDate(date.getTime(), zone);
  const pattern = datePattern('date.instant', lang, zoned.getDate());
  return `${format(zoned, pattern, { locale: dateLocale(lang) })} (UTC${offsetIn(date, zone)})`;
}

/** `14 March 2026` / `14 mars 2026` in `zone`: a letter carries no time and no UTC offset. */
export function longDate(iso: string, zone: string, lang: string): string {
  const zoned = new TZDate(new Date(iso).getTime(), zone);
  return format(zoned, datePattern('date.day', lang, zoned.getDate()), {
    locale: dateLocale(lang),
  });
}
