/**
 * `gdpr init [dir]`: asks about the organisation, then writes a register that passes
 * `gdpr check` with no errors. Every question comes before the first write, every target is
 * checked before the first write, and nothing is overwritten without `--force`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { EXIT, UsageError } from '../errors.js';
import { writeFileAtomicSync } from '../fsx/write.js';
import { buildCiFile, registerPathFrom, repositoryRoot } from '../init/ci.js';
import { EDITOR_SETTINGS_FILE, editorSettingsText } from '../init/editor.js';
import { askInitQuestions, type InitAnswers, type Placeholder } from '../init/questions.js';
import { buildRegisterFiles } from '../init/scaffold.js';
import { LOCAL_SCHEMA_DIR, localSchemaFiles } from '../register/local-schemas.js';
import type { Io } from '../io.js';
import { parseClock } from '../options.js';
import { mergeFlags, readAnswersFile } from '../prompts/answers.js';
import type { WizardDependencies } from '../prompts/session.js';
import { runWizard, writeFiles, type FileToWrite } from '../prompts/wizard.js';
import { toolVersion } from '../version.js';
import type { INIT, OptionsOf } from './specs.js';

/** The options and arguments of `gdpr init`, as declared in specs.ts. */
export type InitCommandOptions = OptionsOf<typeof INIT>;

/** The terminal asker; injected by tests, loaded lazily otherwise (only interactive runs load inquirer). */
export type InitDependencies = WizardDependencies;

/** Question name → the flag that answers it, for the "missing answers" list. */
const FLAG_OF: Readonly<Record<string, string>> = {
  org_name: '--org-name',
  address: '--address',
  country: '--country',
  email: '--email',
  phone: '--phone',
  website: '--website',
  headcount: '--headcount',
  has_dpo: '--dpo-email or --no-dpo',
  dpo_name: '--dpo-name',
  dpo_email: '--dpo-email',
  dpo_external: '--dpo-external',
  rights_contact: '--rights-contact',
  languages: '--lang',
  supervisory_authority: '--authority',
  sectors: '--sectors',
  ci: '--ci',
};

/** Flags and `--answers FILE` merged into one map of answers by question name; flags win. */
export function presetAnswers(options: InitCommandOptions, cwd: string): Record<string, unknown> {
  const answers = mergeFlags(
    options.answers !== undefined ? readAnswersFile(cwd, options.answers) : {},
    {
      org_name: options.orgName,
      address: options.address,
      country: options.country,
      email: options.email,
      phone: options.phone,
      website: options.website,
      headcount: options.headcount,
      dpo_name: options.dpoName,
      dpo_email: options.dpoEmail,
      dpo_external: options.dpoExternal,
      rights_contact: options.rightsContact,
      // --languages: the former name of --lang.
      languages: options.lang ?? options.languages,
      supervisory_authority: options.authority,
      sectors: options.sectors,
      ci: options.ci,
    },
  );
  if (options.dpo === false) answers.has_dpo = false;
  // Giving the DPO's details answers "is there a DPO?".
  if (
    answers.has_dpo === undefined &&
    (answers.dpo_email !== undefined || answers.dpo_name !== undefined)
  )
    answers.has_dpo = true;
  return answers;
}

function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

