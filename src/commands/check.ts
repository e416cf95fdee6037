import { summarize, type Diagnostic } from '../diagnostics.js';
import { checkRegister } from '../check/engine.js';
import { RULES } from '../rules/index.js';
import { decideColor } from '../color.js';
import { EXIT, UsageError } from '../errors.js';
import { loadFormatter, type FormatName } from '../formatters/index.js';
import type { Io } from '../io.js';
import { parseCount, parseNow, parseToday } from '../options.js';
import { emit } from '../output.js';
import { findRegisterRoot } from '../register/find-root.js';
import { resolve } from 'node:path';
import { toolVersion } from '../version.js';

export interface CheckCommandOptions {
  /** Register folders (or folders inside them) or glob patterns; none: the current folder. */
  paths?: string[];
  path?: string;
  format: FormatName;
  output?: string;
  maxWarnings?: string;
  today?: string;
  now?: string;
  color?: boolean;
}

export async function check(options: CheckCommandOptions, io: Io): Promise<number> {
  const maxWarnings = parseCount('--max-warnings', options.maxWarnings);
  const now = parseNow(options.now, options.today);
  const today = options.today !== undefined ? parseToday(options.today) : options.now !== undefined ? options.now.slice(0, 10) : parseToday(undefined);
  const roots = await registerRoots(io.cwd, options.paths?.length ? options.paths : [options.path ?? '.']);

  // Several registers: each one's findings, sorted, under its own files, in the order given.
  const diagnostics: Diagnostic[] = [];
  for (const root of roots) {
    const result = await checkRegister(root, { today, now, cwd: io.cwd, rules: RULES });
    diagnostics.push(...result.diagnostics);
  }

  const formatter = await loadFormatter(options.format);
  const color = options.output === undefined && decideColor(options.color, io.env, io.stdout.isTTY);
  const text = formatter(diagnostics, {
    color,
    cwd: io.cwd,
    toolVersion: toolVersion(),
    rules: RULES.map((r) => ({ id: r.meta.id, description: r.meta.description, severity: r.meta.severity, ...(r.meta.article ? { article: r.meta.article } : {}) })),
  });
  await emit(io, text, options.output);

  const { errors, warnings } = summarize(diagnostics);
  if (errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`gdpr: too many warnings (${warnings}); the maximum is ${maxWarnings} (--max-warnings).\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
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
      folders = globSync(arg, { cwd, onlyDirectories: true, absolute: true, expandDirectories: false }).sort();
      if (folders.length === 0) throw new UsageError(`no folder matches \`${arg}\``);
    }
    for (const folder of folders) {
      const root = findRegisterRoot(resolve(cwd, folder));
      if (!roots.includes(root)) roots.push(root);
    }
  }
  return roots;
}
