/**
 * `gdpr request new [path]`: records a data-subject request as `requests/<received>-<type>-<n>.yaml`
 * and prints its due date (Art. 12(3)). Every question is answered before anything is written;
 * an existing file is never replaced (the next free number is taken instead).
 */
import { maxExtensionMonths, registerHolidays, requestDue } from '../model/requests.js';
import { EXIT } from '../errors.js';
import { shownPath } from '../paths.js';
import type { Io } from '../io.js';
import { parseClock } from '../options.js';
import { mergeFlags, readAnswersFile } from '../prompts/answers.js';
import { openRegister } from '../register/open.js';
import {
  applicabilityWarnings,
  askNewRequest,
  buildRequest,
  daysLeftText,
  describeDue,
  requestFileCandidates,
  type NewRequestAnswers,
} from '../requests/new-request.js';
import { wizardLanguage, wizardWords } from '../prompts/language.js';
import type { WizardDependencies } from '../prompts/session.js';
import { ExistingFilesError, runWizard, writeFiles } from '../prompts/wizard.js';
import { newRecordText } from '../register/record-file.js';
import type { REQUEST_NEW, OptionsOf } from './specs.js';

/** The options and arguments of `gdpr request new`, as declared in specs.ts. */
export type RequestNewOptions = OptionsOf<typeof REQUEST_NEW>;

const FLAG_OF: Readonly<Record<string, string>> = {
  type: '--type',
  received: '--received',
  channel: '--channel',
  reference: '--reference',
  activities: '--activities',
};

function presetAnswers(options: RequestNewOptions, cwd: string): Record<string, unknown> {
  return mergeFlags(options.answers !== undefined ? readAnswersFile(cwd, options.answers) : {}, {
    type: options.type,
    received: options.received,
    channel: options.channel,
    reference: options.reference,
    activities: options.activities,
  });
}

export async function requestNew(
  options: RequestNewOptions,
  io: Io,
  deps: WizardDependencies = {},
): Promise<number> {
  const { today } = parseClock(options);
  const register = openRegister(io.cwd, options.path, { lang: options.lang });
  const lang = wizardLanguage(options.lang, register.config?.data.languages);
  const t = wizardWords(lang);
  return runWizard<NewRequestAnswers>(io, deps, {
    preset: presetAnswers(options, io.cwd),
    flagOf: FLAG_OF,
    ask: (asker) => askNewRequest(asker, register, today, lang),
    write: async (answers) => {
      const request = buildRequest(answers);
      let written: string | undefined;
      for (const candidate of requestFileCandidates(
        register.root,
        request.received,
        request.type,
      )) {
        try {
          const content = newRecordText('request', candidate.abs, request);
          writeFiles(io, [{ abs: candidate.abs, content }]);
          written = shownPath(io.cwd, candidate.abs);
          break;
        } catch (e) {
          // Another run took this number between our look and our write: take the next one.
          if (!(e instanceof ExistingFilesError)) throw e;
        }
      }
      const due = requestDue(
        request,
        await registerHolidays(register, (m) => io.stderr.write(`warning: ${m}\n`)),
      );
      const lines = [
        t('request.report.recorded', { path: written ?? '?' }),
        t('request.report.due_line', {
          due: describeDue(request.received, due, lang),
          left: daysLeftText(today, due.due, lang),
        }),
        t('request.report.extension', { max: String(maxExtensionMonths()), due: due.due }),
      ];
      io.stdout.write(`${lines.join('\n')}\n`);
      for (const warning of applicabilityWarnings(register, request.type, answers.activities, lang))
        io.stderr.write(`warning: ${warning}\n`);
      return EXIT.ok;
    },
  });
}
