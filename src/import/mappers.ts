/**
 * From words in a cell to the register's values: legal bases, yes/no, retention periods
 * (ISO 8601 duration and starting event), countries (ISO 3166-1 alpha-2), special categories,
 * security-measure kinds and recipient kinds. Pure functions over data/import/*.json; each
 * returns null (or says why) when the words do not map, and the caller keeps them verbatim.
 */
import { createRequire } from 'node:module';
import { bestKey, containsWord, keysMentioned, normalise, vocabulary } from './vocabulary.js';

export type LegalBasisCode =
  | 'consent'
  | 'contract'
  | 'legal-obligation'
  | 'vital-interests'
  | 'public-task'
  | 'legitimate-interests';

export type LegalBasisResult = { basis: LegalBasisCode } | { basis: null; found: LegalBasisCode[] };

/**
 * The Art. 6(1) basis a cell names: an article reference (6(1)(b), 6.1.b) wins over words;
 * exactly one basis maps, none or several do not (`found` lists the several).
 */
export function mapLegalBasis(text: string): LegalBasisResult {
  const n = normalise(text);
  const { bases } = vocabulary('legal-bases');
  const byArticle = Object.entries(bases)
    .filter(([, b]) => b.articles.some((a) => n.includes(normalise(a))))
    .map(([k]) => k as LegalBasisCode);
  const found =
    byArticle.length > 0
      ? byArticle
      : Object.entries(bases)
          .filter(([, b]) => b.words.some((w) => containsWord(n, w)))
          .map(([k]) => k as LegalBasisCode);
  const [only] = found;
  return found.length === 1 && only ? { basis: only } : { basis: null, found };
}

