/**
 * The severity of a personal data breach as the ENISA 2013 method scores it (LAW.md §6.8;
 * data/law/enisa-severity.json): SE = DPC × EI + CB, banded low / medium / high / very high.
 * Pure: facts in, scores and reason codes out; the words are in severity-words.ts.
 *
 * - DPC (data processing context, 1–4): the highest base score of the data kinds breached
 *   (simple 1, behavioural 2, financial 3, sensitive 4; credentials take the score of what
 *   they open), raised one step for vulnerable people and one for a detailed profile (many
 *   categories about each person), kept within 1–4. A person may set the level instead, with
 *   a rationale (incident `sensitivity`): e.g. two mentions of a food intolerance are not
 *   medical files (EDPB Guidelines 01/2021, case 15).
 * - EI (ease of identification): maximum for data that name people, limited for pseudonymous
 *   data only, negligible for data unintelligible to whoever holds them when nothing else
 *   (availability, integrity) was lost.
 * - CB (circumstances): loss of confidentiality, integrity, availability, malicious intent.
 * - Outside the formula, as ENISA advises: a large number of people raises the level one band.
 *
 * The EDPB factors (assess.ts) remain the legal test; this score is the supporting evidence
 * regulators recognise. test/breach/severity.test.ts compares both on the 18 EDPB cases.
 */
import { loadLawData } from '../law/data.js';
import type { LawDataFile } from '../law/types.js';
import type { BreachFacts, BreachType, Count, IncidentSensitivity } from '../types/register.js';
import { largeNumberOfPeople, quickRestorationHours } from './assess.js';
import { countAtLeast, type AssessedCategory, type DataKind } from './categories.js';
import { actorOf, isDeviceLoss } from './causes.js';

export type SeverityLevel = 'low' | 'medium' | 'high' | 'very_high';
type BaseName = 'simple' | 'behavioural' | 'financial' | 'sensitive';
type EiName = 'negligible' | 'limited' | 'significant' | 'maximum';

interface Scored {
  value: number;
}

interface EnisaFile extends LawDataFile {
  dpc: {
    min: number;
    max: number;
    base: Record<BaseName, Scored>;
    kinds: Record<DataKind, BaseName | 'access'>;
    adjustments: {
      vulnerable_people: Scored;
      volume_per_person: Scored & { categories_at_least: number };
    };
  };
  ei: Record<EiName, Scored>;
  cb: {
    confidentiality: Record<'none' | 'known_recipients' | 'unknown_recipients', Scored>;
    integrity: Record<'none' | 'recoverable' | 'unrecoverable', Scored>;
    availability: Record<'none' | 'temporary' | 'permanent', Scored>;
    malicious_intent: Scored;
  };
  bands: { level: SeverityLevel; below?: number }[];
  duties: Record<SeverityLevel, Duties>;
  edpb_differences: { cases: EdpbDifference[] };
}

/** The notification duties a level, or a decision, calls for. */
export interface Duties {
  notify_authority: boolean;
  notify_subjects: boolean;
}

/** An EDPB 01/2021 case where ENISA, applied as written, gives another duty (data/law/enisa-severity.json). */
export interface EdpbDifference {
  case: string;
  title: string;
  enisa: { dpc: number; ei: number; cb: number; score: number; level: SeverityLevel };
  edpb: string;
  why: string;
  /**
   * Each ENISA factor that could have raised the score, with ENISA's words, the case's facts
   * and why it does not apply: the record that nothing in ENISA, applied as written, closes the gap.
   */
  readings: EdpbDifferenceReading[];
  /** What in the EDPB's own text, once read, would change the record. */
  open_question?: string;
  source: string[];
}

/** One ENISA factor weighed against an EDPB case's facts (data/law/enisa-severity.json). */
export interface EdpbDifferenceReading {
  factor: 'dpc' | 'ei' | 'confidentiality' | 'integrity' | 'availability' | 'malicious_intent';
  /** ENISA 2013's words, quoted. */
  enisa: string;
  enisa_source: string;
  /** Where ENISA's words were read (https URLs). */
  read_at: string[];
  facts: string;
  applies: boolean;
  why: string;
}

const enisa = (): EnisaFile => loadLawData<EnisaFile>('enisa-severity');

