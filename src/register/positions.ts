import type { Node, Pair } from 'yaml';
import { yamlLib } from './yaml-lib.js';

/**
 * What positions need from a parsed YAML file, kept while its syntax tree is in hand so that the
 * tree can be dropped: one parse per file, and a few integers per node instead of the tree. A
 * position is then found without the file's text.
 *
 * Nodes are stored in document order (a map's values, a sequence's items), FIELDS integers each.
 * The key of a map value is kept as its source range and, when its text is its name, as the
 * number of that name in a table shared by every file (`keyIds`); only keys whose text differs
 * from their name (quoted keys, numbers) keep a string. A map or sequence keeps as its end the
 * end of its first line, all a finding on it underlines.
 */
const FIELDS = 7;
const F_TYPE = 0;
const F_START = 1;
/** For a map or a sequence, the end of its first line (or its end, when on one line). */
const F_END = 2;
const F_KEY_START = 3;
const F_KEY_END = 4;
/** Subtree size in nodes (itself included); for an alias, the index of the node it resolves to. */
const F_SIZE = 5;
/** The number of the key's name in `keyIds`; -1 when the table is full or the key has none. */
const F_KEY_ID = 6;

/**
 * Key names, numbered: a register uses a few hundred (its schema's properties, languages, ids),
 * and a number in the table costs less than the file's text kept to compare them.
 */
const keyIds = new Map<string, number>();
const MAX_KEY_IDS = 0x7fff;

function keyIdOf(name: string): number {
  let id = keyIds.get(name);
  if (id === undefined) {
    if (keyIds.size >= MAX_KEY_IDS) return -1;
    id = keyIds.size;
    keyIds.set(detached(name), id);
  }
  return id;
}

/** Offsets and counts below this fit in an Int16Array. */
const SHORT = 0x7fff;

/** Node kinds; those exported are what a reader filling a `PositionsBuilder` writes. */
export const T_MAP = 1;
export const T_SEQ = 2;
export const T_SCALAR = 3;
const T_ALIAS = 4;
/** A map value that is absent altogether (`{ a }`): no node, no range. */
const T_NONE = 5;
/** A scalar whose value is null and whose range is empty (`key:` with nothing after it). */
export const T_EMPTY = 6;
/** Any other node kind: located, never walked into. */
const T_OTHER = 7;

export interface Positions {
  /**
   * FIELDS integers per node, document order; index 0 is the document's contents. A short file
   * (every offset and count below 2^15) keeps them as a `PackedTable`.
   */
  readonly nodes: Int32Array | PackedTable;
  /** Keys whose string is not their source text, by node index. */
  readonly keys: ReadonlyMap<number, string> | undefined;
}

/**
 * The string as a copy of its own. yaml cuts a scalar out of the file's text, and V8 keeps such
 * a cut as a view that holds the whole text alive: a copy lets the text go (a clean file does
 * not keep it).
 */
export function detached(s: string): string {
  // Joining two parts builds one new flat string (a cut of a concatenation would be a cut again).
  return [s.slice(0, 1), s.slice(1)].join('');
}

/**
 * Fills a position table in document order: `add` a node (before its children), `close` it once
 * its children are in, and `finish` with the text's length.
 */
export class PositionsBuilder {
  #nodes = new Int32Array(64 * FIELDS);
  #count = 0;
  #keys: Map<number, string> | undefined;

