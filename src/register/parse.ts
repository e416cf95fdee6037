import {
  buildPositions,
  detached,
  lineStartsOf,
  TextLines,
  linePosIn,
  type LineIndex,
  type LineStarts,
  type Positions,
} from './positions.js';
import type { FileKind } from './kinds.js';
import { overNodeBudget } from './node-budget.js';
import { quickParse } from './quick-yaml.js';
import { yamlLib } from './yaml-lib.js';
import { syntaxProblems } from './syntax-hints.js';
import { englishProblem, wording, type Wording } from './wording.js';
import { DIRECTIVE, type SourceFile } from './source.js';
import { rereadRegisterFile } from '../fsx/read.js';
import { UsageError } from '../errors.js';

/** Files beyond this size are refused: no register file is legitimately this large. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Bounds alias expansion (billion-laughs); yaml's own guard throws past it. */
export const MAX_ALIAS_COUNT = 100;

/** A problem found while reading or parsing, located by character offsets. */
export interface ParseProblem {
  /** In English; `wording` is the same for the language of the output. */
  message: string;
  wording: Wording;
  /** [start, end) offsets in `SourceFile.text`. */
  range: [number, number];
  code: string;
}

export interface ParsedFile {
  file: SourceFile;
  problems: ParseProblem[];
  /** The decoded text of a clean file, for a caller that needs it now (the file keeps none). */
  text?: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const lenientDecoder = new TextDecoder('utf-8', { fatal: false });

/**
 * Decodes, parses (YAML 1.2 core schema, duplicate keys are errors) and converts one file.
 * Never throws: every failure becomes a problem with a position.
 */
export function parseFile(
  absPath: string,
  relPath: string,
  kind: FileKind,
  bytes: Uint8Array,
): ParsedFile {
  const problems: ParseProblem[] = [];
  // A file left unparsed is indexed from its text (a clean file is its own line index).
  const empty = (text: string): SourceFile => ({
    absPath,
    relPath,
    kind,
    text,
    doc: undefined,
    lineCounter: new TextLines(text),
    data: undefined,
  });

  if (bytes.byteLength > MAX_FILE_BYTES) {
    const mb = (bytes.byteLength / 1024 / 1024).toFixed(1);
    problems.push(
      problem('FILE_TOO_LARGE', [0, 0], 'file.too_large', {
        mb,
        limit: String(MAX_FILE_BYTES / 1024 / 1024),
      }),
    );
    return { file: empty(''), problems };
  }

  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    text = lenientDecoder.decode(bytes);
    const at = firstReplacement(text);
    problems.push(problem('INVALID_UTF8', [at, at + 1], 'file.invalid_utf8'));
    return { file: empty(text), problems };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const tooMany = overNodeBudget(text);
  if (tooMany !== undefined) {
    problems.push(problem('TOO_MANY_NODES', [0, 0], 'file.too_many_nodes', { max: tooMany }));
    return { file: empty(text), problems };
  }

  // The YAML registers are written in is read directly; anything else is left to yaml.
  const quick = quickParse(text, kept);
  if (quick !== undefined) {
    return {
      file: cleanFile(absPath, relPath, kind, text, quick.data, quick.positions),
      problems,
      text,
    };
  }

  const lineCounter = new (yamlLib().LineCounter)();
  const doc = yamlLib().parseDocument(text, { lineCounter, ...PARSE_OPTIONS });
  problems.push(...syntaxProblems(text, doc.errors));
  let data: unknown;
  if (doc.errors.length === 0) {
    try {
      data = tighten(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), text.includes('&'));
    } catch (e) {
      problems.push(
        problem('ALIAS_COUNT', firstAliasRange(text), 'file.alias_count', {
          max: String(MAX_ALIAS_COUNT),
          error: (e as Error).message,
        }),
      );
    }
  }
  if (problems.length > 0)
    return {
      file: { absPath, relPath, kind, text, doc, lineCounter, data },
      problems,
    };
  // A clean file keeps its text, its data and a compact table of positions built now, while the
  // tree is in hand: no second parse when a finding needs a position, and no tree kept (holding
  // every syntax tree of a large register costs memory and garbage collection).
  return {
    file: cleanFile(absPath, relPath, kind, text, data, buildPositions(doc.contents, text)),
    problems,
    text,
  };
}

/**
 * A clean file as the rules read it: its data, its position table and its line starts, no tree;
 * a position is found without its text. A register read from disk lets the text go
 * (`releaseText`). The line starts are the offsets after each `\n`, those the parser records
 * (test/register/positions.test.ts).
 */
export function cleanFile(
  absPath: string,
  relPath: string,
  kind: FileKind,
  text: string,
  data: unknown,
  positions: Positions | undefined,
): SourceFile {
  return new CleanFile(absPath, relPath, kind, text, data, positions) as CleanFile & SourceFile;
}

/**
 * Lets a clean file read from disk drop its text (a large register held every file's text, far
 * more than its positions need). Nothing in a check reads it again, but should something ask,
 * the file is read again, and refused if it changed in the meantime. A file with an inline
 * directive keeps its text, read by every check; other files are left as they are.
 */
