/**
 * Files parsed earlier, handed back when their bytes are the same: what `check --cache` keeps per
 * file between runs, and what the parse workers send the main thread. A clean file's parse is its
 * data, its position table and its line starts; the text is decoded again from the bytes just
 * read. A file with syntax problems is never kept: it is parsed again, as without a store.
 *
 * `ParsedFiles.parse` has the signature of `parseFile` and is passed to `loadRegister`, so the
 * register is built exactly as on a run that parses everything: the result is the same.
 */
import { nodeCrypto } from '../builtins.js';
import type { FileKind } from '../register/kinds.js';
import { cleanFile, parseFile, type ParsedFile } from '../register/parse.js';
import {
  TextLines,
  narrowed,
  renumberKeys,
  tableValues,
  type LineIndex,
  type PackedTable,
  type Positions,
} from '../register/positions.js';

/**
 * One clean file's parse, keyed by the hash of its kind and bytes. Its data is either the value
 * itself (`data`, just parsed) or its JSON text (`json`, as stored): parsed when the file is used,
 * written back as it was read.
 */
export interface ParsedEntry {
  hash: string;
  data?: unknown;
  json?: string;
  positions: Positions | undefined;
  /** Offsets where the parser started a line (multi-line scalars hold line breaks of their own). */
  lineStarts: Int32Array;
}

/** The key of a file's parse: its kind and its bytes. */
export function contentHash(kind: FileKind, bytes: Uint8Array): string {
  return nodeCrypto().createHash('sha1').update(kind).update('\0').update(bytes).digest('base64');
}

/** The line starts of a line index, found by asking it about every offset after a line feed. */
function lineStartsOf(text: string, index: LineIndex): Int32Array {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
    if (index.linePos(i + 1).col === 1) starts.push(i + 1);
  return Int32Array.from(starts);
}

/** The entry of a parse worth keeping (a clean file), else undefined. */
export function entryOf(parsed: ParsedFile, hash: string): ParsedEntry | undefined {
  const { file, problems } = parsed;
  if (problems.length > 0 || file.doc !== undefined) return undefined;
  return {
    hash,
    data: file.data,
    positions: file.positions,
    // The text the parse just decoded: a clean file keeps none (reading it again costs a read).
    lineStarts:
      parsed.text === undefined
        ? lineStartsOf(file.text, file.lineCounter)
        : lineStartsOf(parsed.text, new TextLines(parsed.text)),
  };
}

/**
 * Entries as a few large values (one list per field, every integer in one array), which the
 * structured serializer writes and reads far faster than one small object per file.
 */
export interface PackedEntries {
  paths: string[];
  hashes: string[];
  /** JSON text, or `{ value }` for data JSON cannot carry (.nan, .inf, -0). */
  data: (string | { value: unknown })[];
  keys: ([number, string][] | null)[];
  /** Per entry: start and length of its nodes in `ints` (length -1: no positions), then of its line starts. */
  index: Int32Array;
  ints: Int32Array;
}

export function packEntries(entries: ReadonlyMap<string, ParsedEntry>): PackedEntries {
  const packed: PackedEntries = {
    paths: [],
    hashes: [],
    data: [],
    keys: [],
    index: new Int32Array(entries.size * 4),
    ints: new Int32Array(0),
  };
  let size = 0;
  for (const e of entries.values()) size += (e.positions?.nodes.length ?? 0) + e.lineStarts.length;
  const ints = new Int32Array(size);
  let at = 0;
  let n = 0;
  for (const [path, e] of entries) {
    packed.paths.push(path);
    packed.hashes.push(e.hash);
    packed.data.push(e.json ?? jsonOf(e.data) ?? { value: e.data });
    packed.keys.push(e.positions?.keys ? [...e.positions.keys] : null);
    const nodes = e.positions?.nodes;
    packed.index[n * 4] = at;
    packed.index[n * 4 + 1] = nodes ? nodes.length : -1;
    if (nodes) ints.set(tableValues(nodes), at);
    at += nodes?.length ?? 0;
    packed.index[n * 4 + 2] = at;
    packed.index[n * 4 + 3] = e.lineStarts.length;
    ints.set(e.lineStarts, at);
    at += e.lineStarts.length;
    n++;
  }
  packed.ints = ints;
  return packed;
}

