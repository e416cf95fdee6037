/**
 * `gdpr request new [path]`: records a data-subject request as `requests/<received>-<type>-<n>.yaml`
 * and prints its due date (Art. 12(3)). Every question is answered before anything is written;
 * an existing file is never replaced (the next free number is taken instead).
 */
import { maxExtensionMonths, registerHolidays, requestDue } from '../model/requests.js';
import { EXIT, UsageError } from '../errors.js';
import { shownPath } from '../paths.js';
import { FileExistsError, writeFileAtomicSync } from '../fsx/write.js';
import type { Io } from '../io.js';
import { parseToday } from '../options.js';
import { mergeFlags, readAnswersFile } from '../prompts/answers.js';
import { InvalidAnswerError, MissingAnswersError, PresetAsker } from '../prompts/asker.js';
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
import { reportMissing, terminalFor, type WizardDependencies } from '../prompts/session.js';
import { newRecordText } from '../register/record-file.js';

export interface RequestNewOptions {
  path?: string;
  answers?: string;
  type?: string;
  received?: string;
  channel?: string;
  reference?: string;
  activities?: string;
  today?: string;
}

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

export async function requestNew(options: RequestNewOptions, io: Io, deps: WizardDependencies = {}): Promise<number> {
  const today = parseToday(options.today);
  const register = openRegister(io.cwd, options.path ?? '.');
  const asker = new PresetAsker(presetAnswers(options, io.cwd), await terminalFor(io, deps));

  let answers: NewRequestAnswers;
  try {
    answers = await askNewRequest(asker, register, today);
    asker.assertComplete();
  } catch (e) {
    if (e instanceof MissingAnswersError) return reportMissing(e, io, FLAG_OF);
    if (e instanceof InvalidAnswerError) throw new UsageError(e.message);
    throw e;
  }

  const request = buildRequest(answers);
  let written: { id: string; abs: string; rel: string } | undefined;
  for (const candidate of requestFileCandidates(register.root, request.received, request.type)) {
    try {
      writeFileAtomicSync(candidate.abs, newRecordText('request', candidate.abs, request));
      written = candidate;
      break;
    } catch (e) {
      // Another run took this number between our look and our write: take the next one.
      if (!(e instanceof FileExistsError)) throw e;
    }
  }

  const due = requestDue(request, await registerHolidays(register, (m) => io.stderr.write(`warning: ${m}\n`)));
  const lines = [
    `Recorded ${shownPath(io.cwd, written!.abs)} (status open).`,
    `${describeDue(request.received, due)}; ${daysLeftText(today, due.due)}.`,
    `An extension (up to ${maxExtensionMonths()} further months) must be notified to the person, with its reasons, by ${due.due} (Art. 12(3)).`,
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  for (const warning of applicabilityWarnings(register, request.type, answers.activities)) io.stderr.write(`warning: ${warning}\n`);
  return EXIT.ok;
}