/** One reason of the score: a code and its facts (words: severity-words.ts). */
export type SeverityReason =
  | { id: 'dpc-base'; base: BaseName; value: number; categories: string[] }
  | { id: 'dpc-no-category'; value: number }
  | { id: 'dpc-vulnerable'; value: number }
  | { id: 'dpc-volume'; value: number; count: number }
  | { id: 'dpc-bounded'; value: number }
  | { id: 'dpc-set'; value: number; rationale: string }
  | {
      id: 'ei';
      level: EiName;
      value: number;
      why: 'names' | 'pseudonymous' | 'unintelligible' | 'no-category';
    }
  | {
      id: 'cb-confidentiality';
      level: 'none' | 'known_recipients' | 'unknown_recipients';
      value: number;
    }
  | { id: 'cb-integrity'; level: 'none' | 'recoverable' | 'unrecoverable'; value: number }
  | {
      id: 'cb-availability';
      level: 'none' | 'temporary' | 'permanent';
      value: number;
      backup: boolean;
    }
  | { id: 'cb-malicious'; value: number }
  | { id: 'many-people'; people: number; from: SeverityLevel; to: SeverityLevel };

export interface SeverityInput {
  types: readonly BreachType[];
  cause?: string | undefined;
  data_categories: readonly AssessedCategory[];
  subjects_count?: Count | undefined;
  /** A category of data subjects of the breach is flagged vulnerable in the catalogue. */
  vulnerable_subjects?: boolean | undefined;
  facts?: BreachFacts | undefined;
  /** The level set by a person, with its rationale (incident `sensitivity`). */
  sensitivity?: IncidentSensitivity | undefined;
}

export interface Severity {
  dpc: number;
  ei: number;
  cb: number;
  cb_parts: {
    confidentiality: number;
    integrity: number;
    availability: number;
    malicious_intent: number;
  };
  /** DPC × EI + CB, two decimals at most. */
  score: number;
  /** The band of the score. */
  band: SeverityLevel;
  /** The band, raised for a large number of people (outside the formula). */
  level: SeverityLevel;
  /** The duties the level calls for (data/law/enisa-severity.json `duties`: a policy, not ENISA's). */
  notify_authority: boolean;
  notify_subjects: boolean;
  reasons: SeverityReason[];
}

const BASE_RANK: readonly BaseName[] = ['simple', 'behavioural', 'financial', 'sensitive'];
const LEVELS: readonly SeverityLevel[] = ['low', 'medium', 'high', 'very_high'];

function baseOf(category: AssessedCategory, file: EnisaFile): BaseName | 'access' {
  let best: BaseName | 'access' = 'simple';
  for (const kind of category.kinds) {
    const base = file.dpc.kinds[kind];
    if (base === 'access') {
      if (best === 'simple') best = 'access';
    } else if (best === 'access' || BASE_RANK.indexOf(base) > BASE_RANK.indexOf(best)) best = base;
  }
  return best;
}

function dataProcessingContext(
  input: SeverityInput,
  file: EnisaFile,
  reasons: SeverityReason[],
): number {
  if (input.sensitivity !== undefined) {
    reasons.push({
      id: 'dpc-set',
      value: input.sensitivity.level,
      rationale: input.sensitivity.rationale,
    });
    return input.sensitivity.level;
  }
  const cats = input.data_categories;
  if (cats.length === 0) {
    // Nothing recorded: assume simple data that name people, and say so.
    reasons.push({ id: 'dpc-no-category', value: file.dpc.base.simple.value });
    return file.dpc.base.simple.value;
  }
  const bases = cats.map((c) => ({ id: c.id, base: baseOf(c, file) }));
  const scored = bases.filter((b): b is { id: string; base: BaseName } => b.base !== 'access');
  // Credentials open the other data of the breach: they take the highest of their scores.
  let top: BaseName = 'simple';
  for (const b of scored) if (BASE_RANK.indexOf(b.base) > BASE_RANK.indexOf(top)) top = b.base;
  const named = bases.filter((b) => b.base === top || b.base === 'access').map((b) => b.id);
  let dpc = file.dpc.base[top].value;
  reasons.push({ id: 'dpc-base', base: top, value: dpc, categories: named });

  const facts = input.facts ?? {};
  const vulnerable =
    typeof facts.vulnerable_subjects === 'boolean'
      ? facts.vulnerable_subjects
      : input.vulnerable_subjects === true;
  if (vulnerable) {
    dpc += file.dpc.adjustments.vulnerable_people.value;
    reasons.push({ id: 'dpc-vulnerable', value: file.dpc.adjustments.vulnerable_people.value });
  }
  const volume = file.dpc.adjustments.volume_per_person;
  if (cats.length >= volume.categories_at_least) {
    dpc += volume.value;
    reasons.push({ id: 'dpc-volume', value: volume.value, count: cats.length });
  }
  const bounded = Math.min(file.dpc.max, Math.max(file.dpc.min, dpc));
  if (bounded !== dpc) reasons.push({ id: 'dpc-bounded', value: bounded });
  return bounded;
}

