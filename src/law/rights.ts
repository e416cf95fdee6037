import { loadLawData } from './data.js';
import type { LawDataFile } from './types.js';

/**
 * Which Art. 6(1) legal bases open a data-subject right (data/law/rights.json). One table for
 * the notices, the Art. 30 record and the request workflow, so that they never disagree.
 */
export type BasisDependentRight = 'portability' | 'objection' | 'withdraw-consent';

interface RightsFile extends LawDataFile {
  rights: Record<BasisDependentRight, { article: string; legal_bases: string[]; note?: string }>;
  erasure_exceptions: { article: string; legal_bases: string[]; note?: string };
}

const file = (): RightsFile => loadLawData<RightsFile>('rights');

/** The legal bases under which the right applies (e.g. portability: consent, contract). */
export function basesGrantingRight(right: BasisDependentRight): readonly string[] {
  return file().rights[right].legal_bases;
}

/** Art. 17(3)(b): the bases under which erasure may be refused. */
export function basesLimitingErasure(): readonly string[] {
  return file().erasure_exceptions.legal_bases;
}
