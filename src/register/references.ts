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

/**
 * Walks the raw data of every parsed file (valid or not) and yields the ids it refers to, in
 * file order then field order. Nothing is kept: a large register holds hundreds of thousands
 * of references, and walking the data again costs less than keeping them (and their paths)
 * while the rules run. Only the path of each reference is built as it is yielded.
 */
export function* collectReferences(register: Register): Generator<Reference, void, undefined> {
  const at: (string | number)[] = [];
  const found: { id: string; path: DocPath }[] = [];
  for (const file of register.files) {
    if (file.data === undefined) continue;
    const kind = file.kind;
    for (const field of REFERENCE_FIELDS) {
      if (field.in !== kind) continue;
      walk(file.data, field.path, 0, at, found);
      for (const f of found) yield { file, path: f.path, target: field.target, id: f.id };
      found.length = 0;
    }
  }
}

function walk(
  node: unknown,
  pattern: readonly string[],
  i: number,
  at: (string | number)[],
  found: { id: string; path: DocPath }[],
): void {
  const seg = pattern[i];
  if (seg === undefined) {
    // slice(): an exact copy of the path (a spread or a grown array keeps spare room).
    if (typeof node === 'string') found.push({ id: node, path: at.slice() });
    return;
  }
  if (seg === '*') {
    if (Array.isArray(node))
      for (let j = 0; j < node.length; j++) {
        at.push(j);
        walk(node[j], pattern, i + 1, at, found);
        at.pop();
      }
    return;
  }
  if (node && typeof node === 'object' && !Array.isArray(node) && seg in node) {
    at.push(seg);
    walk((node as Record<string, unknown>)[seg], pattern, i + 1, at, found);
    at.pop();
  }
}
