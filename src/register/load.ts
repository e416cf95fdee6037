import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type {
  Activity,
  DataCategory,
  DataSubject,
  DataSubjectRequest,
  Dpia,
  Review,
  GdprConfig,
  Incident,
  Notice,
  Party,
  RetentionRule,
  SecurityMeasure,
} from '../types/register.js';
import {
  CATALOG_FILES,
  CATALOG_KINDS,
  CONFIG_FILE,
  ID_PATTERN,
  RECORD_DIRS,
  RECORD_KINDS,
  YAML_EXTENSIONS,
  type CatalogKind,
  type FileKind,
  type RecordKind,
} from './kinds.js';
import { MAX_FILE_BYTES, forgetSharedStrings, parseFile, releaseText } from './parse.js';
import { detached, TextLines } from './positions.js';
import { FileRefusedError, layoutProblem, readRegisterFile } from '../fsx/read.js';
import type { ReferenceTarget } from './references.js';
import type { Target } from './locate.js';
import type { DocPath, SourceFile } from './source.js';
import { validateDocument } from './validate.js';
import { englishProblem, wording, type Wording } from './wording.js';
import { pruneInvalid } from './prune.js';

/** What the register layer found wrong: only what YAML and the schemas say (it never judges). */
export interface LoadProblem {
  rule: 'yaml-syntax' | 'schema';
  file: SourceFile;
  /** In English: what every command but `check` prints. */
  message: string;
  /** The same, to be worded in the language of the output (locales/<lang>/problems.json). */
  wording: Wording;
  /** Either a document path (schema problems) or raw offsets (syntax problems). */
  path?: DocPath;
  target?: Target;
  range?: [number, number];
}

export interface FileRecord<T> {
  readonly id: string;
  readonly file: SourceFile;
  readonly data: T;
}

export interface CatalogEntry<T> {
  readonly id: string;
  readonly file: SourceFile;
  /** Index in the catalogue list: paths inside the entry start with it. */
  readonly index: number;
  readonly data: T;
}

export interface RecordTypes {
  activity: Activity;
  party: Party;
  notice: Notice;
  incident: Incident;
  request: DataSubjectRequest;
  dpia: Dpia;
  review: Review;
}

export interface CatalogTypes {
  'data-categories': DataCategory;
  'data-subjects': DataSubject;
  retention: RetentionRule;
  'security-measures': SecurityMeasure;
}

/**
 * The register as the rules see it. Maps hold the records and entries whose data satisfy their
 * schema (so rules can trust the types): a file with schema problems is there without its
 * invalid parts (`invalid`), unless the document itself is unusable; `ids` holds every id present on disk, valid or not, so
 * that one broken file does not cascade into "unknown reference" findings elsewhere.
 */
export interface Register {
  readonly root: string;
  readonly config: FileRecord<GdprConfig> | undefined;
  readonly configFile: SourceFile | undefined;
  readonly records: { readonly [K in RecordKind]: ReadonlyMap<string, FileRecord<RecordTypes[K]>> };
  readonly catalogs: {
    readonly [K in CatalogKind]: ReadonlyMap<string, CatalogEntry<CatalogTypes[K]>>;
  };
  readonly catalogFiles: Readonly<Record<CatalogKind, SourceFile | undefined>>;
  readonly ids: Readonly<Record<RecordKind | CatalogKind | 'department', ReadonlySet<string>>>;
  /**
   * Kinds whose ids are unknown, not missing: a file or folder that holds them was refused or
   * did not parse, so a reference to them cannot be judged.
   */
  readonly unknownIds: ReadonlySet<ReferenceTarget>;
  readonly files: readonly SourceFile[];
  readonly problems: readonly LoadProblem[];
  /**
   * Partial validation: the paths of each file's data that failed their schema (see prune.ts),
   * removed from what the rules see or, for a required value of the right type, kept as written.
   * The engine drops a rule's finding at or under one of them: the schema finding says it.
   */
  readonly invalid: ReadonlyMap<SourceFile, readonly DocPath[]>;
}

export interface LoadOptions {
  /** Injected for tests (unreadable files cannot be simulated as root). */
  readFile?: (absPath: string, listedRegular: boolean) => Uint8Array;
  /**
   * `readFile` gives the bytes on disk at the path (as the default does): a clean file then lets
   * its text go and reads it again if a finding needs a position. Default: no `readFile` given.
   */
  fromDisk?: boolean;
  /**
   * Parses one file read from disk; the default is `parseFile`. `check --cache` and the parse
   * workers pass one that returns a file parsed earlier when its bytes are the same.
   */
  parse?: typeof parseFile;
}

