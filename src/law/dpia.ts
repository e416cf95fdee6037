import { loadLawData } from './data.js';
import { FALLBACK_LANGUAGE } from '../locale/index.js';
import { localised, type LawDataFile, type Localised, type Sources } from './types.js';

/** The nine WP248 rev.01 criteria, in the order of the guidelines. */
export type DpiaCriterionId =
  | 'evaluation-scoring'
  | 'automated-decision'
  | 'systematic-monitoring'
  | 'sensitive-data'
  | 'large-scale'
  | 'matching-datasets'
  | 'vulnerable-subjects'
  | 'innovative-technology'
  | 'prevents-rights';

export interface DpiaCriterion {
  id: DpiaCriterionId;
  number: number;
  label: Localised;
  explanation: Localised;
  verified: boolean;
}

/** One of the three cases where Art. 35(3) always requires a DPIA. */
export interface Art35Case {
  id: string;
  reference: string;
  label: Localised;
  verified: boolean;
}

export interface CnilListItem {
  id: string;
  number: number;
  label: Localised;
  /** WP248 criteria the CNIL cites for the item (required list only). */
  criteria?: DpiaCriterionId[];
  criteria_note?: string;
  verified: boolean;
  note?: string;
}

interface CnilList {
  reference: string;
  /** The reference as another language writes it (the deliberation's own French). */
  reference_title?: Partial<Localised>;
  source: Sources;
  verified: boolean;
  note: string;
  /** The language of the list's own text: its labels stand in for a language they lack. */
  fallback_language?: string;
  items: CnilListItem[];
}

interface DpiaFile extends LawDataFile {
  criteria_reference: string;
  /** The WP248 reference as another language writes it (its official language versions). */
  criteria_reference_title?: Partial<Localised>;
  criteria: DpiaCriterion[];
  threshold: number;
  art35_3: { reference: string; cases: Art35Case[] };
  cnil_required: CnilList;
  cnil_exempt: CnilList;
}

function dpiaFile(): DpiaFile {
  return loadLawData<DpiaFile>('dpia');
}

/**
 * A screening basis's `reference` (the WP248 guidelines, a CNIL list) as `lang` writes it, where
 * the data has that language; else as recorded.
 */
export function referenceTitle(reference: string, lang: string): string {
  const file = dpiaFile();
  const titles = [
    [file.criteria_reference, file.criteria_reference_title],
    [file.cnil_required.reference, file.cnil_required.reference_title],
    [file.cnil_exempt.reference, file.cnil_exempt.reference_title],
  ] as const;
  const title = titles.find(([ref]) => ref === reference)?.[1];
  return title?.[lang] ?? reference;
}

export function listDpiaCriteria(): readonly DpiaCriterion[] {
  return dpiaFile().criteria;
}

/** Number of WP248 criteria from which a DPIA is required "in most cases" (2). */
export function dpiaThreshold(): number {
  return dpiaFile().threshold;
}

export function listArt35Cases(): readonly Art35Case[] {
  return dpiaFile().art35_3.cases;
}

/** CNIL délibération 2018-327: processing for which a DPIA is required (Art. 35(4)). */
export function listCnilRequired(): readonly CnilListItem[] {
  return dpiaFile().cnil_required.items;
}

/** CNIL délibération 2019-118: processing for which no DPIA is required (Art. 35(5)). */
export function listCnilExempt(): readonly CnilListItem[] {
  return dpiaFile().cnil_exempt.items;
}

/**
 * The label of a CNIL list item in `lang`; where the data lacks that language, in the list's
 * own language (`fallback_language`: French law is quoted in French), not in English.
 */
export function cnilLabel(item: CnilListItem, lang: string): string {
  const file = dpiaFile();
  const list = [file.cnil_required, file.cnil_exempt].find((l) => l.items.includes(item));
  return localised(item.label, lang, list?.fallback_language);
}

export interface DpiaScreeningInput {
  /** Ids of CNIL required-list items the processing matches. */
  cnilRequired?: readonly string[];
  /** Ids of CNIL exempt-list items the processing matches. */
  cnilExempt?: readonly string[];
  /** Ids of Art. 35(3) cases (`art35-3-a` … `art35-3-c`) the processing falls under. */
  art35Cases?: readonly string[];
  /** The language of the labels quoted in `reasons` (a folder of locales/; default English). */
  lang?: string;
}

