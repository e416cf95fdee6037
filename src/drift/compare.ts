/**
 * The register against the code: what scanners found that the register does not declare, and
 * declared processors the code no longer uses. Pure: a loaded register and detections in,
 * diagnostics out (formatted like `gdpr check`'s by the same formatters).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath } from '../check/display-path.js';
import type { Diagnostic, Severity } from '../diagnostics.js';
import { activeActivities } from '../model/activities.js';
import { DATA_DIR } from '../paths.js';
import { locate } from '../register/locate.js';
import type { Register } from '../register/load.js';
import type { Detection, Scanner } from './reports.js';

export interface DriftRuleMeta {
  id: string;
  severity: Severity;
  article: string;
  description: string;
}

export const DRIFT_RULES: readonly DriftRuleMeta[] = [
  {
    id: 'drift-undeclared-service',
    severity: 'error',
    article: 'GDPR Art. 30(1)(d), Art. 28(1)',
    description: 'a third-party service found in the code is not a party of the register',
  },
  {
    id: 'drift-undeclared-data-type',
    severity: 'error',
    article: 'GDPR Art. 30(1)(c)',
    description: 'a type of personal data found in the code is in no data category of an activity',
  },
  {
    id: 'drift-unused-processor',
    severity: 'warning',
    article: 'GDPR Art. 30(1)(d), Art. 5(1)(d)',
    description: 'a processor declared as seen in the code is no longer found there',
  },
];

const SCANNER_NAMES: Record<Scanner, string> = { bearer: 'Bearer CLI', privado: 'Privado' };

interface ScannerTypes {
  bearer: Record<string, string>;
  privado_groups: Record<string, string>;
  privado_types: Record<string, string>;
}

let scannerTypes: ScannerTypes | undefined;

/** data/scanners/data-types.json: the usual catalogue category of each scanner data type. */
function knownTypes(): ScannerTypes {
  scannerTypes ??= JSON.parse(
    readFileSync(join(DATA_DIR, 'scanners', 'data-types.json'), 'utf8'),
  ) as ScannerTypes;
  return scannerTypes;
}

/** Case, accents and punctuation do not matter: `Stripe, Inc.` and `stripe inc` are one name. */
export function normalise(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The catalogue id a scanner usually files this type under, from data/scanners/data-types.json. */
export function usualCategory(detection: Detection): string | undefined {
  const table = knownTypes();
  if (detection.scanner === 'bearer') return table.bearer[detection.name];
  for (const key of detection.keys) {
    const exact = table.privado_types[key];
    if (exact !== undefined) return exact;
    const group = /^Data\.[^.]+\.([^.]+)\./.exec(key)?.[1];
    if (group !== undefined && table.privado_groups[group] !== undefined) {
      return table.privado_groups[group];
    }
  }
  return undefined;
}

function matchesService(detection: Detection, name: string, aliases: readonly string[]): boolean {
  const keys = detection.keys.map(normalise).filter((k) => k !== '');
  const own = normalise(name);
  const listed = new Set(aliases.map(normalise));
  return keys.some((k) => listed.has(k) || k === own || own.startsWith(`${k} `));
}

function firstOfEach(detections: readonly Detection[], kind: Detection['kind']): Detection[] {
  const seen = new Set<string>();
  return detections.filter((d) => {
    const key = `${d.at.file}\u0000${normalise(d.name)}`;
    if (d.kind !== kind || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function finding(rule: DriftRuleMeta, message: string, at: Detection['at'], path = ''): Diagnostic {
  return { rule: rule.id, severity: rule.severity, message, ...at, path, article: rule.article };
}

const [SERVICE_RULE, DATA_TYPE_RULE, UNUSED_RULE] = DRIFT_RULES as [
  DriftRuleMeta,
  DriftRuleMeta,
  DriftRuleMeta,
];

function undeclaredServices(register: Register, detections: readonly Detection[]): Diagnostic[] {
  const parties = [...register.records.party.values()];
  return firstOfEach(detections, 'service').flatMap((d) => {
    const known = parties.some((p) => matchesService(d, p.data.name, p.data.detected_as ?? []));
    if (known) return [];
    const message =
      `The code sends data to "${d.name}" (found by ${SCANNER_NAMES[d.scanner]}), ` +
      'which is no party of the register: add it to parties/ (a processor needs an ' +
      'Art. 28(3) contract) and to the activities that use it, or list this name under ' +
      '`detected_as` of the party it is.';
    return [finding(SERVICE_RULE, message, d.at)];
  });
}

function undeclaredDataTypes(register: Register, detections: readonly Detection[]): Diagnostic[] {
  const used = new Set(
    activeActivities(register).flatMap((a) => (a.data.data ?? []).map((item) => item.category)),
  );
  const categories = [...register.catalogs['data-categories'].values()];
  return firstOfEach(detections, 'data-type').flatMap((d) => {
    const keys = new Set(d.keys.map(normalise));
    const explicit = categories.find((c) =>
      (c.data.detected_as ?? []).some((alias) => keys.has(normalise(alias))),
    );
    const usual = usualCategory(d);
    const category = explicit ?? categories.find((c) => c.id === usual);
    if (category !== undefined && used.has(category.id)) return [];
    const found = `The code processes "${d.name}" (found by ${SCANNER_NAMES[d.scanner]})`;
    const message =
      category !== undefined
        ? `${found}, data category "${category.id}", which no active activity lists: add it ` +
          'to the data of the activity that uses it (Art. 30(1)(c)).'
        : `${found}, which no data category of the catalogue covers` +
          (usual !== undefined ? ` (usually "${usual}")` : '') +
          ': add the category and list it in the activity that uses it, or name this type ' +
          'under `detected_as` of the category it belongs to.';
    return [finding(DATA_TYPE_RULE, message, d.at)];
  });
}

function unusedProcessors(
  register: Register,
  detections: readonly Detection[],
  cwd: string,
): Diagnostic[] {
  const services = detections.filter((d) => d.kind === 'service');
  return [...register.records.party.values()].flatMap((party) => {
    const aliases = party.data.detected_as ?? [];
    const isProcessor = party.data.kind === 'processor' || party.data.kind === 'sub-processor';
    if (!isProcessor || aliases.length === 0) return [];
    if (services.some((d) => matchesService(d, party.data.name, aliases))) return [];
    const span = locate(party.file, ['detected_as'], 'key');
    const at = {
      file: displayPath(party.file.absPath, cwd),
      line: span.start.line,
      column: span.start.column,
      endLine: span.end.line,
      endColumn: span.end.column,
    };
    const message =
      `Processor "${party.data.name}" is declared as seen in the code (${aliases.join(', ')}) ` +
      'but no scan found it: if the service is no longer used, end its use in the activities ' +
      'and the contract (deletion or return of the data, Art. 28(3)(g)); otherwise check the ' +
      '`detected_as` names.';
    return [finding(UNUSED_RULE, message, at, 'detected_as')];
  });
}

/** Every drift finding, in no particular order (the caller sorts). */
export function compareWithCode(
  register: Register,
  detections: readonly Detection[],
  cwd: string,
): Diagnostic[] {
  return [
    ...undeclaredServices(register, detections),
    ...undeclaredDataTypes(register, detections),
    ...unusedProcessors(register, detections, cwd),
  ];
}