export function loadRegister(root: string, options: LoadOptions = {}): Register {
  const readFile =
    options.readFile ??
    ((p: string, regular: boolean) => readRegisterFile(root, p, MAX_FILE_BYTES, regular));
  const parse = options.parse ?? parseFile;
  const fromDisk = options.fromDisk ?? options.readFile === undefined;
  const files: SourceFile[] = [];
  const problems: LoadProblem[] = [];
  const unknownIds = new Set<ReferenceTarget>();

  /** A folder of the layout that is a file, or a link leading out: one finding at its path. */
  const folderOk = (relPath: string, kind: FileKind, what: Wording): boolean => {
    const problem = layoutProblem(root, relPath, what);
    if (problem === undefined) return true;
    const file = unreadable(join(root, relPath), relPath, kind);
    files.push(file);
    problems.push(loadProblem('yaml-syntax', file, problem, [0, 0]));
    return false;
  };

  const read = (relPath: string, kind: FileKind, regular = false): SourceFile | undefined => {
    const absPath = join(root, relPath);
    let bytes: Uint8Array;
    try {
      bytes = readFile(absPath, regular);
    } catch (e) {
      const file = unreadable(absPath, relPath, kind);
      files.push(file);
      const err = e as NodeJS.ErrnoException;
      const w =
        e instanceof FileRefusedError
          ? e.wording
          : err.code === 'EISDIR'
            ? wording('file.is_directory', { path: relPath })
            : readErrorWording(err);
      problems.push(loadProblem('yaml-syntax', file, w, [0, 0]));
      return undefined;
    }
    const parsed = parse(absPath, relPath, kind, bytes);
    files.push(parsed.file);
    for (const p of parsed.problems)
      problems.push({
        rule: 'yaml-syntax',
        file: parsed.file,
        range: p.range,
        message: p.message,
        wording: p.wording,
      });
    if (parsed.problems.length > 0) return undefined;
    // Read from disk: the text can be read again when a finding needs a position.
    if (fromDisk) releaseText(parsed.file);
    return parsed.file;
  };

  const invalid = new Map<SourceFile, DocPath[]>();
  /** Reports the schema problems; returns the data the rules may read (undefined: none). */
  const validate = (file: SourceFile, keepIndex = false): unknown => {
    const found = validateDocument(file.kind, file.data);
    for (const p of found)
      problems.push({
        rule: 'schema',
        file,
        path: p.path,
        target: p.target,
        message: p.message,
        wording: p.wording,
      });
    const pruned = pruneInvalid(file.kind, file.data, found, keepIndex);
    if (pruned.data !== undefined && pruned.invalid.length > 0) invalid.set(file, pruned.invalid);
    return pruned.data;
  };

  // gdpr.yaml
  let config: FileRecord<GdprConfig> | undefined;
  const configFile = read(CONFIG_FILE, 'config');
  if (!configFile) unknownIds.add('department');
  const configData = configFile && validate(configFile);
  if (configFile && configData !== undefined)
    config = { id: 'gdpr', file: configFile, data: configData as GdprConfig };

  // One file per record.
  const records = {} as { [K in RecordKind]: Map<string, FileRecord<RecordTypes[K]>> };
  const recordIds = {} as Record<RecordKind, Set<string>>;
  for (const kind of RECORD_KINDS) {
    const map = new Map<string, FileRecord<never>>();
    const ids = new Set<string>();
    records[kind] = map;
    recordIds[kind] = ids;
    const dir = RECORD_DIRS[kind];
    if (!folderOk(dir, kind, wording(`folder.of.${kind}`))) {
      unknownIds.add(kind);
      continue;
    }
    for (const { name, regular } of listYamlFiles(join(root, dir))) {
      // One flat string: a concatenation would keep its pieces, for every file of the register.
      const relPath = detached(`${dir}/${name}`);
      const id = detached(name.replace(/\.ya?ml$/, ''));
      const file = read(relPath, kind, regular);
      if (!ID_PATTERN.test(id)) {
        const f = file ?? files.at(-1);
        if (f)
          problems.push({
            ...loadProblem('schema', f, wording('file_name', { name, suggestion: suggestId(id) })),
            path: [],
            target: 'value',
          });
        continue;
      }
      ids.add(id);
      if (!file) continue;
      const data = validate(file);
      if (data !== undefined && !map.has(id)) map.set(id, { id, file, data: data as never });
    }
  }

  // Catalogues: one list file each; entries are validated as a whole but kept one by one.
  const catalogs = {} as { [K in CatalogKind]: Map<string, CatalogEntry<CatalogTypes[K]>> };
  const catalogFiles = {} as Record<CatalogKind, SourceFile | undefined>;
  const catalogIds = {} as Record<CatalogKind, Set<string>>;
  const catalogDirOk = folderOk('catalog', 'data-categories', wording('folder.of.catalog'));
  for (const kind of CATALOG_KINDS) {
    const map = new Map<string, CatalogEntry<never>>();
    const ids = new Set<string>();
    catalogs[kind] = map;
    catalogIds[kind] = ids;
    catalogFiles[kind] = undefined;
    if (!catalogDirOk) {
      unknownIds.add(kind);
      continue;
    }
    const relPath = CATALOG_FILES[kind];
    const exists =
      pathExists(join(root, relPath)) ?? pathExists(join(root, relPath.replace(/\.yaml$/, '.yml')));
    if (!exists) continue;
    const file = read(
      exists === join(root, relPath) ? relPath : relPath.replace(/\.yaml$/, '.yml'),
      kind,
    );
    if (!file) {
      unknownIds.add(kind);
      continue;
    }
    catalogFiles[kind] = file;
    const usable = validate(file, true);
    if (!Array.isArray(file.data)) continue;
    file.data.forEach((entry: unknown, index: number) => {
      const id = entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
      if (typeof id === 'string') ids.add(id);
      const data: unknown = Array.isArray(usable) ? usable[index] : undefined;
      if (data === undefined || typeof id !== 'string' || map.has(id)) return;
      map.set(id, { id, file, index, data: data as never });
    });
  }

  const departments = new Set<string>();
  const rawDepartments = (configFile?.data as { departments?: unknown } | undefined)?.departments;
  if (Array.isArray(rawDepartments))
    for (const d of rawDepartments)
      if (d && typeof (d as { id?: unknown }).id === 'string')
        departments.add((d as { id: string }).id);

  forgetSharedStrings();
  return {
    root,
    config,
    configFile,
    records,
    catalogs,
    catalogFiles,
    ids: { ...recordIds, ...catalogIds, department: departments },
    unknownIds,
    files,
    problems,
    invalid,
  };
}

