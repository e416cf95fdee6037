import { loadLawData } from './data.js';
import type { LawDataFile } from './types.js';

interface TransfersFile extends LawDataFile {
  tia: { mechanisms: string[]; review_period: string; verified: boolean };
}

const tia = () => loadLawData<TransfersFile>('transfers').tia;

/** Transfer tools that call for a transfer impact assessment (Schrems II; EDPB Recommendations 01/2020). */
export function tiaMechanisms(): readonly string[] {
  return tia().mechanisms;
}

/** How long a transfer impact assessment stands before it is reviewed (ISO 8601 duration). */
export function tiaReviewPeriod(): string {
  return tia().review_period;
}
