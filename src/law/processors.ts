import { loadLawData } from './data.js';
import type { LawDataFile, Localised } from './types.js';

export interface Art28Clause {
  /** The id `dpa.clauses` uses. */
  id: string;
  /** The point of Art. 28(3): a … h. */
  point: string;
  label: Localised;
}

interface ProcessorsFile extends LawDataFile {
  art28_3: { reference: string; verified: boolean; clauses: Art28Clause[] };
}

/** The clauses Art. 28(3)(a)–(h) requires in a processor's contract, in the article's order. */
export function art28Clauses(): readonly Art28Clause[] {
  return loadLawData<ProcessorsFile>('processors').art28_3.clauses;
}
