/**
 * `gdpr dpia screen <activity> [path]`: screens an activity against the WP248 criteria and
 * the CNIL lists (Art. 35(1), (4), (5)), records the result in the activity and opens a draft
 * DPIA when one is required.
 */
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { parseClock } from '../options.js';
import { openRegister } from '../register/open.js';
import { commandLanguage } from '../locale/index.js';
import {
  askScreening,
  describeScreening,
  findActivity,
  planScreening,
  screeningFlags,
  screeningLanguage,
  type ScreeningAnswers,
} from '../dpia/screen.js';
import { wizardLanguage } from '../prompts/language.js';
import type { WizardDependencies } from '../prompts/session.js';
import { runWizard, writeFiles, type FileToWrite } from '../prompts/wizard.js';
import type { DPIA_SCREEN, OptionsOf } from './specs.js';

/** The options and arguments of `gdpr dpia screen`, as declared in specs.ts. */
export type DpiaScreenOptions = OptionsOf<typeof DPIA_SCREEN>;

const FLAG_OF: Readonly<Record<string, string>> = {
  art35_3: '--art35-3',
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
  const register = openRegister(io.cwd, options.path, { lang: options.lang });
  const activity = findActivity(
    register,
    options.activity,
    commandLanguage(options.lang, register.config?.data.languages),
  );
  const wizardLang = wizardLanguage(options.lang, register.config?.data.languages);
  // The labels of the law data follow --lang when given, else the register's language.
  const lang = options.lang === undefined ? screeningLanguage(register) : wizardLang;
  const flags = screeningFlags(options);
  return runWizard<ScreeningAnswers>(io, deps, {
    preset: flags,
    // Any screening flag makes the run non-interactive: the flags are the whole answer.
    terminal: Object.keys(flags).length === 0,
    flagOf: FLAG_OF,
    ask: (asker) =>
      askScreening(asker, {
        lang,
        current: activity.data.dpia?.criteria ?? [],
        currentArt35: activity.data.dpia?.art35_3 ?? [],
        wizardLang,
      }),
    write: (answers) => {
      const plan = planScreening(register, options.activity, answers, today);
      const files: FileToWrite[] = plan.dpia
        ? [{ abs: plan.dpia.abs, content: plan.dpia.text }]
        : [];
      files.push({ abs: plan.activity.abs, content: plan.activity.text, replace: true });
      writeFiles(io, files, {
        force: options.force,
        existing: () =>
          `${plan.dpia?.rel ?? ''} already exists but ${plan.activity.rel} does not reference ` +
          `it; nothing was written. Set dpia.ref to it, or pass --force to replace it with a ` +
          `new draft.`,
      });
      io.stdout.write(describeScreening(plan, lang, wizardLang));
      return EXIT.ok;
    },
  });
}
