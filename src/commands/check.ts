import type { Diagnostic } from '../diagnostics.js';
import { checkRegister } from '../check/engine.js';
import { RULES } from '../rules/index.js';
import { decideColor } from '../color.js';
import { EXIT } from '../errors.js';
import { loadFormatter } from '../formatters/index.js';
import type { Io } from '../io.js';
import { parseClock, parseCount } from '../options.js';
import { emit, findingsExitCode, outputOf } from '../output.js';
import { findRegisterRoot } from '../register/find-root.js';
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { displayPath } from '../check/engine.js';
import { messageLanguage, ruleDescription } from '../check/rule-text.js';
import { FALLBACK_LANGUAGE } from '../locale/index.js';
import {
  SUPPRESSIONS_FILE,
  applySuppressions,
  describeUnused,
  prune,
  serializeSuppressions,
  suppress,
  suppressionsShapeError,
  type Suppressions,
} from '../check/suppressions.js';
import { ConfigError, UsageError } from '../errors.js';
import { writeFileAtomicSync } from '../fsx/write.js';
import { didYouMean } from '../register/suggest.js';
import { toolVersion } from '../version.js';
import type { CHECK, OptionsOf } from './specs.js';

/** The options and arguments of `gdpr check`, as declared in specs.ts. */
export type CheckCommandOptions = OptionsOf<typeof CHECK>;

export async function check(options: CheckCommandOptions, io: Io): Promise<number> {
  const output = outputOf(options);
  const maxWarnings = parseCount('--max-warnings', options.maxWarnings);
  const { today, now } = parseClock(options);
  const roots = await registerRoots(io.cwd, options.paths?.length ? options.paths : ['.']);
  const mode = suppressionMode(options);
  const lang = options.lang === undefined ? undefined : messageLanguage(options.lang);

  // Several registers: each one's findings, sorted, under its own files, in the order given;
  // each register keeps its own gdpr-suppressions.json.
  const diagnostics: Diagnostic[] = [];
  const unused: string[] = [];
  for (const root of roots) {
    const found = await checkRegister(root, {
      today,
      now,
      cwd: io.cwd,
      rules: RULES,
      ...(lang === undefined ? { registerLanguage: true } : { lang }),
    });
    const applied = bulkSuppress(root, io, found.diagnostics, mode);
    diagnostics.push(...applied.diagnostics);
    unused.push(...applied.unused);
  }

  const formatter = await loadFormatter(options.format ?? 'stylish');
  const color = output === undefined && decideColor(options.color, io.env, io.stdout.isTTY);
  const text = formatter(diagnostics, {
    color,
    cwd: io.cwd,
    toolVersion: toolVersion(),
    rules: RULES.map((r) => ({
      id: r.meta.id,
      description: ruleDescription(lang ?? FALLBACK_LANGUAGE, r.meta.id),
      severity: r.meta.severity,
      ...(r.meta.article ? { article: r.meta.article } : {}),
    })),
  });
  await emit(io, text, output);

  if (unused.length > 0 && !options.passOnUnprunedSuppressions) {
    io.stderr.write(
      `gdpr: ${SUPPRESSIONS_FILE} suppresses errors that are no longer found:\n${unused.map((l) => `  ${l}`).join('\n')}\n` +
        'Run `gdpr check --prune-suppressions` to remove them (or pass --pass-on-unpruned-suppressions).\n',
    );
    return EXIT.usage;
  }
  return findingsExitCode(io, diagnostics, maxWarnings);
}

/**
 * The register roots named by the arguments, each once, in the order given. An argument with
 * glob characters is expanded (folders only, sorted); one that matches nothing is a usage error.
 */
async function registerRoots(cwd: string, args: readonly string[]): Promise<string[]> {
  const roots: string[] = [];
  for (const arg of args) {
    let folders = [arg];
    if (/[*?[\]{}]/.test(arg)) {
      const { globSync } = await import('tinyglobby');
      folders = globSync(arg, {
        cwd,
        onlyDirectories: true,
        absolute: true,
        expandDirectories: false,
      }).sort();
      if (folders.length === 0) throw new UsageError(`no folder matches \`${arg}\``);
    }
    for (const folder of folders) {
      const root = findRegisterRoot(resolve(cwd, folder));
      if (!roots.includes(root)) roots.push(root);
    }
  }
  return roots;
}

type SuppressionMode =
  { kind: 'apply' } | { kind: 'suppress'; rules?: string[] } | { kind: 'prune' };

function suppressionMode(o: CheckCommandOptions): SuppressionMode {
  const rules = o.suppressRule ?? [];
  const chosen = [o.suppressAll === true, rules.length > 0, o.pruneSuppressions === true].filter(
    Boolean,
  ).length;
  if (chosen > 1)
    throw new UsageError(
      '--suppress-all, --suppress-rule and --prune-suppressions cannot be used together',
    );
  const known = RULES.map((r) => r.meta.id);
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
function bulkSuppress(
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
