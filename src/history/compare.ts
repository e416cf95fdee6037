/**
 * What changed between two states of a register, record by record and field by field. Pure:
 * it takes two loaded registers and returns sorted changes; words are added at the edge
 * (render.ts), field names come from the JSON Schemas' titles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_DIR } from '../paths.js';
import {
  CATALOG_KINDS,
  RECORD_KINDS,
  schemaFileName,
  type CatalogKind,
  type FileKind,
  type RecordKind,
} from '../register/kinds.js';
import type { Register } from '../register/load.js';

/** Sections of the report, in the order they are shown. */
export const SECTIONS = [
  'organisation',
  'activities',
  'transfers',
  'parties',
  'retention',
  'catalogues',
  'notices',
  'dpias',
  'incidents',
  'requests',
] as const;
export type Section = (typeof SECTIONS)[number];

export type Segment = string | number;

/** One difference inside a record: a value set, removed, changed, or list items added/removed. */
export interface FieldChange {
  path: Segment[];
  /** The field in words, from the schema titles: `legal basis of purpose 2`. */
  field: string;
  change: 'set' | 'unset' | 'changed' | 'added-items' | 'removed-items';
  from?: unknown;
  to?: unknown;
  items?: unknown[];
}

export interface RecordChange {
  section: Section;
  /** added / removed / changed; incidents and requests also opened / closed. */
  change: 'added' | 'removed' | 'changed' | 'opened' | 'closed';
  kind: FileKind;
  id: string;
  /** The record's name or title in the register's default language, when it has one. */
  title?: string;
  /** For a party: its kind (processor, …); for a transfer: the activity it belongs to. */
  detail?: string;
  fields: FieldChange[];
}

const SECTION_OF: Record<RecordKind | CatalogKind | 'config', Section> = {
  config: 'organisation',
  activity: 'activities',
  party: 'parties',
  notice: 'notices',
  incident: 'incidents',
  request: 'requests',
  dpia: 'dpias',
  review: 'organisation',
  retention: 'retention',
  'data-categories': 'catalogues',
  'data-subjects': 'catalogues',
  'security-measures': 'catalogues',
};

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A text value (`string` or `{en: …, fr: …}`) in the given language, else its first. */
export function textOf(value: unknown, lang: string): string | undefined {
  if (typeof value === 'string') return value;
  if (isTextValue(value)) {
    const own = value[lang];
    if (typeof own === 'string') return own;
    const first = Object.values(value).find((v) => typeof v === 'string');
    return typeof first === 'string' ? first : undefined;
  }
  return undefined;
}

function titleOf(data: unknown, lang: string): string | undefined {
  if (!isObject(data)) return undefined;
  return textOf(data.name, lang) ?? textOf(data.title, lang);
}

// ---- Field names from the schemas -------------------------------------------------------

type Schema = Json;
const schemaFiles = new Map<string, Schema>();

function schemaFile(name: string): Schema {
  let s = schemaFiles.get(name);
  if (s === undefined) {
    s = JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8')) as Schema;
    schemaFiles.set(name, s);
  }
  return s;
}

/** Follows `$ref`s (`#/definitions/x`, `common.schema.json#/definitions/x`), keeping titles. */
function deref(node: Schema, file: string): { node: Schema; file: string } {
  let current = node;
  let currentFile = file;
  for (let i = 0; i < 10 && typeof current.$ref === 'string'; i++) {
    const [target = '', pointer = ''] = current.$ref.split('#');
    const nextFile = target === '' ? currentFile : target;
    let resolved: unknown = schemaFile(nextFile);
    for (const part of pointer.split('/').filter((p) => p !== '')) {
      resolved = isObject(resolved) ? resolved[part] : undefined;
    }
    if (!isObject(resolved)) break;
    const { $ref: _ignored, ...own } = current;
    current = { ...resolved, ...own };
    currentFile = nextFile;
  }
  return { node: current, file: currentFile };
}

function lower(title: string): string {
  // Acronyms (DPO, DPIA) and article references keep their capitals.
  if (/^[A-Z0-9]{2,}\b/.test(title) || title.startsWith('Art.')) return title;
  return title.charAt(0).toLowerCase() + title.slice(1);
}

/**
 * The field at `path` in words, innermost first: `['purposes', 1, 'legal_basis']` is
 * `legal basis of purpose 2`; an item keyed by id is named by it (`data item email`).
 */
