/** `gdpr breach new [path]`: the incident wizard (Arts. 33–34); writes incidents/<id>.yaml. */
import { join } from 'node:path';
import { parse } from 'yaml';
import { BREACH_MISSING_HINT, checkAnswerNames } from '../breach/answers.js';
import { notifiedAuthority } from '../breach/authority.js';
import { nextSteps } from '../breach/next-steps.js';
import { shownPath } from '../paths.js';
import { incidentYaml } from '../breach/record.js';
import {
  BREACH_NEW_ANSWERS,
  breachWizard,
  deadlineSentence,
  type WizardResult,
} from '../breach/wizard.js';
import { displayZone, localTimeZone } from '../breach/zone.js';
import { notificationDuties } from '../model/breaches.js';
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { parseClock } from '../options.js';
import { wizardLanguage, wizardWords } from '../prompts/language.js';
import type { WizardDependencies } from '../prompts/session.js';
import { runWizard, writeFiles } from '../prompts/wizard.js';
import { readAnswersFile } from '../prompts/answers.js';
import { openRegister } from '../register/open.js';
import { validateDocument } from '../register/validate.js';
import type { BREACH_NEW, OptionsOf } from './specs.js';

/** The options and arguments of `gdpr breach new`, as declared in specs.ts. */
export type BreachNewOptions = OptionsOf<typeof BREACH_NEW>;

/** The terminal asker; injected by tests, loaded lazily otherwise (only interactive runs load inquirer). */
export type BreachNewDependencies = WizardDependencies;

export async function breachNew(
  options: BreachNewOptions,
  io: Io,
  deps: BreachNewDependencies = {},
): Promise<number> {
  const { now } = parseClock(options);
  const register = openRegister(io.cwd, options.path, { lang: options.lang });
  const preset = options.answers !== undefined ? readAnswersFile(io.cwd, options.answers) : {};
  if (options.answers !== undefined) checkAnswerNames(preset, BREACH_NEW_ANSWERS, options.answers);

  const config = register.config?.data;
  const zone = displayZone(config?.organisation.country, io.env, config?.time_zone);
  const authority = notifiedAuthority(config, 'en');
  const lang = wizardLanguage(options.lang, config?.languages);

  return runWizard<WizardResult>(io, deps, {
    preset,
    hint: BREACH_MISSING_HINT,
    ask: (asker) =>
      breachWizard(asker, {
        register,
        now,
        zone,
        authority,
        print: (text) => io.stdout.write(text),
        interactive: io.interactive,
        lang,
        localZone: localTimeZone(config?.time_zone),
        checkpoint: () => {
          asker.assertComplete();
        },
      }),
    write: (result) => {
      const file = join(register.root, 'incidents', `${result.id}.yaml`);
      const text = incidentYaml(result.incident, file);
      // What we write must be what the schema accepts: a bug here must not leave a broken record.
      const problems = validateDocument('incident', parse(text));
      if (problems.length > 0)
        throw new Error(
          `the incident would not match its schema: ${problems.map((p) => p.message).join('; ')}`,
        );
      writeFiles(io, [{ abs: file, content: text }], {
        force: options.force,
        existing: ([shown]) =>
          `${shown ?? file} already exists; nothing was written (choose another id, or use --force to replace it)`,
      });
      return report(result, file);
    },
  });

  function report(result: WizardResult, file: string): number {
    const role = result.incident.role ?? 'controller';
    // The recorded decision (a person may have overridden the assessment), as `gdpr check` reads it.
    const duties = notificationDuties(result.incident);
    const recorded = {
      ...result.decision,
      notify_authority: duties.authority || duties.controller,
    };
    const t = wizardWords(lang);
    const lines = [
      t('breach.report.recorded', { path: shownPath(io.cwd, file) }),
      deadlineSentence(recorded, { zone, authority, role, frameLang: lang }),
    ];
    lines.push(...nextSteps(result.id, duties, shownPath(io.cwd, register.root), lang), '');
    io.stdout.write(lines.join('\n'));
    return EXIT.ok;
  }
}
