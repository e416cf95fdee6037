import { rmSync } from 'node:fs';
import { compareRegisters } from '../history/compare.js';
import { checkoutRegister, headState, resolveSince, workTreeRoot } from '../history/git.js';
import { renderDiff, type DiffReport } from '../history/render.js';
import { recordReview } from '../history/review.js';
import type { Io } from '../io.js';
import { message } from '../locale/index.js';
import { parseClock } from '../options.js';
import { emit, outputOf } from '../output.js';
import { shownPath } from '../paths.js';
import { loadRegister } from '../register/load.js';
import { openRegister } from '../register/open.js';
import type { DIFF, OptionsOf } from './specs.js';

/** The options and arguments of `gdpr diff`, as declared in specs.ts. */
export type DiffCommandOptions = OptionsOf<typeof DIFF>;

/** `gdpr diff`: what changed in the register since a revision or a date, read from git. */
export async function diff(options: DiffCommandOptions, io: Io): Promise<number> {
  const { today } = parseClock(options);
  const register = openRegister(io.cwd, options.path);
  const top = workTreeRoot(register.root);
  const since = options.since ?? '';
  const from = resolveSince(top, since);
  const { head, dirty } = headState(top, register.root);
  const oldRoot = checkoutRegister(top, register.root, from.sha);
  let report: DiffReport;
  try {
    const before = loadRegister(oldRoot);
    const lang = 'en';
    report = { since, from, to: head, dirty, changes: compareRegisters(before, register, lang) };
  } finally {
    rmSync(oldRoot, { recursive: true, force: true });
  }
  await emit(io, renderDiff(report, options.format ?? 'text', 'en'), outputOf(options));
  if (options.recordReview !== undefined) {
    const file = recordReview(register, report, options.recordReview, today);
    io.stderr.write(
      `${message('en', 'diff', 'review_recorded', { path: shownPath(io.cwd, file) })}\n`,
    );
  }
  return 0;
}