export type DpiaScreeningBasis =
  | { kind: 'art35-3'; id: string; reference: string }
  | { kind: 'cnil-required'; id: string; reference: string }
  | { kind: 'cnil-exempt'; id: string; reference: string }
  | { kind: 'criteria'; criteria: DpiaCriterionId[]; threshold: number; reference: string };

export interface DpiaScreening {
  required: boolean;
  /** Human-readable reasons (English sentences quoting labels in `input.lang`), each citing its source. */
  reasons: string[];
  /** The same reasons as data, for callers that word them differently. */
  basis: DpiaScreeningBasis[];
}

function unknownIds(given: readonly string[], known: readonly { id: string }[]): string[] {
  return given.filter((id) => !known.some((entry) => entry.id === id));
}

/**
 * DPIA screening, in order of precedence (LAW.md §8.2):
 * 1. an Art. 35(3) case → required, nothing overrides it;
 * 2. a match on the CNIL required list → required (Art. 35(4));
 * 3. a match on the CNIL exempt list → not required (Art. 35(5)), whatever the criteria count;
 * 4. otherwise, WP248 rev.01: `threshold` (2) or more criteria → required.
 * Pure: throws on unknown ids rather than guessing.
 */
export function screen(criteria: readonly string[], input: DpiaScreeningInput = {}): DpiaScreening {
  const file = dpiaFile();
  const problems = [
    ...unknownIds(criteria, file.criteria).map((id) => `unknown WP248 criterion "${id}"`),
    ...unknownIds(input.art35Cases ?? [], file.art35_3.cases).map(
      (id) => `unknown Art. 35(3) case "${id}"`,
    ),
    ...unknownIds(input.cnilRequired ?? [], file.cnil_required.items).map(
      (id) => `unknown CNIL required-list item "${id}"`,
    ),
    ...unknownIds(input.cnilExempt ?? [], file.cnil_exempt.items).map(
      (id) => `unknown CNIL exempt-list item "${id}"`,
    ),
  ];
  if (problems.length > 0) throw new RangeError(problems.join('; '));
  const lang = input.lang ?? FALLBACK_LANGUAGE;

  const met = file.criteria
    .filter((criterion) => criteria.includes(criterion.id))
    .map((criterion) => criterion.id);

  const art35 = file.art35_3.cases.filter((entry) => input.art35Cases?.includes(entry.id));
  if (art35.length > 0) {
    return {
      required: true,
      reasons: art35.map((entry) => `${entry.reference}: ${localised(entry.label, lang)}`),
      basis: art35.map((entry) => ({ kind: 'art35-3', id: entry.id, reference: entry.reference })),
    };
  }

  const requiredItems = file.cnil_required.items.filter((item) =>
    input.cnilRequired?.includes(item.id),
  );
  if (requiredItems.length > 0) {
    const reference = file.cnil_required.reference;
    return {
      required: true,
      reasons: requiredItems.map(
        (item) => `${reference}, item ${item.number}: ${cnilLabel(item, lang)}`,
      ),
      basis: requiredItems.map((item) => ({ kind: 'cnil-required', id: item.id, reference })),
    };
  }

  const exemptItems = file.cnil_exempt.items.filter((item) => input.cnilExempt?.includes(item.id));
  if (exemptItems.length > 0) {
    const reference = file.cnil_exempt.reference;
    return {
      required: false,
      reasons: exemptItems.map(
        (item) => `${reference}, item ${item.number}: ${cnilLabel(item, lang)}`,
      ),
      basis: exemptItems.map((item) => ({ kind: 'cnil-exempt', id: item.id, reference })),
    };
  }

  const threshold = file.threshold;
  const required = met.length >= threshold;
  const plural = met.length === 1 ? 'criterion' : 'criteria';
  const listed = met.length > 0 ? ` (${met.join(', ')})` : '';
  return {
    required,
    reasons: [
      `${met.length} WP248 ${plural} met${listed}; a DPIA is required from ${threshold} (${file.criteria_reference})`,
    ],
    basis: [{ kind: 'criteria', criteria: met, threshold, reference: file.criteria_reference }],
  };
}
