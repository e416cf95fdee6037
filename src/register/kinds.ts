/**
 * The file kinds of the register format (REGISTER-FORMAT.md "Layout") and where they live.
 * One table drives reading, schema choice and error messages.
 */
export type RecordKind =
  'activity' | 'party' | 'notice' | 'incident' | 'request' | 'dpia' | 'review';
export type CatalogKind = 'data-categories' | 'data-subjects' | 'retention' | 'security-measures';
export type FileKind = 'config' | RecordKind | CatalogKind;

/** Folder of each one-file-per-record kind. */
export const RECORD_DIRS: Readonly<Record<RecordKind, string>> = {
  activity: 'activities',
  party: 'parties',
  notice: 'notices',
  incident: 'incidents',
  request: 'requests',
  dpia: 'dpias',
  review: 'reviews',
};

/** Path of each catalogue file, relative to the register root. */
export const CATALOG_FILES: Readonly<Record<CatalogKind, string>> = {
  'data-categories': 'catalog/data-categories.yaml',
  'data-subjects': 'catalog/data-subjects.yaml',
  retention: 'catalog/retention.yaml',
  'security-measures': 'catalog/security-measures.yaml',
};

export const CONFIG_FILE = 'gdpr.yaml';

/** Schema file name (in schemas/) for each kind. */
export function schemaFileName(kind: FileKind): string {
  return `${kind === 'config' ? 'gdpr' : kind}.schema.json`;
}

export const RECORD_KINDS = Object.keys(RECORD_DIRS) as RecordKind[];
export const CATALOG_KINDS = Object.keys(CATALOG_FILES) as CatalogKind[];

/** Every file kind → its schema file: the validators compiled at build time, one per kind. */
export function validatorKinds(): Record<FileKind, string> {
  const kinds: FileKind[] = ['config', ...RECORD_KINDS, ...CATALOG_KINDS];
  return Object.fromEntries(kinds.map((k) => [k, schemaFileName(k)])) as Record<FileKind, string>;
}

/** Ids of file records and catalogue entries: REGISTER-FORMAT.md "Principles". */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export const YAML_EXTENSIONS = ['.yaml', '.yml'] as const;
