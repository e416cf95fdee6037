/**
 * The templates `gdpr init` copies from (data/scaffold/): catalogues, departments and one activity
 * per sector. They are data so that a new sector or a corrected CNIL period is a data change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument, type Document } from 'yaml';
import { DATA_DIR } from '../paths.js';
import type { CatalogKind } from '../register/kinds.js';
import { localeLanguages } from '../locale/index.js';
import { ConfigError } from '../errors.js';

export const SCAFFOLD_DIR = join(DATA_DIR, 'scaffold');

/**
 * Languages the templates may be written in: those of locales/ (a text lacking one of the
 * register's languages gets `missing-translation` warnings).
 */
export function templateLanguages(): readonly string[] {
  return localeLanguages();
}

export interface TemplateText {
  en: string;
  fr: string;
}

export interface Sector {
  id: string;
  label: TemplateText;
  hint: TemplateText;
}

export interface Department {
  id: string;
  name: TemplateText;
}

function readScaffold(rel: string): string {
  return readFileSync(join(SCAFFOLD_DIR, rel), 'utf8');
}

/** A fresh, mutable document: callers localise it in place. */
function templateDocument(rel: string): Document {
  const doc = parseDocument(readScaffold(rel), { uniqueKeys: true, prettyErrors: true });
  const [error] = doc.errors;
  if (error) throw new Error(`data/scaffold/${rel}: ${error.message}`);
  // The header comment of a template speaks to maintainers of the templates, not to users.
  doc.commentBefore = null;
  return doc;
}

let sectors: readonly Sector[] | undefined;
export function listSectors(): readonly Sector[] {
  sectors ??= parse(readScaffold('sectors.yaml')) as Sector[];
  return sectors;
}

let departments: readonly Department[] | undefined;
export function listDepartments(): readonly Department[] {
  departments ??= parse(readScaffold('departments.yaml')) as Department[];
  return departments;
}

export interface NoticeTemplate {
  title: TemplateText;
}

let notices: Readonly<Record<string, NoticeTemplate>> | undefined;
/** Notice templates by data-subject id. */
export function noticeTemplates(): Readonly<Record<string, NoticeTemplate>> {
  notices ??= parse(readScaffold('notices.yaml')) as Record<string, NoticeTemplate>;
  return notices;
}

export function activityTemplate(sector: string): Document {
  return templateDocument(`activities/${sector}.yaml`);
}

export function catalogTemplate(kind: CatalogKind): Document {
  return templateDocument(`catalog/${kind}.yaml`);
}

/** The national rules of data/scaffold/national/<country>.yaml. */
export interface NationalRetention {
  /** Entries replacing those of catalog/retention.yaml with the same id. */
  retention: readonly Record<string, unknown>[];
  /** What every other entry becomes (its id kept): a period the organisation sets. */
  other: Readonly<Record<string, unknown>>;
  /**
   * Fields gdpr.yaml `organisation` gets in that country (a template text becomes a string in
   * the register's first language), e.g. Spain's `data_blocking` (art. 32 LOPDGDD).
   */
  organisation?: Readonly<Record<string, unknown>>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** Reads and parses one national file; undefined only when the file does not exist. */
function readNational(dir: string, country: string): NationalRetention | undefined {
  const path = join(dir, 'national', `${country}.yaml`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (isMissingFile(error)) return undefined;
    throw new ConfigError(`cannot read the national scaffold rules: ${(error as Error).message}`, {
      file: path,
    });
  }
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const [error] = doc.errors;
  if (error) {
    const at = error.linePos?.[0];
    // The pretty message ends with the position and a code frame: the position is given apart.
    const [first = error.message] = error.message.split('\n');
    const message = first.replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(`broken national scaffold rules: ${message}`, {
      file: path,
      ...(at ? { line: at.line, column: at.col } : {}),
    });
  }
  const rules: unknown = doc.toJS();
  if (!isRecord(rules) || !Array.isArray(rules.retention) || !isRecord(rules.other))
    throw new ConfigError(
      'broken national scaffold rules: expected `retention` (a list) and `other` (a mapping)',
      { file: path, line: 1, column: 1 },
    );
  return rules as unknown as NationalRetention;
}

const national = new Map<string, NationalRetention | undefined>();
/**
 * The national rules of a country (data/scaffold/national/<country>.yaml), undefined when it has
 * no such file: the catalogue as it is. A file that cannot be read or parsed is a ConfigError at
 * its line and column, never "no national rules". Read once per process and folder.
 */
export function nationalRetention(
  country: string,
  dir: string = SCAFFOLD_DIR,
): NationalRetention | undefined {
  if (!/^[A-Z]{2}$/.test(country)) return undefined;
  const key = `${dir}\0${country}`;
  if (!national.has(key)) national.set(key, readNational(dir, country));
  return national.get(key);
}
