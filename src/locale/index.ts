/**
 * Every word of a language lives in one folder, `locales/<lang>/`: one JSON catalogue per
 * domain (`meta.json` names the language; other files such as `documents.json`,
 * `breach.json`, `rules.json` hold messages). The languages the tool speaks are the folders
 * present: adding a language is adding a folder (docs/LANGUAGES.md).
 *
 * Messages use ICU MessageFormat (`{name}`, `{count, plural, one {…} other {…}}`,
 * `{kind, select, …}`), formatted with intl-messageformat. A plain message without braces
 * costs nothing; a message with only `{name}` placeholders is filled without the parser.
 * A key missing in a language falls back to English; a key missing in English is a bug and
 * throws. A language may declare whole domains it does not translate yet (`english_fallback`
 * in its meta.json); the key-parity check accepts only those gaps.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import { liteMessage, QUOTING } from './icu-lite.js';

export const LOCALE_DIR = join(PACKAGE_ROOT, 'locales');
export const FALLBACK_LANGUAGE = 'en';

export type Catalogue = Readonly<Record<string, string>>;
export type MessageValues = Readonly<Record<string, string | number | boolean | Date>>;

let languageList: readonly string[] | undefined;
const catalogues = new Map<string, Catalogue>();

/** The languages present as `locales/<lang>/meta.json`, sorted. */
export function localeLanguages(dir: string = LOCALE_DIR): readonly string[] {
  if (dir !== LOCALE_DIR) return scanLanguages(dir);
  languageList ??= scanLanguages(dir);
  return languageList;
}

function scanLanguages(dir: string): readonly string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'meta.json')))
    .map((entry) => entry.name)
    .sort();
}

export function isLocaleLanguage(lang: string): boolean {
  return localeLanguages().includes(lang);
}

/**
 * The language of a command's own messages (refusals, usage errors), chosen as `check` chooses
 * the language of its findings: `requested` (a `--lang`) when the tool speaks it, else the
 * register's first language when it does, else English. A language without a catalogue of a
 * domain falls back to English message by message.
 */
export function commandLanguage(
  requested: string | undefined,
  registerLanguages: readonly string[] | undefined,
): string {
  for (const lang of [requested, registerLanguages?.[0]])
    if (lang !== undefined && isLocaleLanguage(lang)) return lang;
  return FALLBACK_LANGUAGE;
}

/** The catalogue `locales/<lang>/<domain>.json` (empty when the language lacks that file). */
export function catalogue(lang: string, domain: string, dir: string = LOCALE_DIR): Catalogue {
  const key = `${dir}\0${lang}\0${domain}`;
  const cached = catalogues.get(key);
  if (cached !== undefined) return cached;
  const path = join(dir, lang, `${domain}.json`);
  const loaded: Catalogue = existsSync(path) ? flatten(JSON.parse(readFileSync(path, 'utf8'))) : {};
  catalogues.set(key, loaded);
  return loaded;
}

/** Nested objects become dotted keys: `{"a": {"b": "x"}}` is `a.b`. */
function flatten(value: unknown, prefix = '', out: Record<string, string> = {}): Catalogue {
  if (typeof value === 'string') {
    out[prefix] = value;
  } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value))
      flatten(v, prefix === '' ? k : `${prefix}.${k}`, out);
  }
  return out;
}

/**
 * Whether `lang` has a catalogue of `domain`: its file exists (a catalogue is never empty: the
 * key-parity test holds every catalogue to English's keys). Read only when a message is asked
 * for: a check without findings never reads the rules' 90 kB.
 */
export function hasCatalogue(lang: string, domain: string, dir: string = LOCALE_DIR): boolean {
  const cached = catalogues.get(`${dir}\0${lang}\0${domain}`);
  if (cached !== undefined) return Object.keys(cached).length > 0;
  return existsSync(join(dir, lang, `${domain}.json`));
}

/** The raw message for a key, falling back to English; undefined only if English lacks it too. */
export function rawMessage(lang: string, domain: string, key: string): string | undefined {
  return catalogue(lang, domain)[key] ?? catalogue(FALLBACK_LANGUAGE, domain)[key];
}

/** The formatted message for `key` in `lang` (English when the language lacks it). */
export function message(
  lang: string,
  domain: string,
  key: string,
  values: MessageValues = {},
): string {
  const raw = rawMessage(lang, domain, key);
  if (raw === undefined)
    throw new Error(`locales/${FALLBACK_LANGUAGE}/${domain}.json has no key "${key}"`);
  return formatMessage(raw, lang, values);
}

