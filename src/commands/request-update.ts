/**
 * `gdpr request update <id> [path]`: records an identity check, an extension, the answer or a
 * refusal of a request (Art. 12), rewriting its file in place.
 */
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { parseClock } from '../options.js';
import { mergeFlags, readAnswersFile } from '../prompts/answers.js';
import { openRegister } from '../register/open.js';
import { closest } from '../register/suggest.js';
import { didYouMeanText, refusalText } from '../register/wording.js';
import { commandLanguage } from '../locale/index.js';
import { registerHolidays } from '../model/requests.js';
import { wizardLanguage, wizardWords } from '../prompts/language.js';
import { shownPath } from '../paths.js';
import type { WizardDependencies } from '../prompts/session.js';
import { runWizard, writeFiles } from '../prompts/wizard.js';
import {
  actionsGiven,
  askUpdate,
  planUpdate,
  type UpdateAnswers,
} from '../requests/update-request.js';
import type { REQUEST_UPDATE, OptionsOf } from './specs.js';

/** The options and arguments of `gdpr request update`, as declared in specs.ts. */
export type RequestUpdateOptions = OptionsOf<typeof REQUEST_UPDATE>;

const FLAG_OF: Readonly<Record<string, string>> = {
  action: '--identity-verified, --extend, --complete or --refuse',
  identity_verified: '--identity-verified',
  extend: '--extend',
  reason: '--reason',
  notified: '--notified',
  completed: '--complete',
  refused: '--refuse',
};

function presetAnswers(options: RequestUpdateOptions, cwd: string): Record<string, unknown> {
  return mergeFlags(options.answers !== undefined ? readAnswersFile(cwd, options.answers) : {}, {
    identity_verified: options.identityVerified,
    extend: options.extend,
    reason: options.reason,
    notified: options.notified,
    completed: options.complete,
    refused: options.refuse,
  });
}

export async function requestUpdate(
  options: RequestUpdateOptions,
  io: Io,
  deps: WizardDependencies = {},
): Promise<number> {
  const { today } = parseClock(options);
  const register = openRegister(io.cwd, options.path, { lang: options.lang });
  const record = register.records.request.get(options.id);
  if (record === undefined) {
    const says = commandLanguage(options.lang, register.config?.data.languages);
    throw new UsageError(
      refusalText(says, 'request_unknown', {
        id: options.id,
        hint: didYouMeanText(says, closest(options.id, register.records.request.keys())),
      }),
    );
  }

  const lang = wizardLanguage(options.lang, register.config?.data.languages);
  const preset = presetAnswers(options, io.cwd);
  const given = actionsGiven(preset);
  // Flags say what to record; a terminal, when there is one, asks only what they leave out.
  return runWizard<UpdateAnswers>(io, deps, {
    preset,
    flagOf: FLAG_OF,
    ask: (asker) => askUpdate(asker, record.data, given, today, lang),
    write: async (answers) => {
      const plan = planUpdate(
        record,
        answers,
        await registerHolidays(register, (m) => io.stderr.write(`warning: ${m}\n`)),
        lang,
      );
      writeFiles(io, [{ abs: record.file.absPath, content: plan.text, replace: true }]);
      const updated = wizardWords(lang)('request.update.report.updated', {
        path: shownPath(io.cwd, record.file.absPath),
      });
      io.stdout.write(`${updated}\n${plan.messages.join('\n')}\n`);
      return EXIT.ok;
    },
  });
}
