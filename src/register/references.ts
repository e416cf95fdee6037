import type { Register } from './load.js';
import type { CatalogKind, RecordKind } from './kinds.js';
import type { DocPath, SourceFile } from './source.js';

/** What an id can point at. */
export type ReferenceTarget = RecordKind | CatalogKind | 'department';

export interface Reference {
  file: SourceFile;
  path: DocPath;
  target: ReferenceTarget;
  id: string;
}

/**
 * Every place in the format that holds an id, as a path pattern (`*` = each list item).
 * The one table that reference checking, "unused" checking and renaming read.
 */
export const REFERENCE_FIELDS: readonly {
  in: RecordKind | 'config';
  path: readonly string[];
  target: ReferenceTarget;
}[] = [
  { in: 'activity', path: ['department'], target: 'department' },
  { in: 'activity', path: ['joint_controllers', '*'], target: 'party' },
  { in: 'activity', path: ['controllers', '*'], target: 'party' },
  { in: 'activity', path: ['data_subjects', '*'], target: 'data-subjects' },
  { in: 'activity', path: ['data', '*', 'category'], target: 'data-categories' },
  { in: 'activity', path: ['data', '*', 'retention'], target: 'retention' },
  { in: 'activity', path: ['recipients', '*', 'party'], target: 'party' },
  { in: 'activity', path: ['recipients', '*', 'department'], target: 'department' },
  { in: 'activity', path: ['transfers', '*', 'party'], target: 'party' },
  { in: 'activity', path: ['security_measures', '*'], target: 'security-measures' },
  { in: 'activity', path: ['dpia', 'ref'], target: 'dpia' },
  { in: 'party', path: ['sub_processors', '*'], target: 'party' },
  { in: 'notice', path: ['audience', '*'], target: 'data-subjects' },
  { in: 'notice', path: ['activities', '*'], target: 'activity' },
  { in: 'incident', path: ['activities', '*'], target: 'activity' },
  { in: 'incident', path: ['data_categories', '*'], target: 'data-categories' },
  { in: 'incident', path: ['data_subjects', '*'], target: 'data-subjects' },
  { in: 'request', path: ['activities', '*'], target: 'activity' },
  { in: 'dpia', path: ['activities', '*'], target: 'activity' },
];

const cache = new WeakMap<Register, Reference[]>();

/**
 * Walks the raw data of every parsed file (valid or not) and lists the ids it refers to.
 * Computed once per loaded register (several rules ask).
 */
export function collectReferences(register: Register): readonly Reference[] {
  const cached = cache.get(register);
  if (cached) return cached;
  const out: Reference[] = [];
  cache.set(register, out);
  for (const file of register.files) {
    if (file.data === undefined) continue;
    const kind = file.kind;
    for (const field of REFERENCE_FIELDS) {
      if (field.in !== kind) continue;
      walk(file.data, field.path, 0, [], (id, path) =>
        out.push({ file, path, target: field.target, id }),
      );
    }
  }
  return out;
}

function walk(
  node: unknown,
  pattern: readonly string[],
  i: number,
  at: (string | number)[],
  emit: (id: string, path: DocPath) => void,
): void {
  const seg = pattern[i];
  if (seg === undefined) {
    if (typeof node === 'string') emit(node, at);
    return;
  }
  if (seg === '*') {
    if (Array.isArray(node))
      node.forEach((item, j) => {
        walk(item, pattern, i + 1, [...at, j], emit);
      });
    return;
  }
  if (node && typeof node === 'object' && !Array.isArray(node) && seg in node) {
    walk((node as Record<string, unknown>)[seg], pattern, i + 1, [...at, seg], emit);
  }
}
