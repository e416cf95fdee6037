/**
 * Bulk suppressions, as ESLint has them (`eslint-suppressions.json`): a `gdpr-suppressions.json`
 * at the register root counts, per file and rule, the errors a team accepts for now. While a
 * file has no more errors of a rule than its count, they are hidden; one more and every error of
 * that rule in that file is shown again, so a new error always fails. Counts above what is found
 * are stale: reported, and removed by `--prune-suppressions`.
 *
 * Pure functions over diagnostics, and `bulkSuppress`, which reads the file, updates it when
 * asked (`--suppress-all`, `--suppress-rule`, `--prune-suppressions`) and applies it.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { ConfigError, UsageError } from '../errors.js';
import { writeFileAtomicSync } from '../fsx/write.js';
import type { Io } from '../io.js';
import { didYouMean } from '../register/suggest.js';
import { displayPath } from './display-path.js';

export const SUPPRESSIONS_FILE = 'gdpr-suppressions.json';

/** Register-relative file → rule id → count. */
export type Suppressions = Record<string, Record<string, { count: number }>>;

/** A diagnostic with the register-relative path of its file (the suppressions file's key). */
export interface Located {
  diagnostic: Diagnostic;
  file: string;
}

/** Findings a suppression can hold: errors (as ESLint), except files that do not parse. */
export function suppressible(d: Diagnostic): boolean {
  return d.severity === 'error' && d.rule !== 'yaml-syntax';
}

export function countByFileAndRule(found: readonly Located[]): Suppressions {
  const out: Suppressions = {};
  for (const { diagnostic, file } of found) {
    if (!suppressible(diagnostic)) continue;
    const rules = (out[file] ??= {});
    (rules[diagnostic.rule] ??= { count: 0 }).count++;
  }
  return out;
}

/** `--suppress-all` (rules undefined) or `--suppress-rule` (the listed rules): counts set to what is found now. */
export function suppress(
  existing: Suppressions,
  found: readonly Located[],
  rules?: readonly string[],
): Suppressions {
  const next = structuredClone(existing);
  for (const [file, byRule] of Object.entries(countByFileAndRule(found))) {
    for (const [rule, count] of Object.entries(byRule)) {
      if (rules && !rules.includes(rule)) continue;
      (next[file] ??= {})[rule] = { count: count.count };
    }
  }
  return next;
}

export interface Applied {
  shown: Diagnostic[];
  suppressed: number;
  /** Counts left over: suppressions for errors that are no longer there. */
  unused: Suppressions;
}

export function applySuppressions(found: readonly Located[], suppressions: Suppressions): Applied {
  const counts = countByFileAndRule(found);
  const unused: Suppressions = {};
  const hidden = new Set<string>();
  for (const [file, byRule] of Object.entries(suppressions)) {
    for (const [rule, { count }] of Object.entries(byRule)) {
      const n = counts[file]?.[rule]?.count ?? 0;
      if (n <= count) hidden.add(`${file}\u0000${rule}`);
      if (n < count) (unused[file] ??= {})[rule] = { count: count - n };
    }
  }
  const shown: Diagnostic[] = [];
  let suppressed = 0;
  for (const { diagnostic, file } of found) {
    if (suppressible(diagnostic) && hidden.has(`${file}\u0000${diagnostic.rule}`)) suppressed++;
    else shown.push(diagnostic);
  }
  return { shown, suppressed, unused };
}

/** `--prune-suppressions`: lowers each count to what is found, dropping entries that reach zero. */
export function prune(suppressions: Suppressions, unused: Suppressions): Suppressions {
  const next: Suppressions = {};
  for (const [file, byRule] of Object.entries(suppressions)) {
    for (const [rule, { count }] of Object.entries(byRule)) {
      const left = count - (unused[file]?.[rule]?.count ?? 0);
      if (left > 0) (next[file] ??= {})[rule] = { count: left };
    }
  }
  return next;
}