/**
 * True when a value at or under `path` of `file` failed its schema (removed from what the rules
 * see, or kept as written): a rule that would report it as missing stays silent (the schema
 * finding says what to fix).
 */
export function invalidAt(register: Register, file: SourceFile, path: DocPath): boolean {
  return (register.invalid.get(file) ?? []).some((r) =>
    path.every((seg, i) => i >= r.length || String(seg) === String(r[i])),
  );
}

/** The YAML files of a folder, sorted; `regular`: the listing says a regular file (no link). */
function listYamlFiles(dir: string): { name: string; regular: boolean }[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => YAML_EXTENSIONS.some((ext) => e.name.endsWith(ext)) && !e.name.startsWith('.'))
    .map((e) => ({ name: e.name, regular: e.isFile() }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function pathExists(p: string): string | undefined {
  try {
    // lstat: a broken link exists, and its reader reports it.
    lstatSync(p);
    return p;
  } catch (e) {
    // A symlink loop exists but cannot be stat'ed: let the reader report it.
    return (e as NodeJS.ErrnoException).code === 'ELOOP' ? p : undefined;
  }
}

function unreadable(absPath: string, relPath: string, kind: FileKind): SourceFile {
  const lineCounter = new TextLines('');
  return { absPath, relPath, kind, text: '', doc: undefined, lineCounter, data: undefined };
}

function readErrorWording(e: NodeJS.ErrnoException): Wording {
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
      return wording('file.permission');
    case 'ELOOP':
      return wording('file.loop');
    case 'ENOENT':
      return wording('file.gone');
    case 'EISDIR':
      return wording('file.directory');
    default:
      return wording('file.unreadable', { error: e.message });
  }
}

function loadProblem(
  rule: LoadProblem['rule'],
  file: SourceFile,
  w: Wording,
  range?: [number, number],
): LoadProblem {
  const p: LoadProblem = { rule, file, message: englishProblem(w), wording: w };
  if (range) p.range = range;
  return p;
}

function suggestId(stem: string): string {
  const s = stem
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'record';
}
