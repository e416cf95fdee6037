import { loadLawData } from './data.js';
import type { LawDataFile, Localised, Sources } from './types.js';

/**
 * A reference retention period (LAW.md §9). `law` references are legal obligations or
 * limitation periods (they justify intermediate archiving); `cnil` references are CNIL
 * recommendations used as benchmarks in sanctions; `authority` references are the guidance of
 * another supervisory authority (the German DSK or BfDI, the Spanish AEPD).
 */
export interface RetentionReference {
  id: string;
  /** Maximum period, ISO 8601 duration. */
  duration: string;
  /** Lower bound where the reference gives a range (ISO 8601). */
  min?: string;
  /** The event the period runs from. */
  from: Localised;
  kind: 'law' | 'cnil' | 'authority';
  reference: string;
  /**
   * The reference as titled in another language, by language code (`reference` is the English
   * citation): for a CNIL or French-law reference, the French title is the original's own.
   */
  reference_title?: Readonly<Record<string, string>>;
  label: Localised;
  source: Sources;
  verified: boolean;
  note?: string;
}

interface RetentionReferencesFile extends LawDataFile {
  references: RetentionReference[];
}

export function listRetentionReferences(): readonly RetentionReference[] {
  return loadLawData<RetentionReferencesFile>('retention-references').references;
}

export function retentionReference(id: string): RetentionReference | undefined {
  return listRetentionReferences().find((reference) => reference.id === id);
}
