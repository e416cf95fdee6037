/**
 * What the risk assessment needs to know about the data of a breach, resolved from the
 * register's catalogues. The catalogue flags Art. 9 (`special`), Art. 10 (`criminal`) and
 * national identifiers (`national_id`, Art. 87); EDPB Guidelines 9/2022 §IV also singles out
 * financial data, identity documents and access credentials, which the catalogue has no flag
 * for: they are recognised from the category id (the CNIL catalogue ids `bank-details`,
 * `economic-financial` …, and the usual English words), so a register that names a category
 * `passport-scans` or `card-numbers` gets the right weight without a schema change.
 */
import type { Count, DataCategory, DataSubject } from '../types/register.js';
import { localeLanguages } from '../locale/index.js';
import { breachWord, formatNumber } from './words.js';

export type DataKind =
  | 'identity'
  | 'contact'
  | 'financial'
  | 'identity-document'
  | 'credentials'
  | 'national-id'
  | 'special'
  | 'criminal'
  | 'pseudonymous'
  | 'behavioural';

export interface AssessedCategory {
  id: string;
  /** Art. 9(1) category, when the catalogue flags one. */
  special?: string;
  criminal?: boolean;
  national_id?: boolean;
  kinds: DataKind[];
  /** The catalogue's name in each language, for documents; without it, reasons cite the id. */
  label?: Readonly<Record<string, string>>;
}

const KIND_PATTERNS: readonly (readonly [DataKind, RegExp])[] = [
  [
    'identity-document',
    /passport|id-card|identity-card|identity-document|id-document|driving-licen[cs]e|residence-permit/,
  ],
  ['credentials', /password|credential|secret|token|passphrase|authentication/],
  [
    'financial',
    /bank|iban|card-number|credit-card|payment|financ|salary|payroll|income|tax|economic|invoice|billing/,
  ],
  ['identity', /identity|civil|name|birth/],
  ['contact', /contact|address|e-?mail|phone/],
  // ENISA 2013 "behavioural data" (DPC base 2): location, traffic, preferences, habits.
  ['behavioural', /location|geoloc|traffic|browsing|preference|habit/],
  // Data that do not name anyone by themselves: EDPB Guidelines 9/2022 §IV, ease of identification.
  ['pseudonymous', /cookie|tracker|connection|logs?$|pseudonym|device-id|ip-address|hash/],
];

/** Kinds a category id reveals on its own (used for ids missing from the catalogue too). */
export function kindsFromId(id: string): DataKind[] {
  return KIND_PATTERNS.filter(([, re]) => re.test(id)).map(([kind]) => kind);
}

export function assessedCategory(id: string, entry: DataCategory | undefined): AssessedCategory {
  const kinds = new Set<DataKind>(kindsFromId(id));
  const category: AssessedCategory = { id, kinds: [] };
  if (entry?.special !== undefined) {
    category.special = entry.special;
    kinds.add('special');
  }
  if (entry?.criminal === true) {
    category.criminal = true;
    kinds.add('criminal');
  }
  if (entry?.national_id === true) {
    category.national_id = true;
    kinds.add('national-id');
  }
  category.kinds = [...kinds];
  return category;
}

export function assessedCategories(
  ids: readonly string[] | undefined,
  catalogue: ReadonlyMap<string, { data: DataCategory }>,
): AssessedCategory[] {
  return (ids ?? []).map((id) => assessedCategory(id, catalogue.get(id)?.data));
}

/** True when a chosen category of data subjects is flagged vulnerable in the catalogue. */
export function anyVulnerable(
  ids: readonly string[] | undefined,
  catalogue: ReadonlyMap<string, { data: DataSubject }>,
): boolean {
  return (ids ?? []).some((id) => catalogue.get(id)?.data.vulnerable === true);
}

/** Lower bound of a count (Art. 33(3)(a) "approximate number"), undefined when unknown. */
export function countAtLeast(count: Count | undefined): number | undefined {
  if (count === undefined || count === 'unknown') return undefined;
  return typeof count === 'number' ? count : count.min;
}

const UNKNOWN_WORDS = (): Set<string> =>
  new Set(localeLanguages().map((lang) => breachWord(lang, 'count.unknown').toLowerCase()));

/**
 * Parses a count as a person types it: `120`, `100-500` (a range), `1000+` (at least) or
 * `unknown`. Returns an error message for anything else.
 */
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- 'unknown' is a Count; any other string is an error message
export function parseCount(text: string): Count | string {
  const value = text
    .trim()
    .toLowerCase()
    .replace(/[\s\u202f\u00a0]/g, '');
  // `unknown` in any language the tool speaks (`inconnu`, `unbekannt`, `desconocido`).
  if (value === 'unknown' || value === '?' || UNKNOWN_WORDS().has(value)) return 'unknown';
  if (/^\d+$/.test(value)) return Number(value);
  const range = /^(\d+)(?:-|–|\.\.)(\d+)$/.exec(value);
  if (range) {
    const min = Number(range[1]);
    const max = Number(range[2]);
    if (max < min) return `the range ${text.trim()} ends below its start`;
    return min === max ? min : { min, max };
  }
  const atLeast = /^(\d+)\+$/.exec(value);
  if (atLeast) return { min: Number(atLeast[1]) };
  return 'give a number (120), a range (100-500), a lower bound (1000+) or "unknown"';
}

/** A count written back as `parseCount` reads it (`120`, `100-500`, `1000+`, `unknown`); `''` for none. */
export function countText(count: Count | undefined): string {
  if (count === undefined) return '';
  if (count === 'unknown' || typeof count === 'number') return String(count);
  return count.max === undefined ? `${count.min}+` : `${count.min}-${count.max}`;
}

/** A count in words for messages and drafts: `120`, `100 to 500`, `at least 1000`, `unknown`. */
export function formatCount(count: Count | undefined, lang = 'en'): string {
  if (count === undefined || count === 'unknown') return breachWord(lang, 'count.unknown');
  const n = (v: number): string => formatNumber(v, lang, true);
  if (typeof count === 'number') return n(count);
  if (count.max === undefined) return breachWord(lang, 'count.at_least', { n: n(count.min) });
  return breachWord(lang, 'count.range', { min: n(count.min), max: n(count.max) });
}
