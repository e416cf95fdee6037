/**
 * The words of the site in one language: `locales/<lang>/site.json` through the locale module,
 * dates, durations and country names through the render layer.
 */
import { formatMessage, message, rawMessage, type MessageValues } from '../locale/index.js';
import { dateLocale } from '../locale/dates.js';
import { format as formatDateFns, parseISO } from '../vendor/date-fns.js';
import type { DocumentLanguage } from '../render/i18n.js';
import { countryName, durationInWords, localise, type TextValue } from '../render/words.js';

export interface SiteWords {
  readonly lang: DocumentLanguage;
  /** A message of `locales/<lang>/site.json`. */
  word(key: string, values?: MessageValues): string;
  /** The label of an enum value (`value.<group>.<value>`), or the value itself when none. */
  value(group: string, value: string): string;
  /** A register text in this language (else the default language). */
  text(value: TextValue): string;
  /** `2026-11-23` → `23 November 2026`. */
  date(iso: string): string;
  /** `2026-11-23T10:00:00+01:00` → `23 November 2026, 10:00 (UTC+01:00)`, in its own offset. */
  instant(iso: string): string;
  duration(iso: string): string;
  country(code: string): string;
  yesNo(flag: boolean): string;
}

export function siteWords(lang: DocumentLanguage, defaultLanguage: string): SiteWords {
  const word = (key: string, values?: MessageValues): string => message(lang, 'site', key, values);
  const date = (iso: string): string => {
    const parsed = parseISO(iso.slice(0, 10));
    if (Number.isNaN(parsed.getTime())) return iso;
    return formatDateFns(parsed, word('format.date'), { locale: dateLocale(lang) });
  };
  return {
    lang,
    word,
    value(group, value) {
      const raw = rawMessage(lang, 'site', `value.${group}.${value}`);
      return raw === undefined ? value : formatMessage(raw, lang);
    },
    text: (value) => localise(value, lang, defaultLanguage),
    date,
    instant(iso) {
      const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(
        iso,
      );
      if (!m) return iso;
      const offset = m[3] === 'Z' ? 'UTC' : `UTC${m[3] ?? ''}`;
      return word('format.instant', { date: date(m[1] ?? ''), time: m[2] ?? '', offset });
    },
    duration(iso) {
      try {
        return durationInWords(iso, lang);
      } catch {
        return iso;
      }
    },
    country: (code) => countryName(code, lang),
    yesNo: (flag) => word(flag ? 'value.yes' : 'value.no'),
  };
}
