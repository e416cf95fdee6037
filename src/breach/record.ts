/**
 * Incident records (REGISTER-FORMAT.md, incidents/<id>.yaml): finding one, turning it into the
 * input of the assessment, and writing it back in the schema's key order with its modeline.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { Document, isMap, isScalar, isSeq, type Pair, type YAMLMap } from 'yaml';
import { UsageError } from '../errors.js';
import { SCHEMA_DIR } from '../paths.js';
import type { FileRecord, Register } from '../register/load.js';
import type { Incident } from '../types/register.js';
import type { BreachAssessmentInput } from './assess.js';
import { anyVulnerable, assessedCategories } from './categories.js';

/** Top-level keys of incident.schema.json, in its order (the order files are written in). */
export const INCIDENT_KEYS = [
  'title',
  'status',
  'role',
  'discovered_at',
  'occurred_at',
  'types',
  'cause',
  'description',
  'activities',
  'data_categories',
  'data_subjects',
  'subjects_count',
  'records_count',
  'facts',
  'assessment',
  'notifications',
  'consequences',
  'measures_taken',
  'measures_planned',
  'closed_at',
] as const;

export const FACT_KEYS = ['encrypted', 'key_compromised', 'backup_available', 'restored_within_hours', 'exfiltrated', 'recipient_trusted', 'data_retrieved', 'vulnerable_subjects'] as const;
export const ASSESSMENT_KEYS = ['risk', 'notify_authority', 'notify_subjects', 'exemption', 'rationale', 'overridden', 'decided_at'] as const;
export const NOTIFICATION_KEYS = ['authority', 'subjects', 'controller'] as const;
export const AUTHORITY_NOTIFICATION_KEYS = ['at', 'authority', 'reference', 'phased', 'late_reason'] as const;
export const SUBJECTS_NOTIFICATION_KEYS = ['at', 'channel', 'count'] as const;

/** As the register examples are written: no line folding, `[a, b]` without inner spaces. */
export const TO_STRING = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Key order of each nested mapping, by path. */
const KEY_ORDER: Readonly<Record<string, readonly string[]>> = {
  '': INCIDENT_KEYS,
  facts: FACT_KEYS,
  assessment: ASSESSMENT_KEYS,
  notifications: NOTIFICATION_KEYS,
  'notifications.authority': AUTHORITY_NOTIFICATION_KEYS,
  'notifications.subjects': SUBJECTS_NOTIFICATION_KEYS,
  'notifications.controller': ['at'],
};

/** Where to look for the register: `path`, or for a file given without one, the file's folder. */
export function registerStart(incident: string, path: string | undefined): string {
  if (path !== undefined && path !== '.') return path;
  return /[\\/]|\.ya?ml$/.test(incident) ? dirname(incident) : '.';
}

/** An incident by id (`2026-03-14-lost-laptop`) or by file path (relative to `cwd`). */
export function findIncident(register: Register, ref: string, cwd: string): FileRecord<Incident> {
  const byId = register.records.incident.get(ref);
  if (byId) return byId;
  if (/[\\/]|\.ya?ml$/.test(ref)) {
    const abs = isAbsolute(ref) ? ref : resolve(cwd, ref);
    for (const record of register.records.incident.values()) if (record.file.absPath === abs) return record;
    const id = basename(ref).replace(/\.ya?ml$/, '');
    const sameId = register.records.incident.get(id);
    if (sameId && !existsSync(abs)) return sameId;
  }
  const known = [...register.records.incident.keys()].sort();
  throw new UsageError(`no incident "${ref}" in ${join(register.root, 'incidents')}${known.length ? `; known incidents: ${known.join(', ')}` : ' (there is none yet; record one with `gdpr breach new`)'}`);
}

