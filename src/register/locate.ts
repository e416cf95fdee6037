import type { Document, Node } from 'yaml';
import { yamlLib } from './yaml-lib.js';
import { rangeInPositions } from './positions.js';
import type { DocPath, SourceFile } from './source.js';

/** What to point at: the value at the path, or the key holding it. */
export type Target = 'value' | 'key';

export interface Span {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

interface Found {
  node: Node | null;
  key: Node | null;
  /** True when the whole path exists; false when we stopped at the closest existing ancestor. */
  exact: boolean;
}

/**
 * Walks maps and sequences (resolving aliases) keeping the pair, because `doc.getIn` cannot give
 * a key's position. Stops at the closest existing node when the path does not exist (a missing
 * required key is shown at its parent, as Spectral does).
 */
export function locateNode(doc: Document.Parsed, path: DocPath): Found {
  const { isAlias, isMap, isScalar, isSeq } = yamlLib();
  let node: Node | null = doc.contents ?? null;
  let key: Node | null = null;
  for (const seg of path) {
    if (node && isAlias(node)) node = (node.resolve(doc) as Node | undefined) ?? node;
    if (node && isMap(node)) {
      const pair = node.items.find((p) => {
        const k = p.key as Node | null;
        return isScalar(k) ? String(k.value) === String(seg) : false;
      });
      if (!pair) return { node, key, exact: false };
      key = pair.key as Node;
      node = (pair.value as Node | null) ?? null;
      if (node === null) return { node: null, key, exact: true };
    } else if (node && isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) return { node, key, exact: false };
      key = null;
      node = item;
    } else {
      return { node, key, exact: false };
    }
  }
  return { node, key, exact: true };
}

/** Offsets [start, end) of what a diagnostic at `path` should underline. */
export function locateRange(
  file: SourceFile,
  path: DocPath,
  target: Target = 'value',
): [number, number] {
  if (file.positions) return rangeInPositions(file.positions, () => file.text, path, target);
  const doc = file.doc;
  if (!doc?.contents) return [0, 0];
  const found = locateNode(doc, path);
  const { isMap, isScalar, isSeq } = yamlLib();
  const emptyValue =
    found.node === null ||
    (isScalar(found.node) &&
      found.node.value === null &&
      (!found.node.range || found.node.range[0] === found.node.range[1]));
  const useKey = found.key && (target === 'key' || !found.exact || emptyValue);
  const node = useKey ? found.key : found.node;
  if (!node?.range) return [0, 0];
  const start = node.range[0];
  let end = node.range[1];
  // A whole map or sequence as a target: underline its first line only, not the block.
  if ((isMap(node) || isSeq(node)) && !useKey) {
    const nl = file.text.indexOf('\n', start);
    if (nl >= 0 && nl < end) end = file.text[nl - 1] === '\r' ? nl - 1 : nl;
  }
  return [start, Math.max(end, start)];
}

export function spanOf(file: SourceFile, range: [number, number]): Span {
  const lc = file.lineCounter;
  const s = lc.linePos(range[0]);
  const e = lc.linePos(range[1]);
  return { start: { line: s.line, column: s.col }, end: { line: e.line, column: e.col } };
}

export function locate(file: SourceFile, path: DocPath, target: Target = 'value'): Span {
  return spanOf(file, locateRange(file, path, target));
}
