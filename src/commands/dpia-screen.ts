/**
 * `gdpr dpia screen <activity> [path]`: screens an activity against the WP248 criteria and
 * the CNIL lists (Art. 35(1), (4), (5)), records the result in the activity and opens a draft
 * DPIA when one is required.
 */
import { EXIT, UsageError } from '../errors.js';
import { FileExistsError, writeFileAtomicSync } from '../fsx/write.js';
import type { Io } from '../io.js';
import { parseClock } from '../options.js';
import { InvalidAnswerError, MissingAnswersError, PresetAsker } from '../prompts/asker.js';
import { openRegister } from '../register/open.js';
import {
  askScreening,
  describeScreening,
  findActivity,
  planScreening,
  screeningFlags,
  screeningLanguage,
  type ScreeningAnswers,
} from '../dpia/screen.js';
import { reportMissing, terminalFor, type WizardDependencies } from '../prompts/session.js';
import type { DPIA_SCREEN, OptionsOf } from './specs.js';

/** The options and arguments of `gdpr dpia screen`, as declared in specs.ts. */
export type DpiaScreenOptions = OptionsOf<typeof DPIA_SCREEN>;

const FLAG_OF: Readonly<Record<string, string>> = {
  criteria: '--criteria',
  cnil_required: '--cnil-required',
  cnil_exempt: '--cnil-exempt',
};

export async function dpiaScreen(
  options: DpiaScreenOptions,
  io: Io,
  deps: WizardDependencies = {},
): Promise<number> {
  const { today } = parseClock(options);
  const register = openRegister(io.cwd, options.path);
  const activity = findActivity(register, options.activity);
  const lang = screeningLanguage(register);

  const flags = screeningFlags(options);
  // Any screening flag makes the run non-interactive: the flags are the whole answer.
  const fallback = Object.keys(flags).length > 0 ? undefined : await terminalFor(io, deps);
  const asker = new PresetAsker(flags, fallback);
  let answers: ScreeningAnswers;
  try {
    answers = await askScreening(asker, { lang, current: activity.data.dpia?.criteria ?? [] });
    asker.assertComplete();
  } catch (e) {
    if (e instanceof MissingAnswersError) return reportMissing(e, io, FLAG_OF);
    if (e instanceof InvalidAnswerError) throw new UsageError(e.message);
    throw e;
  }

  const plan = planScreening(register, options.activity, answers, today);
  if (plan.dpia) {
    try {
      writeFileAtomicSync(plan.dpia.abs, plan.dpia.text, { force: options.force === true });
    } catch (e) {
      if (e instanceof FileExistsError) {
        throw new UsageError(
          `${plan.dpia.rel} already exists but ${plan.activity.rel} does not reference it; nothing was written. Set dpia.ref to it, or pass --force to replace it with a new draft.`,
        );
      }
      throw e;
    }
  }
  writeFileAtomicSync(plan.activity.abs, plan.activity.text, { force: true });
  io.stdout.write(describeScreening(plan, lang));
  return EXIT.ok;
}