/** The assessment's input from a recorded incident and the register's catalogues. */
export function assessmentInput(incident: Incident, register: Register, now: Date): BreachAssessmentInput {
  const input: BreachAssessmentInput = {
    types: incident.types,
    data_categories: assessedCategories(incident.data_categories, register.catalogs['data-categories']),
    vulnerable_subjects: anyVulnerable(incident.data_subjects, register.catalogs['data-subjects']),
    discovered_at: incident.discovered_at,
    now,
  };
  if (incident.cause !== undefined) input.cause = incident.cause;
  if (incident.role !== undefined) input.role = incident.role;
  if (incident.subjects_count !== undefined) input.subjects_count = incident.subjects_count;
  if (incident.records_count !== undefined) input.records_count = incident.records_count;
  if (incident.facts !== undefined) input.facts = incident.facts;
  if (incident.assessment?.exemption === 'disproportionate-effort') input.disproportionate_effort = true;
  return input;
}

/** Modeline pointing editors at the package's incident schema, relative to the file's folder. */
export function incidentModeline(fileAbs: string): string {
  const rel = relative(dirname(fileAbs), join(SCHEMA_DIR, 'incident.schema.json')).split(sep).join(posix.sep);
  return `# yaml-language-server: $schema=${rel}\n`;
}

function ordered(value: unknown, path: string): unknown {
  if (Array.isArray(value)) return value;
  if (value === null || typeof value !== 'object') return value;
  const order = KEY_ORDER[path] ?? [];
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => rank(order, a) - rank(order, b));
  return Object.fromEntries(entries.map(([k, v]) => [k, ordered(v, path === '' ? k : `${path}.${k}`)]));
}

function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
}

/** Short lists and counts in flow style, as in the register examples (`types: [confidentiality]`). */
function flowShortCollections(doc: Document): void {
  const visit = (node: unknown): void => {
    if (isSeq(node)) {
      if (node.items.every((i) => isScalar(i))) node.flow = true;
      for (const i of node.items) visit(i);
    } else if (isMap(node)) {
      const keys = node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
      if (keys.length > 0 && keys.every((k) => k === 'min' || k === 'max')) node.flow = true;
      for (const p of node.items) visit(p.value);
    }
  };
  visit(doc.contents);
}

/** The text of a new incident file: modeline, then the keys in the schema's order. */
export function incidentYaml(incident: Incident, fileAbs: string): string {
  const doc = new Document(ordered(incident, ''));
  flowShortCollections(doc);
  return incidentModeline(fileAbs) + doc.toString(TO_STRING);
}

/**
 * Sets `path` in a parsed incident document, keeping every existing key, comment and the key
 * order; a new key is inserted before the first existing key that follows it in the schema.
 */
export function setInOrder(doc: Document, path: readonly string[], value: unknown): void {
  if (!isMap(doc.contents)) throw new Error('an incident file must be a mapping');
  let map: YAMLMap = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const orderPath = path.slice(0, i).join('.');
    const last = i === path.length - 1;
    const existing: Pair | undefined = map.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (last) {
      const node = doc.createNode(value);
      if (isMap(node) && Object.keys(value as object).every((k) => k === 'min' || k === 'max')) node.flow = true;
      if (existing) existing.value = node;
      else insertPair(map, doc.createPair(key, node), KEY_ORDER[orderPath] ?? []);
      return;
    }
    if (existing && isMap(existing.value)) {
      map = existing.value;
      continue;
    }
    const child = doc.createNode({}) as YAMLMap;
    if (existing) existing.value = child;
    else insertPair(map, doc.createPair(key, child), KEY_ORDER[orderPath] ?? []);
    map = child;
  }
}

function insertPair(map: YAMLMap, pair: Pair, order: readonly string[]): void {
  const key = String((pair.key as { value?: unknown }).value);
  const at = rank(order, key);
  const index = map.items.findIndex((p) => isScalar(p.key) && rank(order, String(p.key.value)) > at);
  if (index === -1) map.items.push(pair);
  else map.items.splice(index, 0, pair);
}