export function fieldWords(
  kind: FileKind,
  path: readonly Segment[],
  keys: readonly string[] = [],
): string {
  let cursor: { node: Schema; file: string } | undefined = deref(
    schemaFile(schemaFileName(kind)),
    schemaFileName(kind),
  );
  // Catalogues are lists of entries: their path starts inside one entry.
  if (CATALOG_KINDS.includes(kind as CatalogKind) && cursor.node.type === 'array') {
    const items = cursor.node.items;
    cursor = isObject(items) ? deref(items, cursor.file) : undefined;
  }
  const parts: string[] = [];
  path.forEach((segment, i) => {
    const node = cursor?.node;
    if (typeof segment === 'number') {
      const items = node?.items;
      const itemNode = isObject(items) && cursor ? deref(items, cursor.file) : undefined;
      const itemTitle = itemNode?.node.title;
      const name = lower(typeof itemTitle === 'string' ? itemTitle : 'item');
      const key = keys[i];
      parts.push(key === undefined ? `${name} ${segment + 1}` : `${name} ${key}`);
      cursor = itemNode;
      return;
    }
    const props = node?.properties;
    const prop = isObject(props) ? props[segment] : undefined;
    const propNode = isObject(prop) && cursor ? deref(prop, cursor.file) : undefined;
    const next = path[i + 1];
    // A list's own title is skipped when an item follows ("purpose 2", not "purposes purpose 2").
    if (typeof next !== 'number') {
      const title = propNode?.node.title;
      parts.push(lower(typeof title === 'string' ? title : segment.replace(/_/g, ' ')));
    }
    cursor = propNode;
  });
  return parts.reverse().join(' of ');
}

// ---- Deep comparison --------------------------------------------------------------------

const ITEM_KEYS = ['id', 'category', 'party', 'measure', 'country'];

/** The key that names list items, when every item of both lists has a distinct one. */
function itemKey(a: readonly unknown[], b: readonly unknown[]): string | undefined {
  const all = [...a, ...b];
  if (all.length === 0 || !all.every(isObject)) return undefined;
  return ITEM_KEYS.find((key) =>
    [a, b].every((list) => {
      const values = list.map((item) => (isObject(item) ? item[key] : undefined));
      return values.every((v) => typeof v === 'string') && new Set(values).size === values.length;
    }),
  );
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (isObject(v)) {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeys(v[k])]),
    );
  }
  return v;
}

function isTextValue(v: unknown): v is Json {
  return isObject(v) && Object.keys(v).every((k) => /^[a-z]{2}$/.test(k));
}

function diffValue(
  kind: FileKind,
  before: unknown,
  after: unknown,
  path: Segment[],
  keys: string[],
  out: FieldChange[],
): void {
  if (same(before, after)) return;
  const field = (): string => fieldWords(kind, path, keys);
  // A list that appears or disappears is told item by item, as any other list change.
  if (
    (before === undefined && Array.isArray(after)) ||
    (after === undefined && Array.isArray(before))
  ) {
    diffList(
      kind,
      Array.isArray(before) ? before : [],
      Array.isArray(after) ? after : [],
      path,
      keys,
      out,
    );
    return;
  }
  if (before === undefined) {
    out.push({ path, field: field(), change: 'set', to: after });
    return;
  }
  if (after === undefined) {
    out.push({ path, field: field(), change: 'unset', from: before });
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    diffList(kind, before, after, path, keys, out);
    return;
  }
  if (isObject(before) && isObject(after) && !isTextValue(before) && !isTextValue(after)) {
    const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const name of names)
      diffValue(kind, before[name], after[name], [...path, name], keys, out);
    return;
  }
  out.push({ path, field: field(), change: 'changed', from: before, to: after });
}

function diffList(
  kind: FileKind,
  before: readonly unknown[],
  after: readonly unknown[],
  path: Segment[],
  keys: string[],
  out: FieldChange[],
): void {
  const scalars = [...before, ...after].every((v) => !isObject(v) && !Array.isArray(v));
  if (scalars) {
    const added = after.filter((v) => !before.some((w) => same(v, w)));
    const removed = before.filter((v) => !after.some((w) => same(v, w)));
    const field = fieldWords(kind, path, keys);
    if (added.length > 0) out.push({ path, field, change: 'added-items', items: added });
    if (removed.length > 0) out.push({ path, field, change: 'removed-items', items: removed });
    return;
  }
  const key = itemKey(before, after);
  if (key === undefined) {
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length; i++) diffValue(kind, before[i], after[i], [...path, i], keys, out);
    return;
  }
  const named = (list: readonly unknown[]): Map<string, { item: unknown; index: number }> =>
    new Map(list.map((item, index) => [String((item as Json)[key]), { item, index }]));
  const old = named(before);
  const now = named(after);
  for (const name of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const a = old.get(name);
    const b = now.get(name);
    const index = b?.index ?? a?.index ?? 0;
    const itemKeys = [...keys];
    itemKeys[path.length] = name;
    diffValue(kind, a?.item, b?.item, [...path, index], itemKeys, out);
  }
}