function restoredQuickly(facts: BreachFacts): boolean {
  return (
    facts.backup_available === true &&
    facts.restored_within_hours !== undefined &&
    facts.restored_within_hours <= quickRestorationHours()
  );
}

export function assessSeverity(input: SeverityInput): Severity {
  const file = enisa();
  const facts = input.facts ?? {};
  const reasons: SeverityReason[] = [];
  const dpc = dataProcessingContext(input, file, reasons);
  const cbReasons: SeverityReason[] = [];
  const actor = actorOf(input.cause, facts.exfiltrated);

  // CB: each type of loss the breach has, then malicious intent.
  let confidentiality = 0;
  if (input.types.includes('confidentiality')) {
    const level =
      typeof facts.recipient_trusted === 'boolean'
        ? 'known_recipients'
        : facts.exfiltrated === true
          ? 'unknown_recipients'
          : 'none';
    confidentiality = file.cb.confidentiality[level].value;
    cbReasons.push({ id: 'cb-confidentiality', level, value: confidentiality });
  }
  let integrity = 0;
  if (input.types.includes('integrity')) {
    const level = restoredQuickly(facts)
      ? 'none'
      : facts.backup_available === true
        ? 'recoverable'
        : 'unrecoverable';
    integrity = file.cb.integrity[level].value;
    cbReasons.push({ id: 'cb-integrity', level, value: integrity });
  }
  let availability = 0;
  if (input.types.includes('availability')) {
    const backup = facts.backup_available === true;
    const level =
      restoredQuickly(facts) ||
      (backup && facts.restored_within_hours === undefined && isDeviceLoss(input.cause))
        ? 'none'
        : backup || facts.restored_within_hours !== undefined
          ? 'temporary' // restored from a backup, or rebuilt from other sources, after a while
          : 'permanent'; // no backup and nothing rebuilt: cannot be recovered
    availability = file.cb.availability[level].value;
    cbReasons.push({ id: 'cb-availability', level, value: availability, backup });
  }
  const malicious =
    actor === 'external' || actor === 'insider' ? file.cb.malicious_intent.value : 0;
  if (malicious > 0) cbReasons.push({ id: 'cb-malicious', value: malicious });

  // EI: who can be recognised in the data.
  const unintelligible = facts.encrypted === true && facts.key_compromised === false;
  let eiName: EiName;
  let why: 'names' | 'pseudonymous' | 'unintelligible' | 'no-category';
  if (unintelligible && integrity === 0 && availability === 0) {
    eiName = 'negligible';
    why = 'unintelligible';
  } else if (input.data_categories.length === 0) {
    eiName = 'maximum';
    why = 'no-category';
  } else if (input.data_categories.every((c) => c.kinds.includes('pseudonymous'))) {
    eiName = 'limited';
    why = 'pseudonymous';
  } else {
    eiName = 'maximum';
    why = 'names';
  }
  const ei = file.ei[eiName].value;
  reasons.push({ id: 'ei', level: eiName, value: ei, why }, ...cbReasons);

  const cb = confidentiality + integrity + availability + malicious;
  const score = Math.round((dpc * ei + cb) * 100) / 100;
  const band = bandOf(score, file);
  let level = band;
  const people = countAtLeast(input.subjects_count);
  if (people !== undefined && people >= largeNumberOfPeople() && why !== 'unintelligible') {
    level = LEVELS[Math.min(LEVELS.length - 1, LEVELS.indexOf(band) + 1)] ?? band;
    if (level !== band) reasons.push({ id: 'many-people', people, from: band, to: level });
  }
  const duties = file.duties[level];
  return {
    dpc,
    ei,
    cb,
    cb_parts: { confidentiality, integrity, availability, malicious_intent: malicious },
    score,
    band,
    level,
    notify_authority: duties.notify_authority,
    notify_subjects: duties.notify_subjects,
    reasons,
  };
}

/** The EDPB 01/2021 cases where the ENISA score and the EDPB answer differ, as the law data records them. */
export function edpbDifferences(): readonly EdpbDifference[] {
  return enisa().edpb_differences.cases;
}

/**
 * True when the duties the ENISA level calls for are the decision's. When they differ, the
 * decision stands: the EDPB factors (assess.ts, EDPB Guidelines 9/2022 and 01/2021) are the
 * legal test and the ENISA score is supporting evidence; the edge shows both.
 */
export function severityAgrees(severity: Duties, decision: Duties): boolean {
  return (
    severity.notify_authority === decision.notify_authority &&
    severity.notify_subjects === decision.notify_subjects
  );
}

function bandOf(score: number, file: EnisaFile): SeverityLevel {
  for (const b of file.bands) if (b.below === undefined || score < b.below) return b.level;
  throw new Error('enisa-severity.json: the last band must have no upper bound');
}