/** The entries of `packed`; throws when it is not what packEntries wrote (a damaged file). */
export function unpackEntries(packed: Partial<PackedEntries>): Map<string, ParsedEntry> {
  const { paths, hashes, data, keys, index, ints } = packed;
  if (
    !Array.isArray(paths) ||
    !Array.isArray(hashes) ||
    !Array.isArray(data) ||
    !Array.isArray(keys) ||
    !(index instanceof Int32Array) ||
    !(ints instanceof Int32Array) ||
    hashes.length !== paths.length ||
    data.length !== paths.length ||
    keys.length !== paths.length ||
    index.length !== paths.length * 4
  )
    throw new Error('not a packed parse store');
  const entries = new Map<string, ParsedEntry>();
  const slice = (start: number, length: number): Int32Array => {
    if (start < 0 || length < 0 || start + length > ints.length) throw new Error('out of range');
    return ints.subarray(start, start + length);
  };
  paths.forEach((path, n) => {
    const hash = hashes[n];
    const nodeCount = index[n * 4 + 1] ?? -1;
    const lineStarts = slice(index[n * 4 + 2] ?? -1, index[n * 4 + 3] ?? -1);
    const pairs: unknown = keys[n];
    if (typeof path !== 'string' || typeof hash !== 'string' || lineStarts[0] !== 0) return;
    if (pairs !== null && !Array.isArray(pairs)) return;
    const value: unknown = data[n];
    const stored =
      typeof value === 'string'
        ? { json: value }
        : value !== null && typeof value === 'object' && 'value' in value
          ? { data: value.value }
          : undefined;
    if (!stored) return;
    entries.set(path, {
      hash,
      ...stored,
      positions:
        nodeCount < 0
          ? undefined
          : {
              nodes: slice(index[n * 4] ?? -1, nodeCount),
              keys: pairs === null ? undefined : new Map(pairs as [number, string][]),
            },
      lineStarts,
    });
  });
  return entries;
}

/** The JSON text of `data` when parsing it back gives the same value, else undefined. */
function jsonOf(data: unknown): string | undefined {
  const seen = { inexact: false };
  const text = JSON.stringify(data, (_key, value: unknown) => {
    if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0)))
      seen.inexact = true;
    return value;
  });
  return !seen.inexact && typeof text === 'string' ? text : undefined;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The parse of `bytes` rebuilt from an entry; undefined when the bytes do not decode. */
function fromEntry(
  entry: ParsedEntry,
  absPath: string,
  relPath: string,
  kind: FileKind,
  bytes: Uint8Array,
): ParsedFile | undefined {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return undefined;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let data: unknown;
  if (entry.json === undefined) data = entry.data;
  else
    try {
      data = JSON.parse(entry.json);
    } catch {
      return undefined;
    }
  const positions =
    entry.positions === undefined
      ? undefined
      : {
          nodes: narrowed(
            renumbered(entry.positions.nodes, text, entry.positions.keys),
            text.length,
          ),
          keys: entry.positions.keys,
        };
  return { file: cleanFile(absPath, relPath, kind, text, data, positions), problems: [] };
}

/**
 * A store of parses by absolute path. `parse` returns the stored parse of a file whose bytes
 * hash the same, else parses it (and keeps it when `keep` is set); `used` holds the entry of
 * every clean file parsed or reused, for the cache to write.
 */
export class ParsedFiles {
  readonly used = new Map<string, ParsedEntry>();
  hits = 0;

  constructor(
    private readonly known: ReadonlyMap<string, ParsedEntry>,
    private readonly keep: boolean,
  ) {}

  readonly parse = (
    absPath: string,
    relPath: string,
    kind: FileKind,
    bytes: Uint8Array,
  ): ParsedFile => {
    const hash = contentHash(kind, bytes);
    const entry = this.known.get(absPath);
    if (entry?.hash === hash) {
      const parsed = fromEntry(entry, absPath, relPath, kind, bytes);
      if (parsed) {
        this.hits++;
        if (this.keep) this.used.set(absPath, entry);
        return parsed;
      }
    }
    const parsed = parseFile(absPath, relPath, kind, bytes);
    if (this.keep) {
      const fresh = entryOf(parsed, hash);
      if (fresh) this.used.set(absPath, fresh);
    }
    return parsed;
  };
}

/** A stored table, its key numbers made anew for this run. */
function renumbered(
  nodes: Int32Array | PackedTable,
  text: string,
  keys: ReadonlyMap<number, string> | undefined,
): Int32Array {
  const copy = tableValues(nodes);
  renumberKeys(copy, text, keys);
  return copy;
}
