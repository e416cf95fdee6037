/** `gdpr breach update <incident> [path]`: records notifications, measures and closing in the incident file. */
import { relative } from 'node:path';
import { checkAnswerNames, loadTerminal, reportMissing } from '../breach/answers.js';
import { findIncident, registerStart } from '../breach/record.js';
import {
  BREACH_UPDATE_ANSWERS,
  breachUpdateFlow,
  describeChange,
  type Change,
} from '../breach/update.js';
import { displayZone } from '../breach/zone.js';
import { EXIT, UsageError } from '../errors.js';
import { writeFileAtomicSync } from '../fsx/write.js';
import type { Io } from '../io.js';
import { parseClock } from '../options.js';
import {
  InvalidAnswerError,
  MissingAnswersError,
  PresetAsker,
  type Asker,
} from '../prompts/asker.js';
import { readAnswersFile } from '../prompts/answers.js';
import { openRegister } from '../register/open.js';
import { documentText, readRecordDocument, setInSchemaOrder } from '../register/record-file.js';
import { validateDocument } from '../register/validate.js';
import type { Incident } from '../types/register.js';
import type { BREACH_UPDATE, OptionsOf } from './specs.js';

/** The options and arguments of `gdpr breach update`, as declared in specs.ts. */
export type BreachUpdateOptions = OptionsOf<typeof BREACH_UPDATE>;

export interface BreachUpdateDependencies {
  terminal?: () => Promise<Asker>;
}

export async function breachUpdate(
  options: BreachUpdateOptions,
  io: Io,
  deps: BreachUpdateDependencies = {},
): Promise<number> {
  const { now } = parseClock(options);
  const register = openRegister(io.cwd, registerStart(options.incident, options.path));
  const record = findIncident(register, options.incident, io.cwd);
  const preset = options.answers !== undefined ? readAnswersFile(io.cwd, options.answers) : {};
  if (options.answers !== undefined)
    checkAnswerNames(preset, BREACH_UPDATE_ANSWERS, options.answers);

  const fallback = io.interactive ? await (deps.terminal ?? loadTerminal)() : undefined;
  const asker = new PresetAsker(preset, fallback);
  const config = register.config?.data;
  const zone = displayZone(config?.organisation.country, io.env);
  const authorityId =
    typeof config?.supervisory_authority === 'string' ? config.supervisory_authority : undefined;

  let changes: Change[];
  try {
    changes = await breachUpdateFlow(asker, {
      incident: record.data,
      now,
      zone,
      ...(authorityId ? { authorityId } : {}),
      answered: Object.keys(preset),
    });
    asker.assertComplete();
  } catch (e) {
    if (e instanceof MissingAnswersError) return reportMissing(e, io);
    if (e instanceof InvalidAnswerError) throw new UsageError(e.message);
    throw e;
  }
  const shown = relative(io.cwd, record.file.absPath) || record.file.absPath;
  if (changes.length === 0) {
    io.stdout.write(`Nothing to change in ${shown}.\n`);
    return EXIT.ok;
  }

  // Edit the file as it is on disk, in place: comments, the modeline and the key order stay.
  const doc = readRecordDocument(record.file.absPath);
  for (const change of changes) setInSchemaOrder(doc, 'incident', change.path, change.value);
  const problems = validateDocument('incident', doc.toJS() as Incident);
  if (problems.length > 0)
    throw new Error(
      `the updated incident would not match its schema: ${problems.map((p) => p.message).join('; ')}`,
    );
  // An update rewrites the same record: replacing it is the point (the write stays atomic).
  writeFileAtomicSync(record.file.absPath, documentText(doc), { force: true });

  const lines = [
    `Updated ${shown}:`,
    ...changes
      .filter((c) => c.path.join('.') !== 'status')
      .map((c) => `  ${describeChange(c, zone)}`),
  ];
  const authority = changes.find((c) => c.path.join('.') === 'notifications.authority')?.value as
    { phased?: boolean } | undefined;
  if (authority?.phased)
    lines.push(
      'Send the remaining information without undue further delay (Art. 33(4)); record it with `gdpr breach update` again.',
    );
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
