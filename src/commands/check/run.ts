/**
 * The body of `gdpr check`, shared by its two entries: check.ts (the engine inside, for a run
 * without a cache) and check-cached.ts (the engine loaded on demand). cli.ts picks one.
 */
import type { Diagnostic } from '../../diagnostics.js';
import { CacheReplay, DEFAULT_CACHE_FILE, type LazyRules } from '../../check/cache-replay.js';
import type { Rule } from '../../check/rule.js';
import { decideColor } from '../../color.js';
import { EXIT } from '../../errors.js';
import { describesRules, loadChunkedFormatter } from '../../formatters/index.js';
import type { Io } from '../../io.js';
import { parseClock, parseCount } from '../../options.js';
import { emit, findingsExitCode, outputOf, terminalWidth } from '../../output.js';
import { findRegisterRoot } from '../../register/find-root.js';
import { resolve } from 'node:path';
import { SUPPRESSIONS_FILE, bulkSuppress, suppressionMode } from '../../check/suppressions.js';
import { messageLanguage, ruleDescription } from '../../check/rule-text.js';
import { FALLBACK_LANGUAGE, commandLanguage } from '../../locale/index.js';
import { UsageError } from '../../errors.js';
import { toolVersion } from '../../version.js';
import type { CHECK, OptionsOf } from '../specs.js';
import { cacheAsked } from './cache-asked.js';

/** The options and arguments of `gdpr check`, as declared in specs.ts. */
export type CheckCommandOptions = OptionsOf<typeof CHECK>;

/** What `gdpr check` loads to check a register (check-engine.ts), at once or on demand. */
export type CheckEngine = typeof import('../check-engine.js');

/**
 * `gdpr check`, given the way to its engine: the rules and the engine are needed only to check a
 * register or to name the rules (`--suppress-rule`, SARIF's list of rules), so a run its cache
 * replays does without them when they load on demand (check-cached.ts).
 */
export async function runCheck(
  options: CheckCommandOptions,
  io: Io,
  loadEngine: () => Promise<CheckEngine>,
): Promise<number> {
  const loadRules = async (): Promise<readonly Rule[]> => (await loadEngine()).RULES;
  /** The tool's own rules, which its build stamp stands for in the cache's key. */
  const toolRules: LazyRules = { key: 'built-in', load: loadRules };
  const output = outputOf(options);
  const maxWarnings = parseCount('--max-warnings', options.maxWarnings);
  const { today, now } = parseClock(options);
  const roots = await registerRoots(
    io.cwd,
    options.paths?.length ? options.paths : ['.'],
    // No register yet to take a language from: a missing register is refused in --lang.
    commandLanguage(options.lang, undefined),
  );
  const mode = suppressionMode(
    options,
    options.suppressRule?.length ? (await loadRules()).map((r) => r.meta.id) : [],
  );
  const lang = options.lang === undefined ? undefined : messageLanguage(options.lang);

  // Several registers: each one's findings, sorted, under its own files, in the order given;
  // each register keeps its own gdpr-suppressions.json.
  const diagnostics: Diagnostic[] = [];
  const unused: string[] = [];
  const cache = cacheAsked(options)
    ? new CacheReplay(
        io.cwd,
        options.cacheLocation ?? DEFAULT_CACHE_FILE,
        options.cacheStrategy ?? 'metadata',
        loadEngine,
      )
    : undefined;
  for (const root of roots) {
    const context = {
      today,
      now,
      cwd: io.cwd,
      ...(lang === undefined ? { registerLanguage: true } : { lang }),
    };
    const found = cache
      ? await cache.check(root, { ...context, rules: toolRules })
      : await (await loadEngine()).checkWithRules(root, context);
    const applied = bulkSuppress(root, io, found.diagnostics, mode);
    diagnostics.push(...applied.diagnostics);
    unused.push(...applied.unused);
  }
  cache?.save();

  const format = options.format ?? 'stylish';
  const formatter = await loadChunkedFormatter(format);
  const color = output === undefined && decideColor(options.color, io.env, io.stdout.isTTY);
  const rules = describesRules(format) ? await loadRules() : [];
  const text = formatter(diagnostics, {
    color,
    width: terminalWidth(io, output),
    cwd: io.cwd,
    toolVersion: toolVersion(),
    rules: rules.map((r) => ({
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
async function registerRoots(
  cwd: string,
  args: readonly string[],
  lang: string,
): Promise<string[]> {
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
      const root = findRegisterRoot(resolve(cwd, folder), lang);
      if (!roots.includes(root)) roots.push(root);
    }
  }
  return roots;
}
