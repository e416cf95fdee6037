import { PositionsBuilder, T_EMPTY, T_MAP, T_SCALAR, T_SEQ, type Positions } from './positions.js';

/**
 * A reader for the YAML a register is written in, and nothing more: block maps and sequences,
 * flow maps and sequences on one line, plain and quoted scalars on one line, comments. For such a
 * file it gives what the `yaml` library and `buildPositions` give (the data, as the 1.2 core
 * schema resolves it, and the position table), in a fraction of the time: a small register is
 * read in the few milliseconds a command can spend before its first finding.
 *
 * Anything else (anchors, aliases, tags, block scalars, multi-line scalars or flow collections,
 * tabs, carriage returns, directives, documents markers, duplicate or non-string keys, an odd
 * indentation, any error) makes it give up, and the file is parsed by `yaml` as before. It never
 * decides that a file is wrong. test/register/quick-yaml.test.ts holds it to `yaml` over every
 * YAML file of the project and a generated corpus.
 */
export interface QuickParse {
  data: unknown;
  positions: Positions | undefined;
}

/** Thrown to give up; caught in `quickParse` only. */
class GiveUp extends Error {}
const GIVE_UP = new GiveUp('beyond the quick reader');

/**
 * Characters this reader does not handle anywhere: tabs, carriage returns, other control
 * characters, the byte-order mark, and the line breaks YAML 1.1 knew.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNHANDLED = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

/** Indicators a plain scalar cannot start with (`-`, `?` and `:` are checked apart). */
const NOT_PLAIN_FIRST = new Set([
  ',',
  '[',
  ']',
  '{',
  '}',
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  "'",
  '"',
  '%',
  '@',
  '`',
]);

