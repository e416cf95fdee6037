import type { Document } from 'yaml';
import type { LineIndex, Positions } from './positions.js';
import type { FileKind } from './kinds.js';

/** A path inside a document: map keys and sequence indexes. */
export type DocPath = readonly (string | number)[];

/** One file of the register as read from disk, with what positions need. */
export interface SourceFile {
  /** Absolute path. */
  readonly absPath: string;
  /** Relative to the register root, `/` separators (e.g. `activities/recruitment.yaml`). */
  readonly relPath: string;
  readonly kind: FileKind;
  /** Decoded text, BOM removed (so columns match what editors show). */
  readonly text: string;
  /** The syntax tree, kept only for a file with syntax problems; clean files keep `positions`. */
  readonly doc: Document.Parsed | undefined;
  /** Ranges of the nodes of a clean file, built during its one parse. */
  readonly positions?: Positions | undefined;
  readonly lineCounter: LineIndex;
  /** Plain JS value of the document (undefined when it could not be parsed). */
  readonly data: unknown;
  /**
   * True when the text holds no inline directive (`DIRECTIVE`): a clean file read from disk then
   * does not keep its text, read again only when a finding needs a position.
   */
  readonly withoutDirectives?: boolean;
}

/** The word of an inline suppression comment (check/directives.ts reads them). */
export const DIRECTIVE = 'gdpr-disable-next-line';

/** `purposes[0].legal_basis` — the human form used in diagnostics. */
export function formatPath(path: DocPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

/** Decodes a JSON Pointer (ajv `instancePath`), the one place `~1` and `~0` are handled. */
export function pointerToPath(pointer: string, data: unknown): (string | number)[] {
  if (pointer === '') return [];
  const out: (string | number)[] = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^\d+$/.test(seg)) {
      const i = Number(seg);
      out.push(i);
      node = node[i];
    } else {
      out.push(seg);
      node =
        node !== null && typeof node === 'object'
          ? (node as Record<string, unknown>)[seg]
          : undefined;
    }
  }
  return out;
}