  /** A node with no key, its subtree size 1 until it is closed. */
  add(type: number, start: number, end: number): number {
    const i = this.#count++;
    if ((i + 1) * FIELDS > this.#nodes.length) {
      const grown = new Int32Array(this.#nodes.length * 2);
      grown.set(this.#nodes);
      this.#nodes = grown;
    }
    const n = this.#nodes;
    const o = i * FIELDS;
    n[o + F_TYPE] = type;
    n[o + F_START] = start;
    n[o + F_END] = end;
    n[o + F_KEY_START] = -1;
    n[o + F_KEY_END] = -1;
    n[o + F_SIZE] = 1;
    n[o + F_KEY_ID] = -1;
    return i;
  }

  /**
   * The key node `i` is the value of: its source range and its name. A key whose text is its
   * name (`asText`) is kept as the name's number; any other keeps its name.
   */
  key(i: number, start: number, end: number, name: string, asText: boolean): void {
    const o = i * FIELDS;
    this.#nodes[o + F_KEY_START] = start;
    this.#nodes[o + F_KEY_END] = end;
    if (asText) this.#nodes[o + F_KEY_ID] = keyIdOf(name);
    else (this.#keys ??= new Map()).set(i, detached(name));
  }

  /** Sets one field of node `i` (for an alias, `size` is the node it resolves to). */
  set(i: number, field: 'type' | 'start' | 'end' | 'size', value: number): void {
    const f = { type: F_TYPE, start: F_START, end: F_END, size: F_SIZE }[field];
    this.#nodes[i * FIELDS + f] = value;
  }

  /** Ends node `i`: its subtree is every node added since. */
  close(i: number): void {
    this.#nodes[i * FIELDS + F_SIZE] = this.#count - i;
  }

  finish(textLength: number): Positions {
    return {
      nodes: narrowed(this.#nodes.subarray(0, this.#count * FIELDS), textLength),
      keys: this.#keys,
    };
  }
}

/** Builds the position table of a document's contents (null contents: no table). */
export function buildPositions(contents: Node | null, text: string): Positions | undefined {
  if (contents === null) return undefined;
  const { isAlias, isMap, isScalar, isSeq } = yamlLib();
  const table = new PositionsBuilder();
  const anchors = new Map<string, number>();

  const add = (node: Node | null, key: Node | null): void => {
    const i = node === null ? table.add(T_NONE, -1, -1) : table.add(T_OTHER, -1, -1);
    if (key?.range && isScalar(key)) {
      const name = String(key.value);
      table.key(
        i,
        key.range[0],
        key.range[1],
        name,
        text.slice(key.range[0], key.range[1]) === name,
      );
    } else if (key) {
      // A key that is not a scalar (never matched), or has no range.
      const [start, end] = key.range ?? [-1, -1];
      table.key(i, start, end, '\u0000complex', false);
    }
    if (node === null) return;
    if (node.range) {
      table.set(i, 'start', node.range[0]);
      table.set(i, 'end', node.range[1]);
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, i);
    if ((isMap(node) || isSeq(node)) && node.range) {
      // A finding on a whole map or sequence underlines its first line only, not the block.
      const nl = text.indexOf('\n', node.range[0]);
      if (nl >= 0 && nl < node.range[1]) table.set(i, 'end', text[nl - 1] === '\r' ? nl - 1 : nl);
    }
    if (isMap(node)) {
      table.set(i, 'type', T_MAP);
      for (const pair of node.items as Pair<Node | null, Node | null>[]) add(pair.value, pair.key);
    } else if (isSeq(node)) {
      table.set(i, 'type', T_SEQ);
      for (const item of node.items as (Node | null)[]) add(item, null);
    } else if (isAlias(node)) {
      table.set(i, 'type', T_ALIAS);
      table.set(i, 'size', anchors.get(node.source) ?? -1);
      return;
    } else if (isScalar(node)) {
      const empty = node.value === null && (!node.range || node.range[0] === node.range[1]);
      table.set(i, 'type', empty ? T_EMPTY : T_SCALAR);
      return;
    } else {
      return;
    }
    table.close(i);
  };
  add(contents, null);
  return table.finish(text.length);
}

/**
 * A stored table's key numbers made anew from the text (the numbers are those of the run that
 * built it; this run numbers names in the order it meets them).
 */
export function renumberKeys(
  nodes: Int32Array,
  text: string,
  keys: ReadonlyMap<number, string> | undefined,
): void {
  for (let i = 0; i * FIELDS < nodes.length; i++) {
    const o = i * FIELDS;
    const start = at(nodes, o + F_KEY_START);
    nodes[o + F_KEY_ID] =
      start >= 0 && keys?.has(i) !== true
        ? keyIdOf(text.slice(start, at(nodes, o + F_KEY_END)))
        : -1;
  }
}

/**
 * Integers from -1 to 2^16 - 2, each kept as the char code of a string, plus one: 16 bits each,
 * with no typed array and buffer around them (a couple of hundred bytes a file, which a large
 * register has tens of thousands of). Position tables of short files and line starts of texts
 * under 2^16 - 1 characters are kept so.
 */
export type PackedTable = string;

/**
 * A position table in the width its file needs: packed 16 bits when the text and the node count
 * are short, else a copy of its own. Also used to restore a stored table as a parse would build
 * it.
 */
export function narrowed(nodes: Int32Array, textLength: number): Int32Array | PackedTable {
  const short = textLength < SHORT && nodes.length / FIELDS < SHORT;
  if (!short) return nodes.slice();
  return packed(nodes);
}

/** Integers from -1 to 2^16 - 2 as a `PackedTable`: one flat string of their codes plus one. */
function packed(values: ArrayLike<number>): PackedTable {
  const codes = new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) codes[i] = (values[i] ?? 0) + 1;
  // The code units as they are (no check of surrogates), in one native copy: UCS-2 is read
  // little-endian, the order of the array on nearly every machine Node runs on.
  if (LITTLE_ENDIAN)
    return Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).toString('ucs2');
  let joined = '';
  for (let i = 0; i < codes.length; i += 8192)
    joined += String.fromCharCode(...codes.subarray(i, i + 8192));
  return detached(joined);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The integers of a table, unpacked. */
export function tableValues(nodes: Int32Array | PackedTable): Int32Array {
  if (typeof nodes !== 'string') return Int32Array.from(nodes);
  const out = new Int32Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) out[i] = nodes.charCodeAt(i) - 1;
  return out;
}

function at(table: Int32Array | Int16Array | PackedTable, index: number): number {
  if (typeof table === 'string') return index < table.length ? table.charCodeAt(index) - 1 : 0;
  return table[index] ?? 0;
}

export interface Located {
  /** Node index, or -1 when the path ends on an absent value. */
  node: number;
  /** Index of the node whose key was last crossed, or -1. */
  key: number;
  exact: boolean;
}

/**
 * Walks the table as `locateNode` walks a tree: through maps by key and sequences by index,
 * resolving aliases, stopping at the closest existing node when the path does not exist.
 */
export function findInPositions(
  p: Positions,
  text: () => string,
  path: readonly (string | number)[],
): Located {
  const n = p.nodes;
  let node = 0;
  let key = -1;
  for (const seg of path) {
    if (at(n, node * FIELDS + F_TYPE) === T_ALIAS) {
      const target = at(n, node * FIELDS + F_SIZE);
      if (target >= 0) node = target;
    }
    const type = at(n, node * FIELDS + F_TYPE);
    const end = node + at(n, node * FIELDS + F_SIZE);
    if (type === T_MAP) {
      const name = String(seg);
      let found = -1;
      for (let c = node + 1; c < end; c += childSize(n, c)) {
        if (keyIs(p, text, c, name)) {
          found = c;
          break;
        }
      }
      if (found < 0) return { node, key, exact: false };
      key = found;
      node = found;
      if (at(n, node * FIELDS + F_TYPE) === T_NONE) return { node: -1, key, exact: true };
    } else if (type === T_SEQ && typeof seg === 'number') {
      let c = node + 1;
      for (let k = 0; k < seg && c < end; k++) c += childSize(n, c);
      if (c >= end) return { node, key, exact: false };
      key = -1;
      node = c;
    } else {
      return { node, key, exact: false };
    }
  }
  return { node, key, exact: true };
}

function childSize(n: Int32Array | PackedTable, c: number): number {
  return at(n, c * FIELDS + F_TYPE) === T_ALIAS ? 1 : at(n, c * FIELDS + F_SIZE);
}

function keyIs(p: Positions, text: () => string, c: number, name: string): boolean {
  const special = p.keys?.get(c);
  if (special !== undefined) return special === name;
  const start = at(p.nodes, c * FIELDS + F_KEY_START);
  if (start < 0) return false;
  const id = at(p.nodes, c * FIELDS + F_KEY_ID);
  if (id >= 0) return keyIds.get(name) === id;
  // A key past the table's capacity: its text says.
  const end = at(p.nodes, c * FIELDS + F_KEY_END);
  return end - start === name.length && text().startsWith(name, start);
}

/** Offsets [start, end) to underline, with the same choices as `locateRange` over a tree. */
export function rangeInPositions(
  p: Positions,
  text: () => string,
  path: readonly (string | number)[],
  target: 'value' | 'key',
): [number, number] {
  const found = findInPositions(p, text, path);
  const n = p.nodes;
  const type = found.node < 0 ? T_NONE : at(n, found.node * FIELDS + F_TYPE);
  const emptyValue = found.node < 0 || type === T_EMPTY;
  const useKey = found.key >= 0 && (target === 'key' || !found.exact || emptyValue);
  let start: number;
  let end: number;
  if (useKey) {
    start = at(n, found.key * FIELDS + F_KEY_START);
    end = at(n, found.key * FIELDS + F_KEY_END);
  } else {
    if (found.node < 0) return [0, 0];
    start = at(n, found.node * FIELDS + F_START);
    end = at(n, found.node * FIELDS + F_END);
  }
  if (start < 0) return [0, 0];
  // A whole map or sequence as a target: its end is that of its first line (buildPositions).
  return [start, Math.max(end, start)];
}

/** The one-indexed line and column of an offset, as yaml's `LineCounter.linePos`. */
export interface LineIndex {
  linePos(offset: number): { line: number; col: number };
}

/**
 * The line index of a text, built on the first question: the line starts the parser records are
 * the offsets after each `\n` (test/register/positions.test.ts holds them to it).
 */
export class TextLines implements LineIndex {
  #text: string | undefined;
  #starts: Int32Array | Int16Array | undefined;
  constructor(text: string) {
    this.#text = text;
  }

  linePos(offset: number): { line: number; col: number } {
    const starts = (this.#starts ??= lineStarts(this.#text ?? ''));
    this.#text = undefined;
    return linePosIn(starts, offset);
  }
}

/**
 * The offsets where the lines of `text` start, for a clean file to keep. A text shorter than
 * 2^16 keeps them as the char codes of a string (2 bytes each, no typed array and its buffer
 * around them: a few dozen bytes for a register file instead of a few hundred).
 */
export type LineStarts = PackedTable | Int32Array;

export function lineStartsOf(text: string): LineStarts {
  const starts = lineStarts(text);
  // A start is at most the text's length: below 2^16 - 1, it packs.
  return text.length < 0xffff ? packed(starts) : starts;
}

function lineStarts(text: string): Int32Array {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  let k = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
  return starts;
}

/** As yaml's `LineCounter.linePos`, over packed line starts. */
export function linePosIn(
  starts: Int32Array | Int16Array | LineStarts,
  offset: number,
): { line: number; col: number } {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (at(starts, mid) < offset) low = mid + 1;
    else high = mid;
  }
  if (low < starts.length && at(starts, low) === offset) return { line: low + 1, col: 1 };
  if (low === 0) return { line: 0, col: offset };
  return { line: low, col: offset - at(starts, low - 1) + 1 };
}