const FLOW_END = new Set([',', '[', ']', '{', '}']);
/** What may end a plain scalar, in a block and in a flow collection. */
const BLOCK_STOPS = /[\n:#]/g;
const FLOW_STOPS = /[\n:#,[\]{}]/g;

/** The 1.2 core schema's plain-scalar patterns, in its order, and those this reader resolves. */
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const UNSIGNED = /^[0-9]+$/;
const FLOAT = /^(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** Other numbers of the core schema (signed, octal, hexadecimal, exponent, .inf, .nan). */
const OTHER_NUMBER = /^(?:[-+][0-9.]|0o|0x|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$|[-+]?[0-9.]+[eE])/;

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

/**
 * The data and position table of `text`, or undefined when `yaml` must read it. Each string
 * value is passed through `keep` (the copy a register keeps: `register/parse.ts`), and each list
 * is made to its exact length, as `tighten` does with the data of `yaml`.
 */
export function quickParse(
  text: string,
  keep: (s: string) => string = (s) => s,
): QuickParse | undefined {
  if (text.length === 0 || text.charCodeAt(text.length - 1) !== 10 || UNHANDLED.test(text))
    return undefined;
  try {
    return new Reader(text, keep).document();
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}

function giveUp(): never {
  throw GIVE_UP;
}

interface Scalar {
  start: number;
  end: number;
  value: unknown;
}

class Reader {
  readonly #t: string;
  readonly #table = new PositionsBuilder();
  /** The start of the next content line found by `#nextLine`, and its indentation. */
  #line = 0;
  #indent = 0;

  readonly #keep: (s: string) => string;

  constructor(text: string, keep: (s: string) => string) {
    this.#t = text;
    this.#keep = keep;
  }

  document(): QuickParse {
    const t = this.#t;
    if (!this.#nextLine(0)) return { data: null, positions: undefined };
    if (this.#indent !== 0) giveUp();
    const p = this.#line;
    const c = t[p];
    // Directives, document markers and a document that is a scalar or a flow collection.
    if (c === '%' || t.startsWith('---', p) || t.startsWith('...', p)) giveUp();
    let data: unknown;
    if (this.#isSeqItem(p)) data = this.#blockSeq(p, 0);
    else data = this.#blockMap(p, 0);
    // The root is the whole document: nothing may follow it.
    if (this.#line < t.length) giveUp();
    return { data, positions: this.#table.finish(t.length) };
  }

  /**
   * Finds the next line, from the line start `from`, that holds more than blanks and a comment;
   * false at the end of the text.
   */
  #nextLine(from: number): boolean {
    const t = this.#t;
    let p = from;
    while (p < t.length) {
      let q = p;
      while (t.charCodeAt(q) === 32) q++;
      const c = t.charCodeAt(q);
      if (c !== 10 && c !== 35 /* # */) {
        this.#line = q;
        this.#indent = q - p;
        return true;
      }
      p = t.indexOf('\n', q) + 1;
    }
    this.#line = t.length;
    this.#indent = -1;
    return false;
  }

  /** `-` followed by a space or the end of the line. */
  #isSeqItem(p: number): boolean {
    const t = this.#t;
    return t[p] === '-' && (t[p + 1] === ' ' || t[p + 1] === '\n');
  }

  /** From `p`, blanks then an optional comment then the end of the line; the next line's start. */
  #endOfLine(p: number): number {
    const t = this.#t;
    let q = p;
    while (t.charCodeAt(q) === 32) q++;
    if (t[q] === '#') {
      if (q === p) giveUp();
      q = t.indexOf('\n', q);
    }
    if (t[q] !== '\n') giveUp();
    return q + 1;
  }

  /** The end of the line holding `p`, where a block collection's position ends. */
  #lineEnd(p: number): number {
    return this.#t.indexOf('\n', p);
  }

  /** A block map whose first key is at `p`, its keys at column `indent`. */
  #blockMap(p: number, indent: number, key?: Key): Record<string, unknown> {
    const t = this.#t;
    const table = this.#table;
    const node = table.add(T_MAP, p, this.#lineEnd(p));
    if (key) this.#keyOf(node, key);
    const map: Record<string, unknown> = {};
    let at = p;
    for (;;) {
      const key = this.#key(at, false);
      let q = key.next;
      // `:` then a blank or the end of the line.
      if (t[q] !== ':' || (t[q + 1] !== ' ' && t[q + 1] !== '\n')) giveUp();
      q++;
      while (t.charCodeAt(q) === 32) q++;
      let value: unknown;
      if (t[q] === '\n' || (t[q] === '#' && t[q - 1] === ' ')) {
        const empty = q;
        this.#nextLine(t.indexOf('\n', q) + 1);
        if (this.#indent > indent) {
          value = this.#block(key, indent);
        } else if (this.#indent === indent && this.#isSeqItem(this.#line)) {
          // A sequence as a map's value may sit at the map's own indentation.
          value = this.#blockSeq(this.#line, indent, key);
        } else {
          const i = table.add(T_EMPTY, empty, empty);
          this.#keyOf(i, key);
          value = null;
        }
      } else {
        const i = this.#inline(q, false, key);
        value = i.value;
        this.#nextLine(this.#endOfLine(i.end));
        if (this.#indent > indent) giveUp();
      }
      set(map, key.name, value);
      if (this.#indent < indent) break;
      // The next key of this map, at its indentation.
      if (this.#isSeqItem(this.#line)) giveUp();
      at = this.#line;
    }
    table.close(node);
    return map;
  }

  /** A block sequence whose first `-` is at `p`, at column `indent`. */
  #blockSeq(p: number, indent: number, key?: Key): unknown[] {
    const t = this.#t;
    const table = this.#table;
    const node = table.add(T_SEQ, p, this.#lineEnd(p));
    if (key) this.#keyOf(node, key);
    const list: unknown[] = [];
    let at = p;
    for (;;) {
      let q = at + 1;
      while (t.charCodeAt(q) === 32) q++;
      if (t[q] === '\n' || (t[q] === '#' && t[q - 1] === ' ')) {
        const empty = q;
        this.#nextLine(t.indexOf('\n', q) + 1);
        if (this.#indent > indent) {
          list.push(this.#block(undefined, indent));
        } else {
          table.add(T_EMPTY, empty, empty);
          list.push(null);
        }
      } else if (this.#isSeqItem(q)) {
        giveUp();
      } else if (this.#startsKey(q)) {
        // A map opened on the item's line: its keys are at the column of its first.
        const column = q - (t.lastIndexOf('\n', q) + 1);
        list.push(this.#blockMap(q, column));
        if (this.#indent > indent) giveUp();
      } else {
        const item = this.#inline(q, false, undefined);
        list.push(item.value);
        this.#nextLine(this.#endOfLine(item.end));
        if (this.#indent > indent) giveUp();
      }
      if (this.#indent < indent || !this.#isSeqItem(this.#line)) break;
      at = this.#line;
    }
    // A sequence at its map's indentation ends where the map's next key starts.
    if (this.#indent === indent && !key) giveUp();
    table.close(node);
    // A list built by appending keeps room for more items: a copy has its exact length.
    return list.slice();
  }

  /** The block collection at the current line, more indented than its parent's `indent`. */
  #block(key: Key | undefined, indent: number): unknown {
    const p = this.#line;
    const own = this.#indent;
    if (this.#isSeqItem(p)) {
      const list = this.#blockSeq(p, own, key);
      if (this.#indent > indent) giveUp();
      return list;
    }
    if (!this.#startsKey(p)) giveUp();
    const map = this.#blockMap(p, own, key);
    if (this.#indent > indent) giveUp();
    return map;
  }

  /** Whether the line from `p` opens a map: a key, then `:` and a blank or the line's end. */
  #startsKey(p: number): boolean {
    const t = this.#t;
    const c = t[p];
    // A flow collection is a value here: as a key it is beyond this reader.
    if (c === '[' || c === '{') return false;
    if (c === '"' || c === "'") {
      const end = c === '"' ? doubleEnd(t, p) : singleEnd(t, p);
      return end > 0 && t[end] === ':';
    }
    const nl = t.indexOf('\n', p);
    for (let q = t.indexOf(':', p); q >= 0 && q < nl; q = t.indexOf(':', q + 1)) {
      if (t[q + 1] === ' ' || t[q + 1] === '\n') {
        const hash = t.indexOf(' #', p);
        return hash < 0 || hash > q;
      }
    }
    return false;
  }

  /** A key at `p`: plain or quoted, on one line, a string. */
  #key(p: number, flow: boolean): Key {
    const t = this.#t;
    const c = t[p];
    if (c === '"' || c === "'") {
      const s = c === '"' ? this.#double(p) : this.#single(p);
      return { start: p, end: s.end, name: s.value as string, asText: false, next: s.end };
    }
    const s = this.#plain(p, flow, true);
    if (typeof s.value !== 'string' || s.end - s.start > 1000) giveUp();
    let next = s.end;
    while (t.charCodeAt(next) === 32) next++;
    return { start: p, end: s.end, name: s.value, asText: true, next };
  }

  #keyOf(i: number, key: Key): void {
    this.#table.key(i, key.start, key.end, key.name, key.asText);
  }

  /** A value on the line from `p`: a quoted or plain scalar, or a flow collection. */
  #inline(p: number, flow: boolean, key: Key | undefined): Scalar {
    const t = this.#t;
    const c = t[p];
    if (c === '[' || c === '{') return this.#flow(p, key);
    const s =
      c === '"' ? this.#double(p) : c === "'" ? this.#single(p) : this.#plain(p, flow, false);
    const i = this.#table.add(T_SCALAR, s.start, s.end);
    if (key) this.#keyOf(i, key);
    if (typeof s.value === 'string') s.value = this.#keep(s.value);
    return s;
  }

  /** A flow sequence or map from `p`, closed on the same line. */
  #flow(p: number, key: Key | undefined): Scalar {
    const t = this.#t;
    const table = this.#table;
    const node = table.add(t[p] === '[' ? T_SEQ : T_MAP, p, p);
    if (key) this.#keyOf(node, key);
    let q = p + 1;
    let value: unknown;
    if (t[p] === '[') {
      const list: unknown[] = [];
      for (;;) {
        while (t.charCodeAt(q) === 32) q++;
        if (t[q] === ']') break;
        const item = this.#inline(q, true, undefined);
        list.push(item.value);
        q = item.end;
        while (t.charCodeAt(q) === 32) q++;
        if (t[q] === ',') q++;
        else if (t[q] !== ']') giveUp();
      }
      value = list.slice();
    } else {
      const map: Record<string, unknown> = {};
      for (;;) {
        while (t.charCodeAt(q) === 32) q++;
        if (t[q] === '}') break;
        const k = this.#key(q, true);
        if (k.next !== k.end || t[k.end] !== ':' || t[k.end + 1] !== ' ') giveUp();
        q = k.end + 2;
        while (t.charCodeAt(q) === 32) q++;
        if (FLOW_END.has(t[q] ?? '') && t[q] !== '[' && t[q] !== '{') giveUp();
        const item = this.#inline(q, true, k);
        set(map, k.name, item.value);
        q = item.end;
        while (t.charCodeAt(q) === 32) q++;
        if (t[q] === ',') q++;
        else if (t[q] !== '}') giveUp();
      }
      value = map;
    }
    table.set(node, 'end', q + 1);
    table.close(node);
    return { start: p, end: q + 1, value };
  }

  /** A plain scalar from `p` on one line, resolved by the core schema. */
  #plain(p: number, flow: boolean, isKey: boolean): Scalar {
    const t = this.#t;
    const c = t[p] ?? '\n';
    if (NOT_PLAIN_FIRST.has(c) || c === '\n' || c === ' ') giveUp();
    if ((c === '-' || c === '?' || c === ':') && (t[p + 1] === ' ' || t[p + 1] === '\n')) giveUp();
    if (flow && (c === '-' || c === '?' || c === ':') && FLOW_END.has(t[p + 1] ?? '')) giveUp();
    // The characters that may end it, found natively rather than one by one.
    const stops = flow ? FLOW_STOPS : BLOCK_STOPS;
    let q = p;
    for (;;) {
      stops.lastIndex = q;
      q = stops.exec(t)?.index ?? t.length;
      const ch = t[q] ?? '\n';
      if (ch === '\n') break;
      if (ch === '#') {
        // A comment after a blank; otherwise part of the scalar (`C#`).
        if (t[q - 1] === ' ') break;
      } else if (ch === ':') {
        const next = t[q + 1];
        if (next === ' ' || next === '\n') {
          // `key: value` ends a key; in a value it would open a map where none can be.
          if (!isKey) giveUp();
          break;
        }
        // In a flow collection, `:` before an indicator is beyond this reader.
        if (flow && FLOW_END.has(next ?? '')) giveUp();
      } else {
        // A flow indicator, in a flow collection.
        if (ch === '[' || ch === '{') giveUp();
        break;
      }
      q++;
    }
    let end = q;
    while (t.charCodeAt(end - 1) === 32) end--;
    const source = t.slice(p, end);
    return { start: p, end, value: resolvePlain(source) };
  }

  /** A double-quoted scalar from `p`, closed on the same line. */
  #double(p: number): Scalar {
    const t = this.#t;
    const close = doubleEnd(t, p);
    if (close < 0) giveUp();
    const inner = t.slice(p + 1, close - 1);
    if (!inner.includes('\\')) return { start: p, end: close, value: inner };
    let value = '';
    for (let i = 0; i < inner.length; i++) {
      const ch = inner.charAt(i);
      if (ch !== '\\') {
        value += ch;
        continue;
      }
      const next = inner[++i] ?? '';
      const simple = ESCAPES[next];
      if (simple !== undefined) {
        value += simple;
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const hex = inner.slice(i + 1, i + 1 + length);
        if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) giveUp();
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) giveUp();
        value += String.fromCodePoint(code);
        i += length;
      } else {
        giveUp();
      }
    }
    return { start: p, end: close, value };
  }

  /** A single-quoted scalar from `p`, closed on the same line. */
  #single(p: number): Scalar {
    const t = this.#t;
    const close = singleEnd(t, p);
    if (close < 0) giveUp();
    return { start: p, end: close, value: t.slice(p + 1, close - 1).replaceAll("''", "'") };
  }
}

interface Key {
  start: number;
  end: number;
  name: string;
  /** The key's source text is its name (a plain key). */
  asText: boolean;
  /** Where the `:` is looked for. */
  next: number;
}

/** Past the closing quote of the double-quoted scalar at `p`, or -1 if it is not on this line. */
function doubleEnd(t: string, p: number): number {
  for (let q = p + 1; q < t.length; q++) {
    const ch = t[q];
    if (ch === '\n') return -1;
    if (ch === '\\') q++;
    else if (ch === '"') return q + 1;
  }
  return -1;
}

/** Past the closing quote of the single-quoted scalar at `p`, or -1 if it is not on this line. */
function singleEnd(t: string, p: number): number {
  for (let q = p + 1; q < t.length; q++) {
    const ch = t[q];
    if (ch === '\n') return -1;
    if (ch === "'") {
      if (t[q + 1] === "'") q++;
      else return q + 1;
    }
  }
  return -1;
}

/** A plain scalar's value under the 1.2 core schema; gives up on the numbers it does not read. */
function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Only these first characters can start a null, a boolean or a number.
  if (!(c <= 57 || c === 126 /* ~ */ || 'nNtTfF'.includes(s.charAt(0)))) return s;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s.startsWith('t') || s.startsWith('T');
  if (OTHER_NUMBER.test(s)) giveUp();
  if (UNSIGNED.test(s)) return parseInt(s, 10);
  if (FLOAT.test(s)) return parseFloat(s);
  return s;
}

/** Sets a key of a map being read; a repeated key, or a name the object already has from its
 * prototype (`__proto__`, `constructor`), gives up. */
function set(map: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '<<' || name in map) giveUp();
  map[name] = value;
}
