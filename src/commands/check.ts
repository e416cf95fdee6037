import { summarize } from '../diagnostics.js';
import { checkRegister } from '../check/engine.js';
import { RULES } from '../rules/index.js';
import { decideColor } from '../color.js';
import { EXIT } from '../errors.js';
import { loadFormatter } from '../formatters/index.js';
import type { Io } from '../io.js';
import { parseClock, parseCount } from '../options.js';
import { emit, outputOf } from '../output.js';
import { findRegisterRoot } from '../register/find-root.js';
import { resolve } from 'node:path';
import { toolVersion } from '../version.js';
import type { CHECK, OptionsOf } from './specs.js';

/** The options and arguments of `gdpr check`, as declared in specs.ts. */
export type CheckCommandOptions = OptionsOf<typeof CHECK>;

export async function check(options: CheckCommandOptions, io: Io): Promise<number> {
  const output = outputOf(options);
  const maxWarnings = parseCount('--max-warnings', options.maxWarnings);
  const { today, now } = parseClock(options);
  const root = findRegisterRoot(resolve(io.cwd, options.path));

  const { diagnostics } = await checkRegister(root, { today, now, cwd: io.cwd, rules: RULES });

  const formatter = await loadFormatter(options.format ?? 'stylish');
  const color = output === undefined && decideColor(options.color, io.env, io.stdout.isTTY);
  const text = formatter(diagnostics, {
    color,
    cwd: io.cwd,
    toolVersion: toolVersion(),
    rules: RULES.map((r) => ({
      id: r.meta.id,
      description: r.meta.description,
      severity: r.meta.severity,
      ...(r.meta.article ? { article: r.meta.article } : {}),
    })),
  });
  await emit(io, text, output);

  const { errors, warnings } = summarize(diagnostics);
  if (errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(
      `gdpr: too many warnings (${warnings}); the maximum is ${maxWarnings} (--max-warnings).\n`,
    );
    return EXIT.findings;
  }
  return EXIT.ok;
}
