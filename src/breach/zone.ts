/**
 * The time zone in which deadlines are shown to the register's people: the one of the
 * country of the main establishment (where the authority that receives the notification
 * sits, Art. 55–56). The 72 hours are elapsed time (LAW.md §6.2), so the zone only changes
 * how the deadline reads, never when it falls. Countries spanning several zones get their
 * capital's; `GDPR_TIME_ZONE` overrides it.
 */
import { breachWord } from './words.js';
import { TZDate } from '@date-fns/tz';
import { formatInOffset, formatInZone, readInstant } from '../law/deadlines.js';

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
  declared?: string,
): string {
  const override = env.GDPR_TIME_ZONE;
  if (override && isTimeZone(override)) return override;
  if (declared !== undefined && isTimeZone(declared)) return declared;
  return (country && CAPITAL_ZONE[country.toUpperCase()]) ?? 'UTC';
}

/**
 * The zone in which a local time typed without an offset is read: only the one the register
 * declares (`time_zone` in gdpr.yaml), never one guessed from the country (a country may span
 * several zones). Undefined: an instant needs its offset.
 */
export function localTimeZone(declared: string | undefined): string | undefined {
  return declared !== undefined && isTimeZone(declared) ? declared : undefined;
}

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Why a local time cannot be read in a zone; the words are the caller's. */
export type LocalTimeProblem = 'no-zone' | 'gap' | 'overlap';

/**
 * An instant as typed in an answer: RFC 3339 with its offset (kept as written), or, when
 * `zone` is given, a local `2026-11-22 21:00` read in that zone and returned with its offset.
 * A local time the clocks skip (spring) or pass twice (autumn) is refused: only an offset
 * says which one is meant.
 */
export function readAnswerInstant(
  text: string,
  zone: string | undefined,
):
  | { iso: string; local: boolean }
  | { error: string }
  | { problem: LocalTimeProblem; candidates?: string[] } {
  const value = text.trim();
  const read = readInstant(value);
  if (!('error' in read)) return { iso: value, local: false };
  const m = LOCAL_TIME.exec(value);
  if (!m) return read;
  if (zone === undefined) return { problem: 'no-zone' };
  const [y, mo, d, h, mi, s] = m.slice(1).map((v: string | undefined) => Number(v ?? '0')) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offsetFree = `${m[1] ?? ''}-${m[2] ?? ''}-${m[3] ?? ''}T${m[4] ?? ''}:${m[5] ?? ''}:${m[6] ?? '00'}Z`;
  const real = readInstant(offsetFree);
  if ('error' in real) return { error: real.error.replace(offsetFree, value) };
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  // The offsets the zone has around that day; a candidate is right when the zone agrees.
  const offsets = new Set(
    [wall - 86_400_000, wall + 86_400_000].map((t) => offsetIn(new Date(t), zone)),
  );
  const candidates = [...offsets]
    .map((offset) => ({ offset, at: new Date(wall - offsetMinutesOf(offset) * 60_000) }))
    .filter((c) => offsetIn(c.at, zone) === c.offset);
  if (candidates.length === 0) return { problem: 'gap' };
  if (candidates.length > 1)
    return {
      problem: 'overlap',
      candidates: candidates
        .sort((a, b) => a.at.getTime() - b.at.getTime())
        .map((c) => formatInOffset(c.at, c.offset)),
    };
  const [only] = candidates as [{ offset: string; at: Date }];
  return { iso: formatInOffset(only.at, only.offset), local: true };
}

function offsetMinutesOf(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(':').map(Number) as [number, number];
  return sign * (hours * 60 + minutes);
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
export function describeInstant(instant: Date, zone: string, lang = 'en'): string {
  return `${formatInZone(instant, zone, lang)} (UTC${offsetIn(instant, zone)})`;
}

/** "61 h left" / "late by 5 h" / "due now" — hours rounded down towards zero. */
export function hoursLeftInWords(hoursLeft: number, lang = 'en'): string {
  if (hoursLeft >= 1) return breachWord(lang, 'clock.left', { hours: Math.trunc(hoursLeft) });
  if (hoursLeft >= 0) return breachWord(lang, 'clock.under_hour');
  return breachWord(lang, 'clock.late', { hours: Math.max(1, Math.trunc(-hoursLeft)) });
}

/**
 * An answer read as an instant (with `readAnswerInstant`): the RFC 3339 text, or the message
 * saying why not, in the wizard's words (`common.local_time.*` of locales/<lang>/wizard.json).
 */
export function instantAnswer(
  text: string,
  zone: string | undefined,
  t: (key: string, values?: Record<string, string>) => string,
): { iso: string; local: boolean } | { error: string } {
  const read = readAnswerInstant(text, zone);
  if ('iso' in read || 'error' in read) return read;
  const value = text.trim();
  if (read.problem === 'no-zone' || zone === undefined)
    return { error: t('common.local_time.no_zone') };
  if (read.problem === 'gap') return { error: t('common.local_time.gap', { value, zone }) };
  const [first = '', second = ''] = read.candidates ?? [];
  return { error: t('common.local_time.overlap', { value, zone, first, second }) };
}
