/**
 * Partial validation: what the rules may read of a file that has schema problems.
 *
 * A value that fails its schema is removed from a copy of the data; when removing it leaves its
 * parent invalid (a required key is now missing), the parent goes too, and so on up. Two
 * exceptions keep the rest usable: a required value of the right type that only fails a format,
 * pattern or length (an e-mail address without `@`; never a date or a duration, which rules
 * compute on) stays as written, so that one typo does not
 * take its whole mapping away; and a value inside a list takes the whole list with it (removing
 * one item would shift the positions of the others). What is left has the shape the generated
 * types promise; the schema problems themselves are reported as they are. When nothing is left
 * (the document itself is unusable), the file is not handed to the rules at all.
 */
import type { FileKind } from './kinds.js';
import type { DocPath } from './source.js';
import { validateDocument, type SchemaProblem } from './validate.js';

export interface Pruned {
  /** The data with every invalid part removed; undefined when the document itself is unusable. */
  data: unknown;
  /** The paths that failed their schema (removed, or kept as written), in the original document. */
  invalid: DocPath[];
}

/** More rounds than any real nesting needs: each round removes or keeps at least one value. */
const MAX_ROUNDS = 32;

/** Keywords that leave a value of the right type: keeping it keeps the types true. */
const SAME_TYPE = new Set([
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
]);

/**
 * `problems` are those of `data` (already found by the caller). `keepIndex`: the document is a
 * catalogue list, whose entries are kept one by one (an unusable entry becomes `undefined`
 * in place, and the others keep their index).
 */
export function pruneInvalid(
  kind: FileKind,
  data: unknown,
  problems: readonly SchemaProblem[],
  keepIndex = false,
): Pruned {
  if (problems.length === 0) return { data, invalid: [] };
  const copy: unknown = structuredClone(data);
  const invalid: DocPath[] = [];
  const kept: DocPath[] = [];
  const open = (found: readonly SchemaProblem[]): SchemaProblem[] =>
    found.filter(
      (p) =>
        !kept.some((k) => samePath(k, p.path)) &&
        !(keepIndex && Array.isArray(copy) && gone(copy, p.path[0])),
    );
  let found = open(problems);
  for (let round = 0; round < MAX_ROUNDS && found.length > 0; round++) {
    for (const p of found) {
      const cut = removable(p.path, keepIndex);
      if (cut.length === 0) return { data: undefined, invalid: [[]] };
      if (
        p.keyword &&
        SAME_TYPE.has(p.keyword) &&
        !computedOn(p) &&
        cut === p.path &&
        requiredHere(kind, copy, cut)
      ) {
        kept.push(cut);
        invalid.push(cut);
        continue;
      }
      if (removeAt(copy, cut) !== undefined) invalid.push(cut);
    }
    found = open(validateDocument(kind, copy));
  }
  if (found.length > 0) return { data: undefined, invalid: [[]] };
  return { data: copy, invalid };
}

/**
 * Dates, instants and durations are computed on (deadlines, review periods): one that fails its
 * format is never kept as written, whatever it takes with it; an e-mail address or a URL is only
 * shown, so it may stay.
 */
function computedOn(p: SchemaProblem): boolean {
  const expected = p.expected ?? '';
  return (
    ['date', 'date-time', 'iso-duration'].includes(expected) ||
    expected.startsWith('^\\d{4}') ||
    expected.startsWith('^P')
  );
}

/** Would removing the value at `path` make its parent miss a required key? (Tried, then undone.) */
function requiredHere(kind: FileKind, root: unknown, path: DocPath): boolean {
  const value = removeAt(root, path);
  if (value === undefined) return false;
  const parent = path.slice(0, -1);
  const key = String(path.at(-1));
  const missing = validateDocument(kind, root).some(
    (q) => q.keyword === 'required' && q.missing === key && samePath(q.path, parent),
  );
  setAt(root, path, value.value);
  return missing;
}

function samePath(a: DocPath, b: DocPath): boolean {
  return a.length === b.length && a.every((seg, i) => String(seg) === String(b[i]));
}

/** A catalogue entry already removed: the problems the list now has at its place are ours. */
function gone(list: readonly unknown[], index: string | number | undefined): boolean {
  return typeof index === 'number' && list[index] === undefined;
}

/** The path to remove for a problem at `path`: cut before the first list index (but a catalogue's own). */
function removable(path: DocPath, keepIndex: boolean): DocPath {
  const start = keepIndex ? 1 : 0;
  const i = path.findIndex((seg, j) => j >= start && typeof seg === 'number');
  return i < 0 ? path : path.slice(0, i);
}

type Container = Record<string | number, unknown>;

function parentOf(root: unknown, path: DocPath): Container | undefined {
  let node = root;
  for (const seg of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Container)[seg];
  }
  return node !== null && typeof node === 'object' ? (node as Container) : undefined;
}

/** Removes the value at `path`; returns it (boxed), or undefined when there was none. */
function removeAt(root: unknown, path: DocPath): { value: unknown } | undefined {
  const node = parentOf(root, path);
  const last = path.at(-1);
  if (node === undefined || last === undefined) return undefined;
  const value = node[last];
  if (Array.isArray(node) && typeof last === 'number') {
    if (value === undefined) return undefined;
    node[last] = undefined;
    return { value };
  }
  if (!Object.hasOwn(node, last)) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- removing a key by path is the point
  delete node[last];
  return { value };
}

function setAt(root: unknown, path: DocPath, value: unknown): void {
  const node = parentOf(root, path);
  const last = path.at(-1);
  if (node !== undefined && last !== undefined) node[last] = value;
}

/** True when `path` lies at or under one of `invalid`: that value failed its schema. */
export function underInvalid(invalid: readonly DocPath[], path: DocPath): boolean {
  return invalid.some(
    (r) => r.length <= path.length && r.every((seg, i) => String(seg) === String(path[i])),
  );
}
