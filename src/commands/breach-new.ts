/** `gdpr breach new [path]`: the incident wizard (Arts. 33–34); writes incidents/<id>.yaml. */
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { checkAnswerNames, loadTerminal, reportMissing } from '../breach/answers.js';
import { notifiedAuthority } from '../breach/authority.js';
import { nextSteps } from '../breach/next-steps.js';
import { shownPath } from '../paths.js';
import { incidentYaml } from '../breach/record.js';
import { BREACH_NEW_ANSWERS, breachWizard, deadlineSentence, type WizardResult } from '../breach/wizard.js';
import { displayZone } from '../breach/zone.js';
import { notificationDuties } from '../model/breaches.js';
import { EXIT, UsageError } from '../errors.js';
import { FileExistsError, writeFileAtomicSync } from '../fsx/write.js';
import type { Io } from '../io.js';
import { parseNow } from '../options.js';
import { InvalidAnswerError, MissingAnswersError, PresetAsker, type Asker } from '../prompts/asker.js';
import { readAnswersFile } from '../prompts/answers.js';
import { openRegister } from '../register/open.js';
import { validateDocument } from '../register/validate.js';

export interface BreachNewOptions {
  path?: string;
  answers?: string;
  now?: string;
  force?: boolean;
}

export interface BreachNewDependencies {
  /** The terminal asker; injected by tests, loaded lazily otherwise (only interactive runs load inquirer). */
  terminal?: () => Promise<Asker>;
}

export async function breachNew(options: BreachNewOptions, io: Io, deps: BreachNewDependencies = {}): Promise<number> {
  const now = parseNow(options.now, undefined);
  const register = openRegister(io.cwd, options.path ?? '.');
  const preset = options.answers !== undefined ? readAnswersFile(io.cwd, options.answers) : {};
  if (options.answers !== undefined) checkAnswerNames(preset, BREACH_NEW_ANSWERS, options.answers);

  const fallback = io.interactive ? await (deps.terminal ?? loadTerminal)() : undefined;
  const asker = new PresetAsker(preset, fallback);
  const config = register.config?.data;
  const zone = displayZone(config?.organisation.country, io.env);
  const authority = notifiedAuthority(config, 'en');

  let result: WizardResult;
  try {
    result = await breachWizard(asker, { register, now, zone, authority, print: (text) => io.stdout.write(text), interactive: io.interactive, checkpoint: () => { asker.assertComplete(); } });
    asker.assertComplete();
  } catch (e) {
    if (e instanceof MissingAnswersError) return reportMissing(e, io);
    if (e instanceof InvalidAnswerError) throw new UsageError(e.message);
    throw e;
  }

  const file = join(register.root, 'incidents', `${result.id}.yaml`);
  const text = incidentYaml(result.incident, file);
  // What we write must be what the schema accepts: a bug here must not leave a broken record.
  const problems = validateDocument('incident', parse(text));
  if (problems.length > 0) throw new Error(`the incident would not match its schema: ${problems.map((p) => p.message).join('; ')}`);
  try {
    writeFileAtomicSync(file, text, { force: options.force === true });
  } catch (e) {
    if (e instanceof FileExistsError) {
      io.stderr.write(`gdpr: ${relative(io.cwd, file) || file} already exists; nothing was written (choose another id, or use --force to replace it)\n`);
      return EXIT.usage;
    }
    throw e;
  }

  const role = result.incident.role ?? 'controller';
  // The recorded decision (a person may have overridden the assessment), as `gdpr check` reads it.
  const duties = notificationDuties(result.incident);
  const recorded = { ...result.decision, notify_authority: duties.authority || duties.controller };
  const lines = [`Recorded ${shownPath(io.cwd, file)}.`, deadlineSentence(recorded, { zone, authority, role })];
  lines.push(...nextSteps(result.id, duties, shownPath(io.cwd, register.root)), '');
  io.stdout.write(lines.join('\n'));
  return EXIT.ok;
}
