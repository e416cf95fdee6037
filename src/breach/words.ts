/**
 * The words of the breach assessment and drafts live in `locales/<lang>/breach.json` (ICU
 * MessageFormat); this module is the one door to them for src/breach. Nothing here knows a
 * language: a difference between languages (French `1,5`, `1er juin`, the space before `:`)
 * is in the locale data or in the language's own number format.
 */
import {
  catalogue,
  FALLBACK_LANGUAGE,
  localeLanguages,
  message,
  rawMessage,
  type MessageValues,
} from '../locale/index.js';
import { chooseLanguage, languageProblem } from '../render/i18n.js';

export const BREACH_DOMAIN = 'breach';

/** The message `key` of locales/<lang>/breach.json, filled with `values`. */
export function breachWord(lang: string, key: string, values: MessageValues = {}): string {
  return message(lang, BREACH_DOMAIN, key, values);
}

/** The message `key` when the catalogue has it (English fallback), else undefined. */
export function breachWordIfAny(
  lang: string,
  key: string,
  values: MessageValues = {},
): string | undefined {
  return rawMessage(lang, BREACH_DOMAIN, key) === undefined
    ? undefined
    : breachWord(lang, key, values);
}

/** The raw pattern of `key`, unformatted (date-fns patterns, which quote with `'`). */
export function breachPattern(lang: string, key: string): string {
  const raw = rawMessage(lang, BREACH_DOMAIN, key);
  if (raw === undefined) throw new Error(`locales/en/${BREACH_DOMAIN}.json has no key "${key}"`);
  return raw;
}

/**
 * A number as the language writes it: `1.5` / `1,5`, `12,000` / `12 000` (grouped). The drafts
 * write the group separator of French as an ordinary space (see formatCount), never the
 * narrow no-break space Intl gives.
 */
export function formatNumber(value: number, lang: string, grouped = false): string {
  return value
    .toLocaleString(lang, {
      useGrouping: grouped,
      maximumFractionDigits: 20,
    })
    .replace(/[\u202f\u00a0]/g, ' ');
}

/** The languages that have breach words (`locales/<lang>/breach.json`), sorted. */
export function breachLanguages(): readonly string[] {
  return localeLanguages().filter((lang) => Object.keys(catalogue(lang, BREACH_DOMAIN)).length > 0);
}

/**
 * The language of a draft: `--lang` when it has breach words, else the register's first
 * language that has them, else English for a register that names no language. Undefined when
 * none fits: the caller says which languages exist.
 */
export function chooseBreachLanguage(
  requested: string | undefined,
  registerLanguages: readonly string[],
): string | undefined {
  return chooseLanguage(requested, registerLanguages, breachLanguages());
}

/** The usage error for a language `chooseBreachLanguage` could not settle. */
export function breachLanguageProblem(
  requested: string | undefined,
  registerLanguages: readonly string[],
  lang: string = FALLBACK_LANGUAGE,
): string {
  return languageProblem(
    requested,
    registerLanguages,
    breachLanguages(),
    lang,
    'refused.lang_none_breach',
  );
}
