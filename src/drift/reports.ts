/**
 * Reads what code scanners found: the Bearer CLI privacy report (`bearer scan . --report privacy
 * --format json`: `subjects` and `third_party`) and Privado's result file (`.privado/privado.json`:
 * `sources`, `sinks`, `dataFlow`). Each detection keeps its position in the report, so a finding
 * points at the line of the report that shows it.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { UsageError } from '../errors.js';

export type Scanner = 'bearer' | 'privado';

export interface Position {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Detection {
  kind: 'service' | 'data-type';
  scanner: Scanner;
  /** The name to show, e.g. `Stripe`, `Email Address`. */
  name: string;
  /** Every name, id or domain the scanner gives for it, matched against `detected_as`. */
  keys: string[];
  at: Position;
}

/** Reads one report; the format is recognised from its shape, or given. */
export function readScannerReport(cwd: string, path: string, format?: Scanner): Detection[] {
  const absolute = resolve(cwd, path);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`cannot read the scanner report ${path} (${code})`);
  }
  const shown = relative(cwd, absolute).split(sep).join('/');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  const root = doc.contents;
  if (doc.errors.length > 0 || !isMap(root)) {
    throw new UsageError(`${shown} is not a JSON report of Bearer CLI or Privado`);
  }
  const kind = format ?? recognise(root);
  if (kind === undefined) {
    throw new UsageError(
      `${shown}: not a Bearer CLI privacy report (no "subjects" or "third_party") ` +
        `nor a Privado result (no "sources" or "dataFlow"); give --bearer or --privado`,
    );
  }
  const at = (node: Node | null | undefined): Position => {
    const [start, end] = node?.range ?? [0, 0];
    const a = lines.linePos(start);
    const b = lines.linePos(end);
    return { file: shown, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  return kind === 'bearer' ? fromBearer(root, at) : fromPrivado(root, at);
}

function recognise(root: YAMLMap): Scanner | undefined {
  if (root.has('third_party') || root.has('subjects')) return 'bearer';
  if (root.has('sources') || root.has('dataFlow') || root.has('sinks')) return 'privado';
  return undefined;
}

type At = (node: Node | null | undefined) => Position;

function items(root: YAMLMap, key: string): YAMLMap[] {
  const node = root.get(key, true);
  return isSeq(node) ? node.items.filter((item): item is YAMLMap => isMap(item)) : [];
}

function text(map: YAMLMap, key: string): string | undefined {
  const value = map.get(key, true);
  return isScalar(value) && typeof value.value === 'string' && value.value.trim() !== ''
    ? value.value.trim()
    : undefined;
}

function texts(map: YAMLMap, key: string): string[] {
  const node = map.get(key, true);
  if (!isSeq(node)) return [];
  return node.items.flatMap((item) =>
    isScalar(item) && typeof item.value === 'string' && item.value.trim() !== ''
      ? [item.value.trim()]
      : [],
  );
}

/** Bearer's placeholder for "not known"; never a data type of its own. */
const BEARER_UNKNOWN = 'Unknown';

function fromBearer(root: YAMLMap, at: At): Detection[] {
  const found: Detection[] = [];
  for (const entry of items(root, 'third_party')) {
    const name = text(entry, 'third_party');
    if (name !== undefined) {
      found.push({ kind: 'service', scanner: 'bearer', name, keys: [name], at: at(entry) });
    }
    for (const type of texts(entry, 'data_types')) {
      if (type === BEARER_UNKNOWN) continue;
      found.push({ kind: 'data-type', scanner: 'bearer', name: type, keys: [type], at: at(entry) });
    }
  }
  for (const entry of items(root, 'subjects')) {
    const name = text(entry, 'name');
    if (name === undefined || name === BEARER_UNKNOWN) continue;
    found.push({ kind: 'data-type', scanner: 'bearer', name, keys: [name], at: at(entry) });
  }
  return found;
}

/** Privado's sink ids name third parties `ThirdParties.<SDK|API>.<…>`; storages and logs are ours. */
function isThirdParty(sink: YAMLMap): boolean {
  const id = text(sink, 'id') ?? '';
  const type = (text(sink, 'sinkType') ?? '').toLowerCase();
  return id.startsWith('ThirdParties.') || type === 'third_parties' || type === 'thirdparties';
}

function fromPrivado(root: YAMLMap, at: At): Detection[] {
  const found: Detection[] = [];
  for (const source of items(root, 'sources')) {
    const id = text(source, 'id');
    const name = text(source, 'name') ?? id;
    if (id === undefined || name === undefined || !id.startsWith('Data.')) continue;
    found.push({ kind: 'data-type', scanner: 'privado', name, keys: [id, name], at: at(source) });
  }
  const sinks = [...items(root, 'sinks')];
  const flows = root.get('dataFlow', true);
  if (isMap(flows)) {
    for (const flow of items(flows, 'third_parties')) sinks.push(...items(flow, 'sinks'));
  }
  const seen = new Set<string>();
  for (const sink of sinks) {
    if (!isThirdParty(sink)) continue;
    const id = text(sink, 'id');
    const name = text(sink, 'name') ?? id;
    if (id === undefined || name === undefined || seen.has(id)) continue;
    seen.add(id);
    const keys = [id, name, ...texts(sink, 'domains'), ...texts(sink, 'apiUrl')];
    found.push({ kind: 'service', scanner: 'privado', name, keys, at: at(sink) });
  }
  return found;
}
