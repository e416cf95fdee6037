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

/** The national retention rules of data/scaffold/national/<country>.yaml. */
export interface NationalRetention {
  /** Entries replacing those of catalog/retention.yaml with the same id. */
  retention: readonly Record<string, unknown>[];
  /** What every other entry becomes (its id kept): a period the organisation sets. */
  other: Readonly<Record<string, unknown>>;
}

const national = new Map<string, NationalRetention | undefined>();
/** The national retention rules of a country, undefined when it has none (the catalogue as it is). */
export function nationalRetention(country: string): NationalRetention | undefined {
  if (!/^[A-Z]{2}$/.test(country)) return undefined;
  if (!national.has(country)) {
    let text: string | undefined;
    try {
      text = readScaffold(`national/${country}.yaml`);
    } catch {
      text = undefined;
    }
    national.set(country, text === undefined ? undefined : (parse(text) as NationalRetention));
  }
  return national.get(country);
}