export async function init(
  options: InitCommandOptions,
  io: Io,
  deps: InitDependencies = {},
): Promise<number> {
  const { today } = parseClock(options);
  const dir = resolve(io.cwd, options.dir);
  if (existsSync(dir) && !isDirectory(dir))
    throw new UsageError(`${display(dir, io.cwd)} is not a folder`);

  const interactive = io.interactive && !options.yes;
  const hint =
    options.yes === true
      ? 'These have no default: answer them with the flags shown or with --answers FILE (a YAML map of these names).'
      : 'Answer them with the flags shown, with --answers FILE (a YAML map of these names), or ' +
        'pass --yes to accept the defaults.';
  return runWizard(io, deps, {
    preset: presetAnswers(options, io.cwd),
    terminal: interactive,
    flagOf: FLAG_OF,
    hint,
    ask: (asker) =>
      askInitQuestions(asker, {
        defaults: interactive || options.yes === true,
        placeholders: options.yes === true,
      }),
    write: ({ answers, placeholders }) => {
      // Modelines point at the register's own copy of the schemas: editors resolve them anywhere.
      const schemaDir = join(dir, LOCAL_SCHEMA_DIR);
      const files: FileToWrite[] = buildRegisterFiles(answers, {
        dir,
        today,
        placeholders,
        schemaDir,
      }).map((f) => ({ abs: join(dir, f.path), content: f.content }));
      if (answers.ci !== 'none') {
        const repoRoot = repositoryRoot(dir);
        const ci = buildCiFile(answers.ci, registerPathFrom(repoRoot, dir), toolVersion());
        files.push({ abs: join(repoRoot, ci.path), content: ci.content });
      }
      const written = writeFiles(io, files, {
        force: options.force,
        existing: (shown) =>
          `these files already exist; nothing was written (use --force to replace them):\n${shown.map((f) => `  ${f}`).join('\n')}`,
      });
      // Generated copies (like `gdpr schemas`): replaced when present, never a reason to refuse.
      for (const f of localSchemaFiles())
        writeFileAtomicSync(join(dir, f.path), f.content, { force: true });
      const listed = [
        ...written,
        `${display(schemaDir, io.cwd)}/ (the JSON Schemas your editor validates against; refresh ` +
          `with \`gdpr schemas\`)`,
      ];
      // Editor settings: written only when the workspace has none, never merged into a team's file.
      const workspace = repositoryRoot(dir);
      const settings = join(workspace, EDITOR_SETTINGS_FILE);
      const settingsText = editorSettingsText(workspace, dir);
      if (existsSync(settings)) {
        if (readFileSync(settings, 'utf8') !== settingsText)
          io.stderr.write(
            `gdpr: ${display(settings, io.cwd)} exists and was left as it is; to validate the register in VS Code without modelines, add:\n${settingsText
              .slice(2, -2)
              .split('\n')
              .map((l) => `  ${l}`)
              .join('\n')}\n`,
          );
      } else {
        writeFileAtomicSync(settings, settingsText);
        listed.push(`${display(settings, io.cwd)} (yaml.schemas for the VS Code YAML extension)`);
      }
      io.stdout.write(summary(answers, placeholders, listed, display(dir, io.cwd)));
      return EXIT.ok;
    },
  });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function summary(
  answers: InitAnswers,
  placeholders: readonly Placeholder[],
  written: readonly string[],
  dir: string,
): string {
  const out: string[] = [
    `Created a GDPR register for ${answers.organisation.name} in ${dir}:`,
    ...written.map((w) => `  ${w}`),
    '',
  ];
  if (placeholders.length > 0) {
    out.push(
      'Placeholders to complete in gdpr.yaml:',
      ...placeholders.map((p) => `  ${p.path}: ${p.value}`),
      '',
    );
  }
  out.push(
    'Next steps:',
    `  1. Review each activity in ${dir === '.' ? '' : `${dir}/`}activities/: the templates are ` +
      `a starting point, not a description of your processing.`,
    '  2. Add your processors (hosting, payroll, mailing tool…) as parties/<id>.yaml and list them as recipients.',
    '  3. Say in each notice of notices/ where it is published (`channel`), then render it with `gdpr notice <id>`.',
    `  4. Run \`gdpr check${dir === '.' ? '' : ` ${dir}`}\`. Catalogue entries no activity uses ` +
      `are reported as warnings: use them or delete them.`,
  );
  if (answers.ci !== 'none') {
    out.push(
      '  5. The CI job runs the gdpr of your package-lock.json: add it once with `npm i -D gdpr` ' +
        'at the repository root.',
    );
  }
  out.push('');
  return out.join('\n');
}
