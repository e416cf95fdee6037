/**
 * The package as a user gets it: `npm pack`, the tarball unpacked into an empty folder's
 * node_modules, then init, check, notice (md, html, and pdf where a browser exists), register
 * xlsx and due run from there, and a TypeScript consumer is compiled against the tarball's
 * types and run. No network: the tarball's declared dependencies (dependencies and
 * optionalDependencies, nothing else) are linked from this repository's node_modules, so an
 * import of a package the tarball does not declare fails here as it would for a user.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../src/documents/pdf.js';
import { REPO_ROOT } from '../helpers/cli.js';

const TODAY = '2026-01-15';
let consumer: string;

function gdpr(args: readonly string[], env: Record<string, string> = {}) {
  const bin = join(consumer, 'node_modules', '.bin', 'gdpr');
  const r = spawnSync(bin, [...args], {
    cwd: consumer,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  consumer = mkdtempSync(join(tmpdir(), 'gdpr-package-'));
  const packDir = join(consumer, '.pack');
  mkdirSync(packDir);
  // dist/ is built by `npm test` (pretest); packing again would rebuild it for nothing.
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as { filename: string; files: { path: string }[] }[];
  const tarball = join(packDir, packed[0]?.filename ?? '');
  const target = join(consumer, 'node_modules', 'gdpr');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  const manifest = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
    dependencies: Record<string, string>;
    optionalDependencies?: Record<string, string>;
  };
  for (const name of [
    ...Object.keys(manifest.dependencies),
    ...Object.keys(manifest.optionalDependencies ?? {}),
  ]) {
    const link = join(consumer, 'node_modules', name);
    mkdirSync(join(link, '..'), { recursive: true });
    symlinkSync(join(REPO_ROOT, 'node_modules', name), link, 'dir');
  }
  mkdirSync(join(consumer, 'node_modules', '.bin'));
  symlinkSync(
    join(target, manifest.bin.gdpr ?? ''),
    join(consumer, 'node_modules', '.bin', 'gdpr'),
  );
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
}, 120_000);

describe('the packed tarball, installed in an empty folder', () => {
  it('ships what it needs and no source map pointing at unshipped sources', () => {
    const files = readdirSync(join(consumer, 'node_modules', 'gdpr'));
    for (const name of [
      'LICENSE',
      'README.md',
      'CHANGELOG.md',
      'dist',
      'schemas',
      'templates',
      'data',
      'bin',
    ])
      expect(files).toContain(name);
    const dist = readdirSync(join(consumer, 'node_modules', 'gdpr', 'dist'), {
      recursive: true,
    }).map(String);
    expect(dist.filter((f) => f.endsWith('.map'))).toEqual([]);
    const root = join(consumer, 'node_modules', 'gdpr');
    expect(
      dist
        .filter((f) => f.endsWith('.js') || f.endsWith('.cjs'))
        .filter((f) => readFileSync(join(root, 'dist', f), 'utf8').includes('sourceMappingURL')),
    ).toEqual([]);
    // Public holidays are law data read from the package, not a runtime dependency.
    expect(existsSync(join(root, 'data', 'law', 'holidays', 'FR.json'))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      repository: { url: string };
    };
    expect(Object.keys(manifest.dependencies)).not.toContain('exceljs');
    expect(Object.keys(manifest.dependencies)).not.toContain('date-holidays');
    // date-fns is bundled into dist/vendor at build time (scripts/build-vendor.mjs).
    expect(Object.keys(manifest.dependencies)).not.toContain('date-fns');
    expect(dist).toContain(join('vendor', 'date-fns-locale', 'fr.cjs'));
    // README, action.yml and the pre-commit hooks name the repository package.json names.
    const slug = /github\.com\/([\w-]+\/[\w-]+?)(?:\.git)?$/.exec(manifest.repository.url)?.[1];
    expect(slug).toBe('gdpr-cli/gdpr');
    for (const file of ['README.md', 'action.yml', '.pre-commit-hooks.yaml']) {
      const text = readFileSync(join(REPO_ROOT, file), 'utf8');
      expect(text, file).toContain(slug);
      expect(text, file).not.toMatch(/<owner>|<this repository/);
    }
    expect(dist).toContain('index.d.ts');
    expect(existsSync(join(consumer, 'node_modules', 'gdpr', 'src'))).toBe(false);
  });

  it('runs init, check, notice, register xlsx and due', () => {
    const init = gdpr([
      'init',
      'register',
      '--yes',
      '--org-name',
      'Atelier Test',
      '--sectors',
      'recruitment,customers',
      '--today',
      TODAY,
    ]);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    // Modelines resolve inside the register, not into node_modules.
    expect(readFileSync(join(consumer, 'register', 'gdpr.yaml'), 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=.gdpr/schemas/gdpr.schema.json',
    );

    const check = gdpr(['check', 'register', '--today', TODAY, '--format', 'json']);
    expect(check.code).toBe(0);
    expect((JSON.parse(check.stdout) as { summary: { errors: number } }).summary.errors).toBe(0);

    const md = gdpr(['notice', 'candidates', 'register']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# /);
    const html = gdpr(['notice', 'candidates', 'register', '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('<!DOCTYPE html>');

    const xlsx = gdpr(['register', 'register', '--format', 'xlsx', '--out', 'record.xlsx']);
    expect(xlsx.code).toBe(0);
    expect(readFileSync(join(consumer, 'record.xlsx')).subarray(0, 2).toString('latin1')).toBe(
      'PK',
    );

    const due = gdpr(['due', 'register', '--today', TODAY, '--format', 'json']);
    expect(due.code).toBe(0);
    expect(due.stdout).toContain('activity-review');
  }, 180_000);

  it('writes an xlsx that reads back, and rolls a request deadline over a public holiday', async () => {
    // The register of the test above; --format xlsx wrote record.xlsx with the installed writer.
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(consumer, 'record.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Organisme',
      'Traitements',
      'Sous-traitants',
      'Transferts',
      'Conservation',
    ]);
    expect(wb.getWorksheet('Traitements')?.rowCount).toBe(3);

    // gdpr.yaml says `holidays: FR`: received Tue 14 Apr 2026, the month ends on Thu 14 May,
    // Ascension Day, so the answer is due Fri 15 May (weekends alone would give 14 May).
    mkdirSync(join(consumer, 'register', 'requests'), { recursive: true });
    writeFileSync(
      join(consumer, 'register', 'requests', '2026-04-14-access.yaml'),
      'type: access\nreceived: 2026-04-14\nchannel: email\nreference: TICKET-1\nstatus: open\n',
    );
    const due = gdpr(['due', 'register', '--today', '2026-04-20', '--format', 'json']);
    expect(due.stderr).toBe('');
    expect(due.code).toBe(0);
    const items = (JSON.parse(due.stdout) as { deadlines: { date: string; kind: string }[] })
      .deadlines;
    expect(items.find((i) => i.kind === 'request')?.date).toBe('2026-05-15');
  }, 180_000);

  it('prints a PDF where a browser exists, and says in one line, exit 2, where none does', () => {
    if (!existsSync(join(consumer, 'register')))
      gdpr([
        'init',
        'register',
        '--yes',
        '--org-name',
        'Atelier Test',
        '--sectors',
        'recruitment',
        '--today',
        TODAY,
      ]);
    const missing = gdpr(
      ['notice', 'candidates', 'register', '--format', 'pdf', '--out', 'never.pdf'],
      { GDPR_CHROMIUM: '/nonexistent/chromium' },
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const browser = findChromium(process.env);
    if (browser === undefined) return; // no browser on this machine: the line above is what a user sees
    const pdf = gdpr(
      ['notice', 'candidates', 'register', '--format', 'pdf', '--out', 'notice.pdf'],
      { GDPR_CHROMIUM: browser },
    );
    expect(pdf.stderr).toBe('');
    expect(pdf.code).toBe(0);
    expect(readFileSync(join(consumer, 'notice.pdf')).subarray(0, 5).toString('latin1')).toBe(
      '%PDF-',
    );
  }, 180_000);

  it('compiles a TypeScript consumer against the tarball types and runs it', () => {
    if (!existsSync(join(consumer, 'register')))
      gdpr([
        'init',
        'register',
        '--yes',
        '--org-name',
        'Atelier Test',
        '--sectors',
        'recruitment,customers',
        '--today',
        TODAY,
      ]);
    writeFileSync(
      join(consumer, 'consumer.ts'),
      `import { assessBreach, check, fingerprint, loadRegister, renderNotice, renderRecord, requestDueDate } from 'gdpr';
import type { Diagnostic, JsonReport, DataSubjectRequest } from 'gdpr';

const report: JsonReport = await check('register', { today: '${TODAY}', now: new Date('${TODAY}T12:00:00Z') });
const register = loadRegister('register');
const request: DataSubjectRequest = { type: 'access', received: '2026-01-31', status: 'open' };
const due = await requestDueDate(request);
const breach = assessBreach({ types: ['confidentiality'], data_categories: [], discovered_at: '2026-01-15T09:00:00+01:00', now: new Date('2026-01-15T12:00:00Z') });
const html: string = await renderNotice('register', 'candidates', { format: 'html' });
const xlsx: Uint8Array = await renderRecord('register', { format: 'xlsx' });
const d: Pick<Diagnostic, 'rule' | 'file' | 'path'> = { rule: 'r', file: 'f', path: 'p' };
console.log(JSON.stringify({
  version: report.version,
  errors: report.summary.errors,
  activities: register.records.activity.size,
  due: due.due,
  deadline: breach.deadline,
  html: html.startsWith('<!DOCTYPE html>'),
  xlsx: xlsx.length > 0,
  fingerprint: fingerprint(d).length,
}));
`,
    );
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          outDir: 'out',
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [join(REPO_ROOT, 'node_modules', '@types')],
        },
        files: ['consumer.ts'],
      }),
    );
    const tsc = spawnSync(
      process.execPath,
      [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'],
      { cwd: consumer, encoding: 'utf8' },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    const run = spawnSync(process.execPath, ['out/consumer.js'], {
      cwd: consumer,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      version: 1,
      errors: 0,
      activities: 2,
      due: '2026-03-02',
      deadline: '2026-01-18T09:00:00+01:00',
      html: true,
      xlsx: true,
      fingerprint: 32,
    });
  }, 180_000);
});
