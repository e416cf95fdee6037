import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LawDataFile } from './types.js';

/**
 * Facts of the law live in versioned JSON files (LAW.md, "Reference data is data, not code"),
 * so that a new adequacy decision or an adopted reform is a data change, not a code change.
 */
export type LawDataName =
  | 'eea'
  | 'adequacy'
  | 'authorities'
  | 'retention-references'
  | 'dpia'
  | 'deadlines'
  | 'consent-ages'
  | 'national-id'
  | 'routine-departments'
  | 'record-keeping'
  | 'rights'
  | 'breach-assessment'
  | 'enisa-severity'
  | 'transfers'
  | 'processors'
  | 'transfer-tools'
  | 'legal-bases'
  | 'direct-marketing-words';

export const LAW_DATA_NAMES: readonly LawDataName[] = [
  'eea',
  'adequacy',
  'authorities',
  'retention-references',
  'dpia',
  'deadlines',
  'consent-ages',
  'national-id',
  'routine-departments',
  'record-keeping',
  'rights',
  'breach-assessment',
  'enisa-severity',
  'transfers',
  'processors',
  'transfer-tools',
  'legal-bases',
  'direct-marketing-words',
];

// Both src/law/data.ts (tests, tsx) and dist/law/data.js (the built package) sit two levels
// below the package root, so one relative URL serves both.
const lawDataDirectory = new URL('../../data/law/', import.meta.url);

const cache = new Map<LawDataName, LawDataFile>();

/** Absolute path of a law data file. */
export function lawDataPath(name: LawDataName): string {
  return fileURLToPath(new URL(`${name}.json`, lawDataDirectory));
}

/**
 * Reads and parses a law data file once; later calls return the cached object.
 * Callers must treat the result as read-only: it is shared.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T names the file's shape; test/law/ checks each file against it
export function loadLawData<T extends LawDataFile>(name: LawDataName): T {
  const cached = cache.get(name);
  if (cached !== undefined) return cached as T;
  if (!LAW_DATA_NAMES.includes(name)) {
    throw new Error(`Unknown law data file: ${name}`);
  }
  const path = lawDataPath(name);
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    typeof (parsed as Partial<LawDataFile>).as_of !== 'string' ||
    (parsed as Partial<LawDataFile>).source === undefined
  ) {
    throw new Error(`Law data file ${path} lacks "as_of" or "source"`);
  }
  cache.set(name, parsed as LawDataFile);
  return parsed as T;
}