export function releaseText(file: SourceFile): void {
  if (file instanceof CleanFile) file.release();
}

/**
 * `text` and `lineCounter` are own, enumerable properties, as on any other file (a copy made with
 * `{ ...file }` has them), read through getters shared by every clean file.
 */
const CLEAN_FILE_ACCESSORS: PropertyDescriptorMap = {
  text: {
    enumerable: true,
    get(this: CleanFile): string {
      return this.currentText();
    },
  },
  lineCounter: {
    enumerable: true,
    get(this: CleanFile): LineIndex {
      return this;
    },
  },
};

class CleanFile implements LineIndex {
  readonly doc = undefined;
  readonly withoutDirectives: boolean;
  #kept: string | undefined;
  readonly #length: number;
  readonly #starts: LineStarts;

  constructor(
    readonly absPath: string,
    readonly relPath: string,
    readonly kind: FileKind,
    text: string,
    readonly data: unknown,
    readonly positions: Positions | undefined,
  ) {
    this.withoutDirectives = !text.includes(DIRECTIVE);
    this.#kept = text;
    this.#length = text.length;
    this.#starts = lineStartsOf(text);
    Object.defineProperties(this, CLEAN_FILE_ACCESSORS);
  }

  release(): void {
    if (this.withoutDirectives) this.#kept = undefined;
  }

  currentText(): string {
    return this.#kept ?? rereadText(this.absPath, this.relPath, this.#length);
  }

  linePos(offset: number): { line: number; col: number } {
    return linePosIn(this.#starts, offset);
  }
}

function rereadText(absPath: string, relPath: string, length: number): string {
  let text: string | undefined;
  try {
    text = decoder.decode(rereadRegisterFile(absPath, MAX_FILE_BYTES));
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  } catch {
    text = undefined;
  }
  if (text?.length !== length)
    throw new UsageError(
      `${relPath} changed while gdpr was reading the register; run the command again`,
    );
  return text;
}

/**
 * Short strings repeat across the files of a register (`contractual`, `data-subject`, a
 * department, a date): each parse makes its own copy, and a large register held them all. One
 * copy of each is kept instead. The table is bounded: past its size it starts again, which only
 * means later copies are shared among themselves.
 */
const INTERN_MAX_LENGTH = 24;
const INTERN_MAX_ENTRIES = 1 << 17;
let interned = new Map<string, string>();

/** Ends the sharing of one read: the strings stay with their values, the table goes. */
export function forgetSharedStrings(): void {
  interned = new Map();
}

function intern(s: string): string {
  const known = interned.get(s);
  if (known !== undefined) return known;
  if (interned.size >= INTERN_MAX_ENTRIES) interned = new Map();
  const own = detached(s);
  interned.set(own, own);
  return own;
}

/** The copy of a string value a register keeps: shared when short, else flat and its own. */
function kept(s: string): string {
  return s.length <= INTERN_MAX_LENGTH ? intern(s) : detached(s);
}

/**
 * The same value with every list copied to its exact length, and its short strings shared
 * (`intern`). yaml builds lists by appending, and
 * an appended list keeps room for more items (a list of two holds seventeen slots): kept for
 * every file of a large register while the rules run, that room outweighs the items. A value
 * reached twice through an alias stays one value (`anchors`: the text has an anchor).
 */
function tighten(value: unknown, anchors: boolean): unknown {
  const seen = anchors ? new Map<object, unknown>() : undefined;
  const visit = (v: unknown): unknown => {
    if (typeof v === 'string') return kept(v);
    if (v === null || typeof v !== 'object') return v;
    const done = seen?.get(v);
    if (done !== undefined) return done;
    if (Array.isArray(v)) {
      const copy = v.slice();
      seen?.set(v, copy);
      for (let i = 0; i < copy.length; i++) copy[i] = visit(copy[i]);
      return copy;
    }
    seen?.set(v, v);
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      const item = o[k];
      const tight = visit(item);
      // A string equal to its shared copy compares equal: stored anyway, so the copy is kept.
      if (tight === item && typeof item !== 'string') continue;
      // A key named `__proto__` is data here, never the prototype.
      if (k === '__proto__') Object.defineProperty(o, k, { value: tight });
      else o[k] = tight;
    }
    return v;
  };
  return visit(value);
}

function problem(
  code: string,
  range: [number, number],
  key: string,
  values?: Wording['values'],
): ParseProblem {
  const w = wording(key, values);
  return { code, range, message: englishProblem(w), wording: w };
}

/** How every register file is parsed (exported for the test holding `quickParse` to it). */
export const PARSE_OPTIONS = {
  prettyErrors: false,
  uniqueKeys: true,
  version: '1.2',
  schema: 'core',
  strict: true,
} as const;

function firstReplacement(text: string): number {
  const i = text.indexOf('\ufffd');
  return i < 0 ? 0 : i;
}

function firstAliasRange(text: string): [number, number] {
  const m = /\*[^\s,\]}]+/.exec(text);
  return m ? [m.index, m.index + m[0].length] : [0, 1];
}
