/**
 * The time zone in which deadlines are shown to the register's people: the one of the
 * country of the main establishment (where the authority that receives the notification
 * sits, Art. 55–56). The 72 hours are elapsed time (LAW.md §6.2), so the zone only changes
 * how the deadline reads, never when it falls. Countries spanning several zones get their
 * capital's; `GDPR_TIME_ZONE` overrides it.
 */
import { TZDate } from '@date-fns/tz';
import { formatInOffset, formatInZone } from '../law/deadlines.js';

const CAPITAL_ZONE: Readonly<Record<string, string>> = {
  AT: 'Europe/Vienna',
  BE: 'Europe/Brussels',
  BG: 'Europe/Sofia',
  CH: 'Europe/Zurich',
  CY: 'Asia/Nicosia',
  CZ: 'Europe/Prague',
  DE: 'Europe/Berlin',
  DK: 'Europe/Copenhagen',
  EE: 'Europe/Tallinn',
  ES: 'Europe/Madrid',
  FI: 'Europe/Helsinki',
  FR: 'Europe/Paris',
  GB: 'Europe/London',
  GR: 'Europe/Athens',
  HR: 'Europe/Zagreb',
  HU: 'Europe/Budapest',
  IE: 'Europe/Dublin',
  IS: 'Atlantic/Reykjavik',
  IT: 'Europe/Rome',
  LI: 'Europe/Vaduz',
  LT: 'Europe/Vilnius',
  LU: 'Europe/Luxembourg',
  LV: 'Europe/Riga',
  MT: 'Europe/Malta',
  NL: 'Europe/Amsterdam',
  NO: 'Europe/Oslo',
  PL: 'Europe/Warsaw',
  PT: 'Europe/Lisbon',
  RO: 'Europe/Bucharest',
  SE: 'Europe/Stockholm',
  SI: 'Europe/Ljubljana',
  SK: 'Europe/Bratislava',
  UK: 'Europe/London',
};

export function displayZone(
  country: string | undefined,
  env: Record<string, string | undefined> = {},
): string {
  const override = env.GDPR_TIME_ZONE;
  if (override && isTimeZone(override)) return override;
  return (country && CAPITAL_ZONE[country.toUpperCase()]) ?? 'UTC';
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** UTC offset of `zone` at `instant`, as `+01:00`. */
export function offsetIn(instant: Date, zone: string): string {
  const minutes = -new TZDate(instant.getTime(), zone).getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** `instant` as RFC 3339 in the offset `zone` has then, to the second: `2026-03-14T09:30:00+01:00`. */
export function instantInZone(instant: Date, zone: string): string {
  const seconds = new Date(Math.floor(instant.getTime() / 1000) * 1000);
  return formatInOffset(seconds, offsetIn(seconds, zone));
}

/** `Sat 14 Mar 09:30 CET (UTC+01:00)`: how a reader in `zone` sees an instant. */
export function describeInstant(instant: Date, zone: string, lang: 'en' | 'fr' = 'en'): string {
  return `${formatInZone(instant, zone, lang)} (UTC${offsetIn(instant, zone)})`;
}

/** "61 h left" / "late by 5 h" / "due now" — hours rounded down towards zero. */
export function hoursLeftInWords(hoursLeft: number, lang: 'en' | 'fr' = 'en'): string {
  const whole = Math.trunc(hoursLeft);
  if (hoursLeft >= 1) return lang === 'fr' ? `reste ${whole} h` : `${whole} h left`;
  if (hoursLeft >= 0) return lang === 'fr' ? 'moins d’une heure' : 'less than 1 h left';
  const late = Math.max(1, Math.trunc(-hoursLeft));
  return lang === 'fr' ? `en retard de ${late} h` : `late by ${late} h`;
}
