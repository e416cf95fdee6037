/**
 * Words of the documents that need no template engine: localised texts, durations, lists,
 * country names, Markdown escaping. Kept apart from env.ts so that the JSON and CSV outputs do
 * not load Handlebars.
 */
import { createRequire } from 'node:module';
import { parseDuration } from '../law/duration.js';
import { message } from '../locale/index.js';
import type { DocumentLanguage } from './i18n.js';

// Characters Markdown reads as markup wherever they stand (GFM: emphasis, code, links, HTML,
// tables, strikethrough). `(`, `)`, `+`, `#`, `-` and digits only matter at the start of a line
// (headings, lists) or after `]` (links, whose brackets are escaped): they are escaped only there,
// so that "(art. 6.1.b du RGPD)" and "+33" stay readable in the raw file.
const MD_SPECIAL = /[\\`*_[\]<>|~]/g;

/** Escapes characters that Markdown would read as markup (values only, never templates). */
export function escapeMarkdown(value: string): string {
  return value
    .replace(MD_SPECIAL, (c) => `\\${c}`)
    .replace(/^(\s*)(#{1,6}|[-+])(?=\s|$)/gm, '$1\\$2')
    .replace(/^(\s*)(\d+)\.(?=\s|$)/gm, '$1$2\\.');
}

/** A register Text (src/types/register.ts `Text`): a string, or a map from language to string. */
export type TextValue = string | Readonly<Record<string, string | undefined>> | null | undefined;

/** A localised Text in the wanted language, else the default language, else any. */
export function localise(value: TextValue, lang: string, defaultLanguage: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return (
    value[lang] ?? value[defaultLanguage] ?? Object.values(value).find((v) => v !== undefined) ?? ''
  );
}

/** `P1Y6M` in words: "1 year and 6 months" (units and plurals in locales/<lang>/words.json). */
export function durationInWords(iso: string, lang: DocumentLanguage): string {
  const d = parseDuration(iso);
  const parts: string[] = [];
  const add = (n: number | undefined, unit: 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S'): void => {
    if (n) parts.push(message(lang, 'words', `duration.${unit}`, { n }));
  };
  add(d.years, 'Y');
  add(d.months, 'M');
  add(d.weeks, 'W');
  add(d.days, 'D');
  add(d.hours, 'H');
  add(d.minutes, 'MIN');
  add(d.seconds, 'S');
  return joinList(parts, lang);
}

/** "a, b and c" with the locale's conjunction. */
export function joinList(
  items: readonly string[],
  lang: DocumentLanguage,
  conjunction: 'and' | 'or' = 'and',
): string {
  if (items.length <= 1) return items[0] ?? '';
  const word = message(lang, 'words', `list.${conjunction}`);
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

interface CountryNames {
  getName(
    code: string,
    lang: string,
    options?: { select: 'official' | 'alias' },
  ): string | undefined;
  registerLocale(locale: unknown): void;
}
let countries: CountryNames | undefined;
const countryLocales = new Set<string>();
/** A country's name in the language (i18n-iso-countries; the code itself when it has none). */
export function countryName(code: string, lang: DocumentLanguage): string {
  const require = createRequire(import.meta.url);
  // The library itself, without its Node entry, which registers all of its ~80 languages.
  countries ??= require('i18n-iso-countries/index.js') as CountryNames;
  if (!countryLocales.has(lang)) {
    countryLocales.add(lang);
    try {
      countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    } catch {
      // A language the library lacks: the code stands in for the name.
    }
  }
  return countries.getName(code, lang, { select: 'alias' }) ?? code;
}
