/**
 * The vocabularies of the import, read once from data/import/*.json: words that name a legal
 * basis, yes and no, retention phrases, security-measure kinds, recipient kinds, countries,
 * special categories, and the layouts of the regulators' templates. Words are data; this file
 * only reads them and compares text the same way everywhere (`normalise`, `containsWord`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../paths.js';

export interface LegalBasesData {
  bases: Record<string, { articles: string[]; words: string[] }>;
}
export interface YesNoData {
  yes: string[];
  no: string[];
}
export interface RetentionData {
  units: Record<'Y' | 'M' | 'W' | 'D', string[]>;
  number_words: Record<string, number>;
  joiners: string[];
  from_words: string[];
  from_keep_article: Record<string, string>;
  plus_words: string[];
  period_of: Record<string, string>;
}
export interface KindsData {
  kinds: Record<string, string[]>;
}
export interface CountriesData {
  aliases: Record<string, string>;
  not_countries: string[];
}
export interface SpecialCategoriesData {
  special: Record<string, string[]>;
  criminal: string[];
  national_id: string[];
}
export interface LayoutsData {
  table_headers: Record<string, string[]>;
  gdpr_record: Record<
    'activities' | 'retention' | 'transfers' | 'processors' | 'organisation',
    string[]
  >;
  ico: { sheet: string[] };
  /** Header words that show a sheet is written in that language (else English). */
  language_hints: Record<string, string[]>;
  cnil: {
    list_sheet: string[];
    record_sheet_prefix: string[];
    record_sheet_marker: string[];
    skip_sheets: string[];
    labels: Record<string, string[]>;
    data_rows: string[];
    sensitive_rows: string[];
    organisation_labels: Record<
      'name' | 'address' | 'postcode' | 'town' | 'phone' | 'email',
      string[]
    >;
    sections: Record<'controller' | 'dpo' | 'representative', string[]>;
    block_columns: Record<string, string[]>;
    other_words: string[];
  };
}

interface Vocabularies {
  'legal-bases': LegalBasesData;
  'yes-no': YesNoData;
  retention: RetentionData;
  'security-measures': KindsData;
  recipients: KindsData;
  countries: CountriesData;
  'special-categories': SpecialCategoriesData;
  layouts: LayoutsData;
  'transfer-mechanisms': KindsData;
  dates: { months: Record<string, string[]> };
}

const cache = new Map<string, unknown>();

export function vocabulary<K extends keyof Vocabularies>(name: K): Vocabularies[K] {
  let data = cache.get(name) as Vocabularies[K] | undefined;
  if (!data) {
    data = JSON.parse(
      readFileSync(join(DATA_DIR, 'import', `${name}.json`), 'utf8'),
    ) as Vocabularies[K];
    cache.set(name, data);
  }
  return data;
}

/** Lower case, accents and apostrophe or dash variants folded, spaces collapsed. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

const wordPatterns = new Map<string, RegExp>();

/** Whether `text` (normalised) holds `word` (normalised here) as whole words. */
export function containsWord(text: string, word: string): boolean {
  let re = wordPatterns.get(word);
  if (!re) {
    const escaped = normalise(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
    wordPatterns.set(word, re);
  }
  return re.test(text);
}

/** The keys of `table` whose words occur in `text`, in table order. */
export function keysMentioned(table: Record<string, string[]>, text: string): string[] {
  const n = normalise(text);
  return Object.entries(table)
    .filter(([, words]) => words.some((w) => containsWord(n, w)))
    .map(([k]) => k);
}

/** The key of `table` one of whose words equals `text` (normalised), else the first mentioned. */
export function bestKey(table: Record<string, string[]>, text: string): string | null {
  const n = normalise(text);
  for (const [k, words] of Object.entries(table))
    if (words.some((w) => normalise(w) === n)) return k;
  return keysMentioned(table, text)[0] ?? null;
}