const SIMPLE = /^[^{}]*(?:\{[A-Za-z_][\w.]*\}[^{}]*)*$/;

/**
 * Formats one ICU message; simple `{name}` messages skip the parser, and so do `plural` and
 * `select` ones that `liteMessage` formats. An apostrophe is a plain
 * character unless it quotes (`'{'`), as in ICU, so `l'activité {id}` stays simple.
 */
export function formatMessage(raw: string, lang: string, values: MessageValues = {}): string {
  if (!raw.includes('{')) return raw;
  if (SIMPLE.test(raw) && !QUOTING.test(raw)) {
    return raw.replace(/\{([A-Za-z_][\w.]*)\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : String(value);
    });
  }
  return liteMessage(raw, lang, values) ?? (icu(raw, lang).format(values) as string);
}

interface IcuFormat {
  format(values: MessageValues): unknown;
}
type IcuConstructor = new (
  message: string,
  locale: string,
  formats?: undefined,
  options?: { ignoreTag: boolean },
) => IcuFormat;

let icuClass: IcuConstructor | undefined;
const compiled = new Map<string, IcuFormat>();

function icu(raw: string, lang: string): IcuFormat {
  const key = `${lang}\0${raw}`;
  let format = compiled.get(key);
  if (format === undefined) {
    icuClass ??= (
      createRequire(import.meta.url)('intl-messageformat') as { IntlMessageFormat: IcuConstructor }
    ).IntlMessageFormat;
    // Messages are plain text: `<id>` in a message is text to print, not a rich-text tag.
    format = new icuClass(raw, lang, undefined, { ignoreTag: true });
    compiled.set(key, format);
  }
  return format;
}

/** Keys present in one language's catalogue and missing in another's: `lang/domain: key`. */
export function missingKeys(dir: string = LOCALE_DIR): string[] {
  const langs = localeLanguages(dir);
  const domains = new Set<string>();
  for (const lang of langs) {
    for (const file of readdirSync(join(dir, lang))) {
      if (file.endsWith('.json') && file !== 'meta.json') domains.add(file.slice(0, -5));
    }
  }
  const problems: string[] = [];
  for (const domain of [...domains].sort()) {
    const all = new Set(langs.flatMap((lang) => Object.keys(catalogue(lang, domain, dir))));
    for (const lang of langs) {
      if (
        englishFallback(lang, dir).includes(domain) &&
        !existsSync(join(dir, lang, `${domain}.json`))
      )
        continue;
      const own = catalogue(lang, domain, dir);
      for (const key of [...all].sort()) {
        if (!(key in own)) problems.push(`${lang}/${domain}: ${key}`);
      }
    }
  }
  return problems;
}

/**
 * The domains a language declares it does not translate yet (`english_fallback` in its
 * meta.json): their messages are shown in English. Declared, so a missing catalogue is a choice
 * the parity check sees, not an oversight.
 */
export function englishFallback(lang: string, dir: string = LOCALE_DIR): readonly string[] {
  const meta = JSON.parse(readFileSync(join(dir, lang, 'meta.json'), 'utf8')) as {
    english_fallback?: unknown;
  };
  return Array.isArray(meta.english_fallback)
    ? meta.english_fallback.filter((d): d is string => typeof d === 'string')
    : [];
}

/**
 * The domain of what is found wrong in a register's files (`locales/<lang>/problems.json`):
 * YAML syntax, schema, files the reader refuses, and a command's refusal of a broken register.
 */
export const PROBLEMS_DOMAIN = 'problems';

/**
 * A message not worded yet: its key in a domain and its values, a value being a plain text
 * (a field name, a value as written: never translated) or a wording itself (a phrase of the same
 * domain). What is found before the language is known (loading a register) is kept this way
 * and worded when it is printed.
 */
export interface Wording {
  readonly key: string;
  readonly values?: Readonly<Record<string, string | number | Wording>>;
}

/** The text of a wording in `lang` (English for a key the language lacks). */
export function renderWording(lang: string, domain: string, wording: Wording): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(wording.values ?? {}))
    values[name] = typeof value === 'object' ? renderWording(lang, domain, value) : value;
  return message(lang, domain, wording.key, values);
}
