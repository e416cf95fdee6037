/** `gdpr breach update <incident> [path]`: records notifications, measures and closing in the incident file. */
import { relative } from 'node:path';
import { BREACH_MISSING_HINT, checkAnswerNames } from '../breach/answers.js';
import { findIncident, registerStart } from '../breach/record.js';
import {
  BREACH_UPDATE_ANSWERS,
  breachUpdateFlow,
  type Change,
  updateReport,
} from '../breach/update.js';
import { displayZone, localTimeZone } from '../breach/zone.js';
import { wizardLanguage, wizardWords } from '../prompts/language.js';
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { parseClock } from '../options.js';
import type { WizardDependencies } from '../prompts/session.js';
import { runWizard, writeFiles } from '../prompts/wizard.js';
import { readAnswersFile } from '../prompts/answers.js';
import { openRegister } from '../register/open.js';
import { documentText, readRecordDocument, setInSchemaOrder } from '../register/record-file.js';
import { validateDocument } from '../register/validate.js';
import type { Incident } from '../types/register.js';
import type { BREACH_UPDATE, OptionsOf } from './specs.js';

/** The options and arguments of `gdpr breach update`, as declared in specs.ts. */
export type BreachUpdateOptions = OptionsOf<typeof BREACH_UPDATE>;

export type BreachUpdateDependencies = WizardDependencies;

export async function breachUpdate(
  options: BreachUpdateOptions,
  io: Io,
  deps: BreachUpdateDependencies = {},
): Promise<number> {
  const { now } = parseClock(options);
  const register = openRegister(io.cwd, registerStart(options.incident, options.path), {
    lang: options.lang,
  });
  const record = findIncident(register, options.incident, io.cwd);
  const preset = options.answers !== undefined ? readAnswersFile(io.cwd, options.answers) : {};
  if (options.answers !== undefined)
    checkAnswerNames(preset, BREACH_UPDATE_ANSWERS, options.answers);

  const config = register.config?.data;
  const zone = displayZone(config?.organisation.country, io.env, config?.time_zone);
  const authorityId =
    typeof config?.supervisory_authority === 'string' ? config.supervisory_authority : undefined;
  const shown = relative(io.cwd, record.file.absPath) || record.file.absPath;
  const lang = wizardLanguage(options.lang, config?.languages);

  return runWizard<Change[]>(io, deps, {
    preset,
    hint: BREACH_MISSING_HINT,
    ask: (asker) =>
      breachUpdateFlow(asker, {
        incident: record.data,
        now,
        zone,
        ...(authorityId ? { authorityId } : {}),
        answered: Object.keys(preset),
        lang,
        localZone: localTimeZone(config?.time_zone),
        print: (text) => io.stdout.write(text),
      }),
    write: (changes) => {
      if (changes.length === 0) {
        io.stdout.write(`${wizardWords(lang)('update.report.nothing', { path: shown })}\n`);
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
      writeFiles(io, [{ abs: record.file.absPath, content: documentText(doc), replace: true }]);
      io.stdout.write(updateReport(shown, changes, zone, lang));
      return EXIT.ok;
    },
  });
}
