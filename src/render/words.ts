/**
 * Words of the documents that need no template engine: localised texts, durations, lists,
 * country names, Markdown escaping. Kept apart from env.ts so that the JSON and CSV outputs do
 * not load Handlebars.
 */
import { createRequire } from 'node:module';
import { parseDuration } from '../law/duration.js';
import { AND, DURATION_UNITS, OR, type Lang } from './i18n.js';

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

export function durationInWords(iso: string, lang: Lang): string {
  const d = parseDuration(iso);
  const parts: string[] = [];
  const add = (n: number | undefined, unit: keyof typeof DURATION_UNITS): void => {
    if (!n) return;
    const [one, many] = DURATION_UNITS[unit][lang];
    parts.push(`${n} ${n === 1 ? one : many}`);
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

export function joinList(
  items: readonly string[],
  lang: Lang,
  conjunction: 'and' | 'or' = 'and',
): string {
  const word = (conjunction === 'and' ? AND : OR)[lang];
  if (items.length <= 1) return items[0] ?? '';
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
export function countryName(code: string, lang: Lang): string {
  if (!countries) {
    const require = createRequire(import.meta.url);
    const lib = require('i18n-iso-countries') as CountryNames;
    lib.registerLocale(require('i18n-iso-countries/langs/en.json'));
    lib.registerLocale(require('i18n-iso-countries/langs/fr.json'));
    countries = lib;
  }
  return countries.getName(code, lang, { select: 'alias' }) ?? code;
}