/** The field differences between two versions of one record. */
export function diffRecord(kind: FileKind, before: unknown, after: unknown): FieldChange[] {
  const out: FieldChange[] = [];
  diffValue(kind, before, after, [], [], out);
  return out;
}

// ---- Registers --------------------------------------------------------------------------

interface Entry {
  kind: FileKind;
  id: string;
  data: unknown;
}

function entries(register: Register): Map<string, Entry> {
  const out = new Map<string, Entry>();
  if (register.config !== undefined) {
    out.set('config\0gdpr', { kind: 'config', id: 'gdpr.yaml', data: register.config.data });
  }
  for (const kind of RECORD_KINDS) {
    if (kind === 'review') continue;
    for (const [id, record] of register.records[kind])
      out.set(`${kind}\0${id}`, { kind, id, data: record.data });
  }
  for (const kind of CATALOG_KINDS) {
    for (const [id, entry] of register.catalogs[kind])
      out.set(`${kind}\0${id}`, { kind, id, data: entry.data });
  }
  return out;
}

function lifecycle(
  kind: FileKind,
  before: unknown,
  after: unknown,
): 'opened' | 'closed' | undefined {
  if (kind !== 'incident' && kind !== 'request') return undefined;
  const status = (v: unknown): unknown => (isObject(v) ? v.status : undefined);
  const wasOpen = before !== undefined && status(before) === 'open';
  const isOpen = after !== undefined && status(after) === 'open';
  if (before === undefined && after !== undefined) return isOpen ? 'opened' : undefined;
  if (wasOpen && after !== undefined && !isOpen) return 'closed';
  return undefined;
}

function transferChanges(
  id: string,
  title: string | undefined,
  fields: readonly FieldChange[],
): RecordChange[] {
  const ofTransfers = fields.filter((f) => f.path[0] === 'transfers');
  if (ofTransfers.length === 0) return [];
  return [
    {
      section: 'transfers',
      change: 'changed',
      kind: 'activity',
      id,
      title,
      fields: [...ofTransfers],
    },
  ];
}

/**
 * Every change from `before` to `after`, sorted by section, then record kind and id. An added
 * or removed activity with transfers also lists them under transfers.
 */
export function compareRegisters(before: Register, after: Register, lang: string): RecordChange[] {
  const old = entries(before);
  const now = entries(after);
  const changes: RecordChange[] = [];
  for (const key of [...new Set([...old.keys(), ...now.keys()])]) {
    const a = old.get(key);
    const b = now.get(key);
    const entry = b ?? a;
    if (entry === undefined) continue;
    const section = SECTION_OF[entry.kind];
    const title = titleOf(b?.data ?? a?.data, lang);
    const detail =
      entry.kind === 'party' && isObject(entry.data) && typeof entry.data.kind === 'string'
        ? entry.data.kind
        : undefined;
    const fields = diffRecord(entry.kind, a?.data, b?.data);
    if (a !== undefined && b !== undefined && fields.length === 0) continue;
    const base = { section, kind: entry.kind, id: entry.id, title, ...(detail ? { detail } : {}) };
    const event = lifecycle(entry.kind, a?.data, b?.data);
    if (event !== undefined) changes.push({ ...base, change: event, fields: [] });
    if ((a === undefined || b === undefined) && event !== 'opened') {
      changes.push({ ...base, change: a === undefined ? 'added' : 'removed', fields: [] });
    }
    if (a !== undefined && b !== undefined) {
      changes.push({ ...base, change: 'changed', fields });
    }
    if (entry.kind === 'activity') {
      const transferFields =
        a !== undefined && b !== undefined
          ? fields
          : diffRecord(
              'activity',
              a === undefined ? {} : { transfers: (a.data as Json).transfers },
              b === undefined ? {} : { transfers: (b.data as Json).transfers },
            );
      changes.push(...transferChanges(entry.id, title, transferFields));
    }
  }
  return changes.sort(compareChanges);
}

const CHANGE_ORDER = ['opened', 'closed', 'added', 'removed', 'changed'];

function compareChanges(a: RecordChange, b: RecordChange): number {
  return (
    SECTIONS.indexOf(a.section) - SECTIONS.indexOf(b.section) ||
    (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
    CHANGE_ORDER.indexOf(a.change) - CHANGE_ORDER.indexOf(b.change)
  );
}
