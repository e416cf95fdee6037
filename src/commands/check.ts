import { summarize } from '../diagnostics.js';
import { checkRegister } from '../check/engine.js';
import { RULES } from '../rules/index.js';
import { decideColor } from '../color.js';
import { EXIT } from '../errors.js';
import { loadFormatter, type FormatName } from '../formatters/index.js';
import type { Io } from '../io.js';
import { parseCount, parseNow, parseToday } from '../options.js';
import { emit } from '../output.js';
import { findRegisterRoot } from '../register/find-root.js';
import { resolve } from 'node:path';
import { toolVersion } from '../version.js';

export interface CheckCommandOptions {
  path: string;
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
  const root = findRegisterRoot(resolve(io.cwd, options.path));

  const { diagnostics } = await checkRegister(root, { today, now, cwd: io.cwd, rules: RULES });

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
