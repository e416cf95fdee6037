/**
 * Reading and rewriting one record file of the register (a request, an activity, a DPIA, an incident) so
 * that a command's edit is the smallest possible diff: the modeline, the comments and the
 * order of the keys already there are kept (yaml's Document API), and a key that is added
 * goes where the schema puts it, as a person writing the file would have placed it.
 */
import { registerSchema } from './schemas.js';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Document, isMap, isScalar, isSeq, Lexer, parseDocument, YAMLMap, type Node } from 'yaml';
import { modeline, schemaPathFrom } from './yaml-file.js';
import { schemaDirForFile } from './local-schemas.js';
import { schemaFileName, type RecordKind } from './kinds.js';

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  definitions?: Record<string, SchemaNode>;
}

const schemas = new Map<RecordKind, SchemaNode>();

function schemaOf(kind: RecordKind): SchemaNode {
  let schema = schemas.get(kind);
  if (schema === undefined) {
    schema = registerSchema(schemaFileName(kind));
    schemas.set(kind, schema);
  }
  return schema;
}

/**
 * The order of the keys of the object at `path` in the schema of `kind` (`[]` = the record
 * itself, `['dpia']` = the activity's DPIA screening). Follows local `#/definitions/…` refs.
 */
export function schemaKeyOrder(kind: RecordKind, path: readonly string[] = []): string[] {
  const root = schemaOf(kind);
  const resolve = (node: SchemaNode | undefined): SchemaNode | undefined => {
    const ref = node?.$ref;
    if (!ref?.startsWith('#/definitions/')) return node;
    return resolve(root.definitions?.[ref.slice('#/definitions/'.length)]);
  };
  let node = resolve(root);
  for (const key of path) node = resolve(node?.properties?.[key]);
  return Object.keys(node?.properties ?? {});
}

/** The modeline of a record written at `fileAbs`: the schema path relative to the file. */
export function recordModeline(kind: RecordKind, fileAbs: string): string {
  return modeline(
    schemaPathFrom(dirname(fileAbs), join(schemaDirForFile(fileAbs), schemaFileName(kind))),
  );
}

/**
 * `value` with the keys of every object in the schema's order for `kind` (nested objects by
 * their path; keys the schema does not know last, in their order; undefined values dropped).
 */
export function inSchemaOrder<T>(kind: RecordKind, value: T, path: readonly string[] = []): T {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const order = schemaKeyOrder(kind, path);
  const rank = (key: string): number => {
    const index = order.indexOf(key);
    return index === -1 ? order.length : index;
  };
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined,
  );
  entries.sort(([a], [b]) => rank(a) - rank(b));
  return Object.fromEntries(
    entries.map(([key, v]) => [key, inSchemaOrder(kind, v, [...path, key])]),
  ) as T;
}

/**
 * A new record file: the modeline, then the record. The caller builds `record` with its keys
 * in the schema's order (`inSchemaOrder`); arrays of scalars and counts (`{ min, max }`) are
 * written in flow style (`[a, b]`) as in the register format's examples.
 */
export function newRecordText(kind: RecordKind, fileAbs: string, record: object): string {
  const doc = new Document(record);
  flowScalarLists(doc.contents);
  return recordModeline(kind, fileAbs) + render(doc);
}

function flowScalarLists(node: unknown): void {
  if (isMap(node)) {
    // A count range (common.schema.json `count`): `{ min: 100, max: 500 }`.
    const keys = node.items.map((pair) => keyOf(pair.key));
    if (keys.length > 0 && keys.every((key) => key === 'min' || key === 'max')) node.flow = true;
    for (const pair of node.items) flowScalarLists(pair.value);
  } else if (isSeq(node)) {
    if (node.items.every((item) => isScalar(item))) node.flow = true;
    else for (const item of node.items) flowScalarLists(item);
  }
}

/** Parses a record file for editing. */
export function readRecordDocument(fileAbs: string): Document {
  const text = readFileSync(fileAbs, 'utf8');
  return parseDocument(text, { uniqueKeys: true });
}

/** The document as text again, comments and modeline included. */
export function documentText(doc: Document): string {
  return render(doc);
}

// Lexer markers that are not source text (yaml's CST: document start, flow error end, scalar).
const MARKERS = new Set(['\u0002', '\u0018', '\u001f']);

/**
 * The register's house style, as in REGISTER-FORMAT.md: flow maps padded (`{ en: …, fr: … }`),
 * flow sequences not (`[a, b]`). yaml has one padding setting for both, so sequences are
 * unpadded afterwards on the lexer's tokens (a quoted "[ x ]" is one token and stays intact).
 */
function render(doc: Document): string {
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: true });
  const tokens = [...new Lexer().lex(text)].filter((token) => !MARKERS.has(token));
  const isSpace = (token: string | undefined): boolean => token !== undefined && /^ +$/.test(token);
  let out = '';
  tokens.forEach((token, index) => {
    if (isSpace(token) && (tokens[index - 1] === '[' || tokens[index + 1] === ']')) return;
    out += token;
  });
  return out;
}

function valueNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  flowScalarLists(node);
  return node;
}

/**
 * Sets `path` (keys of nested maps) to `value`. An existing key keeps its place and its
 * comments; a missing key, or a missing parent map, is inserted after the last key that
 * comes before it in the schema of `kind`.
 */
export function setInSchemaOrder(
  doc: Document,
  kind: RecordKind,
  path: readonly string[],
  value: unknown,
): void {
  if (path.length === 0) throw new Error('setInSchemaOrder needs a key');
  if (!isMap(doc.contents)) throw new Error('the record is not a mapping');
  let map: YAMLMap = doc.contents;
  for (const [depth, key] of path.entries()) {
    const last = depth === path.length - 1;
    const existing = map.items.find((pair) => keyOf(pair.key) === key);
    if (existing !== undefined) {
      if (last) {
        existing.value = valueNode(doc, value);
        return;
      }
      if (!isMap(existing.value)) existing.value = new YAMLMap(doc.schema);
      map = existing.value as YAMLMap;
      continue;
    }
    const child: Node = last ? valueNode(doc, value) : new YAMLMap(doc.schema);
    const order = schemaKeyOrder(kind, path.slice(0, depth));
    insertPair(map, key, child, order, doc);
    if (last) return;
    map = child as YAMLMap;
  }
}

/** Removes `path` if present; an emptied parent map is left for the caller to judge. */
export function deleteIn(doc: Document, path: readonly string[]): void {
  if (doc.hasIn(path)) doc.deleteIn(path);
}

function keyOf(key: unknown): unknown {
  return key !== null && typeof key === 'object' && 'value' in key ? key.value : key;
}

function insertPair(
  map: YAMLMap,
  key: string,
  value: Node,
  order: readonly string[],
  doc: Document,
): void {
  const rank = order.indexOf(key);
  let at = map.items.length;
  if (rank >= 0) {
    // After the last key ranked before it; keys the schema does not know stay where they are.
    at = 0;
    map.items.forEach((pair, index) => {
      const other = order.indexOf(String(keyOf(pair.key)));
      if (other >= 0 && other < rank) at = index + 1;
    });
  }
  map.items.splice(at, 0, doc.createPair(key, value));
}
