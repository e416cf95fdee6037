import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { checkRegister } from '../../src/check/engine.js';
import { RULES } from '../../src/rules/index.js';
import { run } from '../../src/cli.js';
import { init, type InitCommandOptions } from '../../src/commands/init.js';
import { UsageError } from '../../src/errors.js';
import { SCHEMA_DIR } from '../../src/paths.js';
import { toolVersion } from '../../src/version.js';
import { memoryIo } from '../helpers/io.js';

const TODAY = '2026-11-23';
const ALL_SECTORS =
  'recruitment,hr-payroll,customers,prospects-newsletter,website-analytics,video-surveillance,suppliers';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gdpr-init-'));
  temps.push(dir);
  return dir;
}

/** Every file under `root`, relative, sorted. */
function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.push(relative(root, abs).split('\\').join('/'));
    }
  };
  walk(root);
  return out.sort();
}

function snapshot(root: string): Record<string, string> {
  return Object.fromEntries(filesUnder(root).map((f) => [f, readFileSync(join(root, f), 'utf8')]));
}

async function errorsOf(root: string, cwd: string): Promise<string[]> {
  const { diagnostics } = await checkRegister(root, {
    today: TODAY,
    now: new Date(`${TODAY}T00:00:00Z`),
    cwd,
    rules: RULES,
  });
  return diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`);
}

async function initInto(
  options: Partial<InitCommandOptions> = {},
): Promise<{ cwd: string; root: string; code: number; io: ReturnType<typeof memoryIo> }> {
  const cwd = tempDir();
  const io = memoryIo(cwd);
  const code = await init(
    { dir: 'register', yes: true, orgName: 'Test SAS', country: 'FR', today: TODAY, ...options },
    io,
  );
  return { cwd, root: join(cwd, 'register'), code, io };
}

describe('gdpr init', () => {
  it('scaffolds a register with --yes that `gdpr check` finds no error in', async () => {
    const { cwd, root, code, io } = await initInto();
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    expect(filesUnder(root).filter((f) => !f.startsWith('.gdpr/'))).toEqual([
      '.vscode/settings.json',
      'activities/customers.yaml',
      'activities/hr-payroll.yaml',
      'activities/suppliers.yaml',
      'catalog/data-categories.yaml',
      'catalog/data-subjects.yaml',
      'catalog/retention.yaml',
      'catalog/security-measures.yaml',
      'gdpr.yaml',
      'notices/customers.yaml',
      'notices/employees.yaml',
      'notices/suppliers.yaml',
    ]);
    expect(filesUnder(join(root, '.gdpr/schemas'))).toEqual(
      readdirSync(SCHEMA_DIR)
        .filter((f) => f.endsWith('.schema.json'))
        .sort(),
    );
    for (const file of filesUnder(root).filter((f) => !/^\.(gdpr|vscode)\//.test(f))) {
      const content = readFileSync(join(root, file), 'utf8');
      const kind =
        file === 'gdpr.yaml'
          ? 'gdpr'
          : file.startsWith('activities/')
            ? 'activity'
            : file.startsWith('notices/')
              ? 'notice'
              : file.slice('catalog/'.length, -'.yaml'.length);
      const schema = relative(
        join(root, file, '..'),
        join(root, '.gdpr/schemas', `${kind}.schema.json`),
      )
        .split('\\')
        .join('/');
      expect(content.split('\n')[0], file).toBe(`# yaml-language-server: $schema=${schema}`);
      expect(parseDocument(content, { uniqueKeys: true }).errors, file).toEqual([]);
    }
    const errors = await errorsOf(root, cwd);
    expect(errors, errors.join('\n')).toEqual([]);
    expect(parse(readFileSync(join(root, 'gdpr.yaml'), 'utf8')).organisation).toEqual({
      name: 'Test SAS',
      address: '(to be completed)',
      country: 'FR',
      email: 'contact@test-sas.example',
    });
    expect(readFileSync(join(root, 'activities/customers.yaml'), 'utf8')).toContain(
      '\ncreated: 2026-11-23\nreviewed: 2026-11-23\n',
    );
  });

  it('prints the files written, the placeholders and the next steps', async () => {
    const { io } = await initInto({ sectors: 'recruitment' });
    expect(io.out()).toBe(
      [
        'Created a GDPR register for Test SAS in register:',
        '  register/catalog/data-categories.yaml',
        '  register/catalog/data-subjects.yaml',
        '  register/catalog/retention.yaml',
        '  register/catalog/security-measures.yaml',
        '  register/activities/recruitment.yaml',
        '  register/notices/candidates.yaml',
        '  register/gdpr.yaml',
        '  register/.gdpr/schemas/ (the JSON Schemas your editor validates against; refresh with `gdpr schemas`)',
        '  register/.vscode/settings.json (yaml.schemas for the VS Code YAML extension)',
        '',
        'Placeholders to complete in gdpr.yaml:',
        '  organisation.address: (to be completed)',
        '  organisation.email: contact@test-sas.example',
        '  rights_contact: contact@test-sas.example',
        '',
        'Next steps:',
        '  1. Review each activity in register/activities/: the templates are a starting point, not a description of your processing.',
        '  2. Add your processors (hosting, payroll, mailing tool…) as parties/<id>.yaml and list them as recipients.',
        '  3. Say in each notice of notices/ where it is published (`channel`), then render it with `gdpr notice <id>`.',
        '  4. Run `gdpr check register`. Catalogue entries no activity uses are reported as warnings: use them or delete them.',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['all sectors in French and English', { sectors: ALL_SECTORS }],
    [
      'all sectors in English only, with a DPO',
      {
        sectors: ALL_SECTORS,
        languages: 'en',
        dpoEmail: 'dpo@test.example',
        dpoName: 'Claire Martin',
      },
    ],
    [
      'all sectors in German and English (templates have no German)',
      { sectors: ALL_SECTORS, languages: 'de,en', country: 'AT' },
    ],
    ['no sector at all', { sectors: '' }],
  ])('gives no error for %s', async (_label, options) => {
    const { cwd, root, code, io } = await initInto(options);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const errors = await errorsOf(root, cwd);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('is deterministic: same answers and --today, same bytes', async () => {
    const a = await initInto({ sectors: ALL_SECTORS });
    const b = await initInto({ sectors: ALL_SECTORS });
    expect(snapshot(a.root)).toEqual(snapshot(b.root));
  });

  it('refuses to overwrite without --force, writing nothing and listing the existing files', async () => {
    const { cwd, root } = await initInto({ sectors: 'customers' });
    writeFileSync(join(root, 'activities/customers.yaml'), 'name: Edited by hand\npurposes: []\n');
    const before = snapshot(root);
    const io = memoryIo(cwd);
    const code = await init(
      {
        dir: 'register',
        yes: true,
        orgName: 'Other SAS',
        sectors: 'customers,suppliers',
        today: TODAY,
      },
      io,
    );
    expect(code).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toBe(
      [
        'gdpr: these files already exist; nothing was written (use --force to replace them):',
        '  register/catalog/data-categories.yaml',
        '  register/catalog/data-subjects.yaml',
        '  register/catalog/retention.yaml',
        '  register/catalog/security-measures.yaml',
        '  register/activities/customers.yaml',
        '  register/notices/customers.yaml',
        '  register/gdpr.yaml',
        '',
      ].join('\n'),
    );
    // Not even the new files (activities/suppliers.yaml) were written.
    expect(snapshot(root)).toEqual(before);

    const forced = memoryIo(cwd);
    expect(
      await init(
        {
          dir: 'register',
          yes: true,
          orgName: 'Other SAS',
          sectors: 'customers,suppliers',
          today: TODAY,
          force: true,
        },
        forced,
      ),
    ).toBe(0);
    expect(readFileSync(join(root, 'activities/customers.yaml'), 'utf8')).not.toContain(
      'Edited by hand',
    );
    expect(parse(readFileSync(join(root, 'gdpr.yaml'), 'utf8')).organisation.name).toBe(
      'Other SAS',
    );
    expect(filesUnder(root)).toContain('activities/suppliers.yaml');
  });

  it('without a terminal and without --yes, lists every missing answer, exits 2 and writes nothing', async () => {
    const cwd = tempDir();
    const io = memoryIo(cwd);
    const code = await init(
      { dir: 'register', country: 'FR', email: 'contact@test.example', today: TODAY },
      io,
    );
    expect(code).toBe(2);
    expect(io.err()).toBe(
      [
        'gdpr: missing answers (no terminal to ask them); nothing was written:',
        '  org_name               Organisation name (legal name) (--org-name)',
        '  address                Postal address of the main establishment (--address)',
        '  has_dpo                Has the organisation designated a data protection officer (DPO)? (--dpo-email or --no-dpo)',
        '  rights_contact         Where do people exercise their data protection rights (e-mail or URL)? (--rights-contact)',
        '  languages              Languages of the register (the first is the default language) (--lang)',
        '  supervisory_authority  Lead supervisory authority (--authority)',
        '  sectors                Which processing activities should be scaffolded? (--sectors)',
        'Answer them with the flags shown, with --answers FILE (a YAML map of these names), or pass --yes to accept the defaults.',
        '',
      ].join('\n'),
    );
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('with --yes, still stops on a question with no default (a German register needs its Land authority)', async () => {
    const cwd = tempDir();
    const io = memoryIo(cwd);
    expect(
      await init({ dir: '.', yes: true, orgName: 'Muster GmbH', country: 'DE', today: TODAY }, io),
    ).toBe(2);
    expect(io.err()).toBe(
      [
        'gdpr: missing answers (no terminal to ask them); nothing was written:',
        '  supervisory_authority  Lead supervisory authority (in Germany, usually the authority of your Land) (--authority)',
        'These have no default: answer them with the flags shown or with --answers FILE (a YAML map of these names).',
        '',
      ].join('\n'),
    );
    expect(readdirSync(cwd)).toEqual([]);
    expect(
      await init(
        {
          dir: '.',
          yes: true,
          orgName: 'Muster GmbH',
          country: 'DE',
          authority: 'de-by-lda',
          today: TODAY,
        },
        memoryIo(cwd),
      ),
    ).toBe(0);
    // locales/de/meta.json lists DE: a German register starts in German, then English.
    expect(parse(readFileSync(join(cwd, 'gdpr.yaml'), 'utf8')).languages).toEqual(['de', 'en']);
  });

  it('runs without a terminal when flags and --answers answer everything', async () => {
    const cwd = tempDir();
    writeFileSync(
      join(cwd, 'answers.yaml'),
      'org_name: Atelier Durand SAS\naddress: 18 rue des Ébénistes, 69007 Lyon\ncountry: FR\nemail: contact@atelier-durand.example\nhas_dpo: false\nlanguages: [fr]\nsupervisory_authority: fr\nsectors: [recruitment]\nheadcount: 45\n',
    );
    const io = memoryIo(cwd);
    // The flag wins over the file.
    const code = await init(
      {
        dir: '.',
        answers: 'answers.yaml',
        rightsContact: 'https://atelier-durand.example/rights',
        sectors: 'suppliers',
        today: TODAY,
      },
      io,
    );
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const config = parse(readFileSync(join(cwd, 'gdpr.yaml'), 'utf8'));
    expect(config.organisation).toEqual({
      name: 'Atelier Durand SAS',
      address: '18 rue des Ébénistes, 69007 Lyon',
      country: 'FR',
      email: 'contact@atelier-durand.example',
      headcount: 45,
    });
    expect(config.rights_contact).toBe('https://atelier-durand.example/rights');
    expect(config.languages).toEqual(['fr']);
    expect(parse(readFileSync(join(cwd, 'activities/suppliers.yaml'), 'utf8')).name).toBe(
      'Gestion des fournisseurs',
    );
    expect(io.out()).not.toContain('Placeholders');
    expect(io.out()).toContain('  4. Run `gdpr check`.');
  });

  it('rejects an invalid answer as a usage error before writing anything', async () => {
    const cwd = tempDir();
    await expect(
      init({ dir: '.', yes: true, orgName: 'X', country: 'XX', today: TODAY }, memoryIo(cwd)),
    ).rejects.toThrow(
      new UsageError('answer `country`: expected an ISO 3166-1 alpha-2 country code, e.g. FR'),
    );
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('writes a GitHub Actions workflow: LTS Node, npm cache, annotations and SARIF to code scanning', async () => {
    const { root } = await initInto({ ci: 'github' });
    const text = readFileSync(join(root, '.github/workflows/gdpr.yml'), 'utf8');
    const workflow = parse(text);
    expect(workflow.on).toEqual(['push', 'pull_request']);
    expect(workflow.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    expect(workflow.jobs['gdpr-check'].steps).toEqual([
      { uses: 'actions/checkout@v4' },
      { uses: 'actions/setup-node@v4', with: { 'node-version': 24, cache: 'npm' } },
      { run: 'npm ci --no-audit --no-fund' },
      { name: 'Annotate the changed files', run: 'npx --no-install gdpr check --format github' },
      {
        name: 'Check the GDPR register (SARIF for code scanning)',
        if: '${{ !cancelled() }}',
        run: 'npx --no-install gdpr check --format sarif --output gdpr.sarif',
      },
      {
        name: 'Upload to code scanning',
        if: "${{ !cancelled() && hashFiles('gdpr.sarif') != '' }}",
        uses: 'github/codeql-action/upload-sarif@v3',
        with: { sarif_file: 'gdpr.sarif', category: 'gdpr' },
      },
    ]);
    expect(text).not.toContain('--yes');
    expect(text).toContain(`written by gdpr ${toolVersion()}`);
  });

  it('writes a GitLab CI job with a Code Quality and a JUnit report', async () => {
    const { root } = await initInto({ ci: 'gitlab' });
    const job = parse(readFileSync(join(root, '.gitlab-ci.yml'), 'utf8'));
    expect(job).toEqual({
      'gdpr-check': {
        image: 'node:24',
        cache: { key: { files: ['package-lock.json'] }, paths: ['.npm/'] },
        script: [
          'npm ci --no-audit --no-fund --cache .npm --prefer-offline',
          'npx --no-install gdpr check --format gitlab --output gl-code-quality-report.json || status=$?',
          'npx --no-install gdpr check --format junit --output gdpr-junit.xml || status=$?',
          'exit ${status:-0}',
        ],
        artifacts: {
          when: 'always',
          reports: { codequality: 'gl-code-quality-report.json', junit: 'gdpr-junit.xml' },
        },
      },
    });
  });

  it('puts the CI file at the repository root when the register is in a subfolder', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, '.git'));
    const io = memoryIo(cwd);
    expect(
      await init(
        { dir: 'docs/gdpr register', yes: true, orgName: 'Test SAS', ci: 'github', today: TODAY },
        io,
      ),
    ).toBe(0);
    const workflow = parse(readFileSync(join(cwd, '.github/workflows/gdpr.yml'), 'utf8'));
    expect(workflow.jobs['gdpr-check'].steps[3].run).toBe(
      "npx --no-install gdpr check 'docs/gdpr register' --format github",
    );
    expect(io.out()).toContain('\n  .github/workflows/gdpr.yml\n');
  });
});

describe('gdpr init through the CLI', () => {
  it('parses the flags and exits 0', async () => {
    const cwd = tempDir();
    const io = memoryIo(cwd);
    const code = await run(
      [
        'init',
        'reg',
        '--yes',
        '--org-name',
        'Test SAS',
        '--sectors',
        'recruitment,suppliers',
        '--languages',
        'en',
        '--no-dpo',
        '--today',
        TODAY,
      ],
      io,
    );
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    expect(parse(readFileSync(join(cwd, 'reg/activities/recruitment.yaml'), 'utf8')).name).toBe(
      'Recruitment',
    );
  });

  it('exits 2 on an invalid answer, an unknown --ci and an existing register', async () => {
    const cwd = tempDir();
    const bad = memoryIo(cwd);
    expect(
      await run(['init', '--yes', '--org-name', 'X', '--website', 'exemple.example'], bad),
    ).toBe(2);
    expect(bad.err()).toBe(
      'gdpr: answer `website`: expected an absolute URL, e.g. https://exemple.example\n',
    );
    expect(await run(['init', '--yes', '--org-name', 'X', '--ci', 'jenkins'], memoryIo(cwd))).toBe(
      2,
    );
    expect(readdirSync(cwd)).toEqual([]);
    expect(await run(['init', '--yes', '--org-name', 'X', '--today', TODAY], memoryIo(cwd))).toBe(
      0,
    );
    expect(await run(['init', '--yes', '--org-name', 'X', '--today', TODAY], memoryIo(cwd))).toBe(
      2,
    );
  });

  describe('editor settings (.vscode/settings.json)', () => {
    it('maps each folder of the register to its schema, from the repository root', async () => {
      const cwd = tempDir();
      mkdirSync(join(cwd, '.git'));
      const io = memoryIo(cwd);
      const code = await init(
        { dir: 'register', yes: true, orgName: 'Test SAS', country: 'FR', today: TODAY },
        io,
      );
      expect(code).toBe(0);
      expect(io.err()).toBe('');
      const settings = JSON.parse(readFileSync(join(cwd, '.vscode', 'settings.json'), 'utf8')) as {
        'yaml.schemas': Record<string, string[]>;
      };
      expect(settings['yaml.schemas']).toMatchObject({
        'register/.gdpr/schemas/gdpr.schema.json': ['register/gdpr.yaml'],
        'register/.gdpr/schemas/activity.schema.json': [
          'register/activities/*.yaml',
          'register/activities/*.yml',
        ],
        'register/.gdpr/schemas/request.schema.json': [
          'register/requests/*.yaml',
          'register/requests/*.yml',
        ],
        'register/.gdpr/schemas/retention.schema.json': ['register/catalog/retention.yaml'],
      });
      // Every schema it names is one init wrote.
      for (const schema of Object.keys(settings['yaml.schemas']))
        expect(statSync(join(cwd, schema)).isFile()).toBe(true);
      expect(io.out()).toContain(
        '  .vscode/settings.json (yaml.schemas for the VS Code YAML extension)',
      );
    });

    it('leaves an existing settings file as it is and says what to add', async () => {
      const cwd = tempDir();
      mkdirSync(join(cwd, '.git'));
      mkdirSync(join(cwd, '.vscode'));
      const own = '{\n  // the team\'s own settings\n  "editor.tabSize": 4\n}\n';
      writeFileSync(join(cwd, '.vscode', 'settings.json'), own);
      const io = memoryIo(cwd);
      const code = await init(
        { dir: 'register', yes: true, orgName: 'Test SAS', country: 'FR', today: TODAY },
        io,
      );
      expect(code).toBe(0);
      expect(readFileSync(join(cwd, '.vscode', 'settings.json'), 'utf8')).toBe(own);
      expect(io.err()).toContain(
        'gdpr: .vscode/settings.json exists and was left as it is; to validate the register in VS Code without modelines, add:\n    "yaml.schemas": {\n      "register/.gdpr/schemas/gdpr.schema.json": [',
      );
      expect(io.out()).not.toContain('.vscode/settings.json');
    });
  });
});
