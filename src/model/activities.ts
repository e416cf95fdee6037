/**
 * Questions rules ask of the resolved register, answered once here so that rules stay short and
 * agree with each other (e.g. what "active" or "receives the data" means).
 */
import type { Activity, DataCategory, Party, Text } from '../types/register.js';
import type { CatalogEntry, FileRecord, Register } from '../register/load.js';
import type { DocPath } from '../register/source.js';
import { loadLawData } from '../law/data.js';
import type { LawDataFile } from '../law/types.js';

export type ActivityRecord = FileRecord<Activity>;

export function roleOf(activity: Activity): 'controller' | 'joint-controller' | 'processor' {
  return activity.role ?? 'controller';
}

/** Active processing is what the record must describe now (Art. 30(1)); planned and retired are not yet/no longer running. */
export function isActive(activity: Activity): boolean {
  return (activity.status ?? 'active') === 'active';
}

export function activities(register: Register): ActivityRecord[] {
  return [...register.records.activity.values()];
}

export function activeActivities(register: Register): ActivityRecord[] {
  return activities(register).filter((a) => isActive(a.data));
}

export interface ResolvedDataItem {
  /** Index in `data`: the path of the item is `['data', index]`. */
  index: number;
  category: CatalogEntry<DataCategory>;
}

/** The activity's data items whose category resolves (unknown ids are `unknown-reference`'s business). */
export function dataItems(register: Register, activity: Activity): ResolvedDataItem[] {
  const out: ResolvedDataItem[] = [];
  (activity.data ?? []).forEach((item, index) => {
    const category = register.catalogs['data-categories'].get(item.category);
    if (category) out.push({ index, category });
  });
  return out;
}

/** Art. 9(1) categories among the activity's data. */
export function specialDataItems(register: Register, activity: Activity): ResolvedDataItem[] {
  return dataItems(register, activity).filter((d) => d.category.data.special !== undefined);
}

/** Art. 10 categories among the activity's data. */
export function criminalDataItems(register: Register, activity: Activity): ResolvedDataItem[] {
  return dataItems(register, activity).filter((d) => d.category.data.criminal === true);
}

export interface ReceivingParty {
  party: FileRecord<Party>;
  /** Where the activity names it: the recipient entry, or the recipient it is a sub-processor of. */
  path: DocPath;
  /** The chain from the named recipient down to this party (for messages). */
  via: string[];
}

/**
 * Every party that receives the activity's data: the parties among `recipients` (and `transfers`),
 * then their sub-processors, transitively (Art. 28(2), 28(4)). Cycles are cut.
 */
export function receivingParties(register: Register, activity: Activity): ReceivingParty[] {
  const out: ReceivingParty[] = [];
  const seen = new Set<string>();
  const visit = (id: string, path: DocPath, via: string[]): void => {
    if (seen.has(id)) return;
    const party = register.records.party.get(id);
    if (!party) return;
    seen.add(id);
    out.push({ party, path, via });
    for (const sub of party.data.sub_processors ?? []) visit(sub, path, [...via, id]);
  };
  (activity.recipients ?? []).forEach((r, i) => {
    if (r.party) visit(r.party, ['recipients', i, 'party'], []);
  });
  return out;
}

/** The register's languages; the first is the default language of plain strings. */
export function registerLanguages(register: Register): string[] {
  return register.config?.data.languages ?? ['en'];
}

/** The languages a Text is available in (a plain string is in the default language). */
export function textLanguages(text: Text, defaultLanguage: string): string[] {
  return typeof text === 'string' ? [defaultLanguage] : Object.keys(text);
}

interface RecordKeepingFile extends LawDataFile {
  default_review_period: string;
}

/**
 * The review period when neither the activity nor gdpr.yaml sets `review_every`
 * (data/law/record-keeping.json). Not a figure of the law: Art. 24(1) asks for review "where
 * necessary" without a period; the toolkit's default, also what `gdpr init` writes.
 */
export function defaultReviewPeriod(): string {
  return loadLawData<RecordKeepingFile>('record-keeping').default_review_period;
}

/** Where an activity's review period comes from (for messages). */
export type ReviewPeriodSource = 'activity' | 'config' | 'default';

export function reviewPeriodSource(register: Register, activity: Activity): ReviewPeriodSource {
  if (activity.review_every !== undefined) return 'activity';
  return register.config?.data.review_every !== undefined ? 'config' : 'default';
}

/**
 * The activity's review period: its own, else the organisation's, else the default. One answer
 * for rule review-overdue and `gdpr due`, so that both list the same reviews.
 */
export function reviewPeriod(register: Register, activity: Activity): string {
  return activity.review_every ?? register.config?.data.review_every ?? defaultReviewPeriod();
}
