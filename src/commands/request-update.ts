/**
 * `gdpr request update <id> [path]`: records an identity check, an extension, the answer or a
 * refusal of a request (Art. 12), rewriting its file in place.
 */
import { EXIT, UsageError } from '../errors.js';
import { writeFileAtomicSync } from '../fsx/write.js';
import type { Io } from '../io.js';
import { parseClock } from '../options.js';
import { mergeFlags, readAnswersFile } from '../prompts/answers.js';
import { InvalidAnswerError, MissingAnswersError, PresetAsker } from '../prompts/asker.js';
import { openRegister } from '../register/open.js';
import { didYouMean } from '../register/suggest.js';
import { registerHolidays } from '../model/requests.js';
import { reportMissing, terminalFor, type WizardDependencies } from '../prompts/session.js';
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
  const register = openRegister(io.cwd, options.path);
  const record = register.records.request.get(options.id);
  if (record === undefined) {
    throw new UsageError(
      `no request \`${options.id}\` in requests/.${didYouMean(options.id, register.records.request.keys())}`,
    );
  }

  const preset = presetAnswers(options, io.cwd);
  const given = actionsGiven(preset);
  // Flags say what to record; a terminal, when there is one, asks only what they leave out.
  const asker = new PresetAsker(preset, await terminalFor(io, deps));
  let answers: UpdateAnswers;
  try {
    answers = await askUpdate(asker, record.data, given, today);
    asker.assertComplete();
  } catch (e) {
    if (e instanceof MissingAnswersError) return reportMissing(e, io, FLAG_OF);
    if (e instanceof InvalidAnswerError) throw new UsageError(e.message);
    throw e;
  }

  const plan = planUpdate(
    record,
    answers,
    await registerHolidays(register, (m) => io.stderr.write(`warning: ${m}\n`)),
  );
  writeFileAtomicSync(record.file.absPath, plan.text, { force: true });
  io.stdout.write(`Updated ${record.file.relPath}.\n${plan.messages.join('\n')}\n`);
  return EXIT.ok;
}