/** Yes, no, or null when the cell is neither (its first word before a colon or dash counts). */
export function mapYesNo(text: string): boolean | null {
  const { yes, no } = vocabulary('yes-no');
  const n = normalise(text);
  const first = n.split(/\s*[:;,(]\s*|\s+[-–]\s+/)[0] ?? '';
  for (const candidate of [n, first]) {
    if (yes.some((w) => normalise(w) === candidate)) return true;
    if (no.some((w) => normalise(w) === candidate)) return false;
  }
  return null;
}

export interface RetentionParse {
  /** ISO 8601 duration, e.g. P3Y6M. */
  duration: string;
  /** The starting event as written (article kept), when the phrase names one. */
  from: string | null;
  /** A parenthesised remark after the period, e.g. "(Code de commerce)". */
  remark: string | null;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function unitPattern(): { pattern: string; unitOf: (word: string) => string | null } {
  const { units } = vocabulary('retention');
  const all = Object.values(units)
    .flat()
    .sort((a, b) => b.length - a.length)
    .map(escape);
  return {
    pattern: `(?:${all.join('|')})`,
    unitOf: (word) => {
      const w = word.toLowerCase();
      for (const [designator, words] of Object.entries(units))
        if (words.some((x) => x.toLowerCase() === w)) return designator;
      return null;
    },
  };
}

/**
 * A retention phrase: "5 ans", "3 years after the end of the contract", "13 mois à compter
 * du dépôt", « durée de la relation commerciale + 3 ans », "fin du contrat + 5 ans", "1 an et
 * 6 mois", "P5Y". Null when no period can be read, or when words follow the period that are
 * neither a starting event nor a parenthesised remark.
 */
export function parseRetention(text: string): RetentionParse | null {
  const data = vocabulary('retention');
  const src = text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  if (/^P(?:\d+[YMWD])+$/.test(src)) return { duration: src, from: null, remark: null };
  const { pattern: unit, unitOf } = unitPattern();
  const numberWords = Object.keys(data.number_words).sort((a, b) => b.length - a.length);
  const num = `(?:\\d+|${numberWords.map(escape).join('|')})`;
  const joiner = `(?:\\s*(?:${data.joiners.map(escape).join('|')})\\s*|\\s+)`;
  const one = `${num}\\s*${unit}(?![\\p{L}])`;
  const period = `${one}(?:${joiner}${one})*`;

  const toDuration = (phrase: string): string | null => {
    const parts = [...phrase.matchAll(new RegExp(`(${num})\\s*(${unit})(?![\\p{L}])`, 'giu'))];
    const totals: Record<string, number> = {};
    for (const p of parts) {
      const raw = (p[1] ?? '').toLowerCase();
      const n = /^\d+$/.test(raw) ? Number(raw) : data.number_words[raw];
      const d = unitOf(p[2] ?? '');
      if (n === undefined || d === null) return null;
      totals[d] = (totals[d] ?? 0) + n;
    }
    const out = ['Y', 'M', 'W', 'D'].map((d) => (totals[d] ? `${totals[d]}${d}` : '')).join('');
    return out === '' ? null : `P${out}`;
  };

  // "<event or duration of X> + N years"
  const plus = data.plus_words.map(escape).join('|');
  const plusForm = new RegExp(`^(.+?)\\s*(?:${plus})\\s*(${period})\\s*\\.?$`, 'iu').exec(src);
  if (plusForm) {
    const duration = toDuration(plusForm[2] ?? '');
    if (duration === null) return null;
    let event = (plusForm[1] ?? '').trim();
    for (const [word, replacement] of Object.entries(data.period_of)) {
      const m = new RegExp(`^${escape(word)}\\s+(.+)$`, 'iu').exec(event);
      if (m) {
        event = `${replacement} ${m[1] ?? ''}`;
        break;
      }
    }
    return { duration, from: event, remark: null };
  }

  const head = new RegExp(`^(${period})(.*)$`, 'iu').exec(src);
  if (!head) return null;
  const duration = toDuration(head[1] ?? '');
  if (duration === null) return null;
  let rest = (head[2] ?? '').trim().replace(/\.$/, '').trim();
  let remark: string | null = null;
  const whole = /^\((.+)\)$/.exec(rest);
  const tail = whole ? null : /^(.*?)\s*\(([^()]+)\)$/.exec(rest);
  if (whole) {
    remark = whole[1] ?? null;
    rest = '';
  } else if (tail) {
    remark = tail[2] ?? null;
    rest = (tail[1] ?? '').trim();
  }
  if (rest === '') return { duration, from: null, remark };
  const fromWords = [...data.from_words].sort((a, b) => b.length - a.length);
  for (const w of fromWords) {
    if (rest.toLowerCase().startsWith(w.toLowerCase())) {
      const after = rest.slice(w.length).trim();
      const article = data.from_keep_article[w];
      const event = article ? `${article}${article.endsWith("'") ? '' : ' '}${after}` : after;
      return event === '' ? null : { duration, from: event, remark };
    }
  }
  return null;
}

interface CountryLib {
  registerLocale(data: unknown): void;
  getAlpha2Code(name: string, lang: string): string | undefined;
  alpha3ToAlpha2(code: string): string | undefined;
  isValid(code: string): boolean;
}
let countries: CountryLib | undefined;

function countryLib(): CountryLib {
  if (!countries) {
    const require = createRequire(import.meta.url);
    const lib = require('i18n-iso-countries') as CountryLib;
    lib.registerLocale(require('i18n-iso-countries/langs/en.json'));
    lib.registerLocale(require('i18n-iso-countries/langs/fr.json'));
    countries = lib;
  }
  return countries;
}

/** ISO 3166-1 alpha-2 code of a country named in French or English, or by its code; else null. */
export function mapCountry(text: string): string | null {
  const raw = text.trim().replace(/\.$/, '');
  if (raw === '') return null;
  const lib = countryLib();
  const { aliases, not_countries } = vocabulary('countries');
  const n = normalise(raw);
  if (not_countries.some((w) => normalise(w) === n)) return null;
  if (/^[A-Za-z]{2}$/.test(raw) && lib.isValid(raw.toUpperCase())) return raw.toUpperCase();
  if (/^[A-Za-z]{3}$/.test(raw)) {
    const a2 = lib.alpha3ToAlpha2(raw.toUpperCase());
    if (a2) return a2;
  }
  for (const [alias, code] of Object.entries(aliases)) if (normalise(alias) === n) return code;
  for (const lang of ['fr', 'en']) {
    const code =
      lib.getAlpha2Code(raw, lang) ?? lib.getAlpha2Code(raw.replace(/\s*\(.*\)$/, ''), lang);
    if (code) return code;
  }
  return null;
}

export interface SpecialFlags {
  special: string | null;
  criminal: boolean;
  national_id: boolean;
}

/** Art. 9 / 10 / 87 flags named in a label or a sensitive-data cell. */
export function mapSpecialFlags(text: string): SpecialFlags {
  const data = vocabulary('special-categories');
  const n = normalise(text);
  return {
    special: keysMentioned(data.special, text)[0] ?? null,
    criminal: data.criminal.some((w) => containsWord(n, w)),
    national_id: data.national_id.some((w) => containsWord(n, w)),
  };
}

/** The kind of a security measure named by its label (data/import/security-measures.json). */
export function mapMeasureKind(label: string): string | null {
  return bestKey(vocabulary('security-measures').kinds, label);
}

/** The register's measure `kind` of a label group (data/import/security-measures.json). */
export function measureSchemaKind(group: string): string | undefined {
  const table = (vocabulary('security-measures') as { schema_kind?: Record<string, string> })
    .schema_kind;
  return table?.[group];
}

/** What a recipient type names: `department` or a party kind; null when unknown. */
export function mapRecipientKind(text: string): string | null {
  return bestKey(vocabulary('recipients').kinds, text);
}

/** The Chapter V tool a cell names (data/import/transfer-mechanisms.json), else null. */
export function mapMechanism(text: string): string | null {
  return bestKey(vocabulary('transfer-mechanisms').kinds, text);
}

/**
 * A date as YYYY-MM-DD: ISO already, day first with / . or - (dd/mm/yyyy, dd/mm/yy), or with
 * a month name (3 mars 2024, March 3, 2024, mars 2024 → the 1st). Null when it is no date.
 */
export function parseDate(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(t);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const ymd = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(t);
  if (ymd) return valid(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (dmy) {
    const y = Number(dmy[3]);
    return valid(y < 100 ? 2000 + y : y, Number(dmy[2]), Number(dmy[1]));
  }
  const { months } = vocabulary('dates');
  const n = normalise(t).replace(/[,.]/g, ' ').replace(/\s+/g, ' ').trim();
  const monthOf = (word: string): number | null => {
    for (const [m, words] of Object.entries(months))
      if (words.some((w) => normalise(w) === word)) return Number(m);
    return null;
  };
  const tokens = n.split(' ');
  if (tokens.length === 3) {
    const [a = '', b = '', c = ''] = tokens;
    const m1 = monthOf(b);
    if (m1 !== null && /^\d{1,2}(er)?$/.test(a) && /^\d{4}$/.test(c))
      return valid(Number(c), m1, Number.parseInt(a, 10));
    const m2 = monthOf(a);
    if (m2 !== null && /^\d{1,2}(st|nd|rd|th)?$/.test(b) && /^\d{4}$/.test(c))
      return valid(Number(c), m2, Number.parseInt(b, 10));
  }
  if (tokens.length === 2) {
    const [a = '', b = ''] = tokens;
    const m = monthOf(a);
    if (m !== null && /^\d{4}$/.test(b)) return valid(Number(b), m, 1);
  }
  return null;
}

function valid(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null;
  return date.toISOString().slice(0, 10);
}