/** Stable bytes: files and rules sorted, two-space JSON, final newline. */
export function serializeSuppressions(s: Suppressions): string {
  const sorted: Suppressions = {};
  for (const [file, rules] of Object.entries(s).sort(byKey)) {
    const entries = Object.entries(rules).sort(byKey);
    if (entries.length === 0) continue;
    sorted[file] = Object.fromEntries(entries.map(([rule, { count }]) => [rule, { count }]));
  }
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

function byKey(a: [string, unknown], b: [string, unknown]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/** Checks the shape of a parsed suppressions file; returns a sentence saying what is wrong, if anything. */
export function suppressionsShapeError(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return 'must be a JSON object mapping file paths to { "<rule>": { "count": <n> } }';
  }
  for (const [file, byRule] of Object.entries(value as Record<string, unknown>)) {
    if (byRule === null || typeof byRule !== 'object' || Array.isArray(byRule)) {
      return `the entry for \`${file}\` must be an object mapping rule ids to { "count": <n> }`;
    }
    for (const [rule, entry] of Object.entries(byRule as Record<string, unknown>)) {
      const count = (entry as { count?: unknown } | null)?.count;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
        return `\`${file}\` → \`${rule}\` must be { "count": <a whole number ≥ 1> }`;
      }
    }
  }
  return undefined;
}

/** One line per stale entry, `file: rule (n unused)`, sorted. */
export function describeUnused(unused: Suppressions): string[] {
  const lines: string[] = [];
  for (const [file, rules] of Object.entries(unused).sort(byKey)) {
    for (const [rule, { count }] of Object.entries(rules).sort(byKey)) {
      lines.push(
        `${file}: ${rule} (${count} suppressed error${count === 1 ? '' : 's'} no longer found)`,
      );
    }
  }
  return lines;
}

export type SuppressionMode =
  { kind: 'apply' } | { kind: 'suppress'; rules?: string[] } | { kind: 'prune' };

/** The options of `gdpr check` that choose what happens to gdpr-suppressions.json. */
export interface SuppressionOptions {
  suppressAll?: boolean;
  suppressRule?: string[];
  pruneSuppressions?: boolean;
}

/** At most one of the three options; `known` is every rule id (for `--suppress-rule`). */
export function suppressionMode(o: SuppressionOptions, known: readonly string[]): SuppressionMode {
  const rules = o.suppressRule ?? [];
  const chosen = [o.suppressAll === true, rules.length > 0, o.pruneSuppressions === true].filter(
    Boolean,
  ).length;
  if (chosen > 1)
    throw new UsageError(
      '--suppress-all, --suppress-rule and --prune-suppressions cannot be used together',
    );
  for (const id of rules) {
    if (!known.includes(id))
      throw new UsageError(
        `--suppress-rule: unknown rule \`${id}\`.${didYouMean(id, known)} Run \`gdpr rules\` to list them.`,
      );
  }
  if (o.suppressAll) return { kind: 'suppress' };
  if (rules.length > 0) return { kind: 'suppress', rules };
  if (o.pruneSuppressions) return { kind: 'prune' };
  return { kind: 'apply' };
}

/** Reads gdpr-suppressions.json, updates it when asked, and hides what it counts. */
export function bulkSuppress(
  root: string,
  io: Io,
  all: Diagnostic[],
  mode: SuppressionMode,
): { diagnostics: Diagnostic[]; unused: string[] } {
  const path = join(root, SUPPRESSIONS_FILE);
  const located = all.map((diagnostic) => ({
    diagnostic,
    file: relative(root, resolve(io.cwd, diagnostic.file)).split(sep).join('/'),
  }));
  let current = readSuppressions(path, io.cwd);
  if (mode.kind === 'apply' && current === undefined) return { diagnostics: all, unused: [] };
  current ??= {};
  if (mode.kind === 'suppress') {
    current = suppress(current, located, mode.rules);
    writeFileAtomicSync(path, serializeSuppressions(current), { force: true });
  } else if (mode.kind === 'prune') {
    current = prune(current, applySuppressions(located, current).unused);
    writeFileAtomicSync(path, serializeSuppressions(current), { force: true });
  }
  const applied = applySuppressions(located, current);
  if (mode.kind !== 'apply') {
    const where = displayPath(path, io.cwd);
    io.stderr.write(
      `gdpr: ${where} updated; ${applied.suppressed} error${applied.suppressed === 1 ? '' : 's'} suppressed.\n`,
    );
  }
  return { diagnostics: applied.shown, unused: describeUnused(applied.unused) };
}

function readSuppressions(path: string, cwd: string): Suppressions | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigError(`cannot read the file: ${(e as Error).message}`, {
      file: displayPath(path, cwd),
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(
      `is not valid JSON (${(e as Error).message}); fix it or delete it and run \`gdpr check --suppress-all\``,
      { file: displayPath(path, cwd) },
    );
  }
  const problem = suppressionsShapeError(value);
  if (problem) throw new ConfigError(problem, { file: displayPath(path, cwd) });
  return value as Suppressions;
}
