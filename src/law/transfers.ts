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

/**
 * The Chapter V transfer tools and the article each rests on (data/law/transfer-tools.json),
 * and which transfers oblige the notice to say how to get a copy of the safeguards.
 */
interface TransferToolsFile extends LawDataFile {
  mechanisms: Record<string, { article: string }>;
  copy_of_safeguards: { article: string; mechanisms: string[]; derogations: string[] };
}

const file = (): TransferToolsFile => loadLawData<TransferToolsFile>('transfer-tools');

/** The transfer mechanisms the law data knows, in the order of the schema's enum. */
export function listTransferMechanisms(): string[] {
  return Object.keys(file().mechanisms);
}

/**
 * Art. 13(1)(f), 14(1)(f): a transfer under Art. 46 or 47, or under the second subparagraph
 * of Art. 49(1), must tell how to obtain a copy of the safeguards. `derogation` counts only
 * for a transfer whose mechanism is `derogation`.
 */
export function offersCopyOfSafeguards(mechanism: string, derogation: string | null): boolean {
  const copy = file().copy_of_safeguards;
  if (copy.mechanisms.includes(mechanism)) return true;
  return mechanism === 'derogation' && derogation !== null && copy.derogations.includes(derogation);
}

/** The mechanisms and derogations of copy_of_safeguards (for the schema agreement test). */
export function copyOfSafeguards(): {
  mechanisms: readonly string[];
  derogations: readonly string[];
} {
  return file().copy_of_safeguards;
}
