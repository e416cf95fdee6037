import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareRegisters, fieldWords } from '../../src/history/compare.js';
import { loadRegister } from '../../src/register/load.js';
import { gdpr } from '../helpers/cli.js';
import { BASE_REGISTER, makeRegister } from '../helpers/register.js';

const CUSTOMERS = BASE_REGISTER['activities/customers.yaml']!;

/** Runs git in `cwd` with a fixed identity and the given commit date. */
function git(cwd: string, args: readonly string[], date = '2026-06-01T12:00:00+00:00'): string {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.example',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.example',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: cwd,
    },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function write(root: string, rel: string, text: string): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}

/**
 * A git repository with the base register under `register/`, tagged v1 on 2026-06-01, then a
 * second commit on 2026-09-15 that changes a legal basis, adds a transfer, a processor and an
 * incident, removes nothing, changes a retention rule and closes nothing.
 */
function history(): { repo: string; register: string } {
  const register = makeRegister({
    'requests/2026-05-20-access.yaml': `type: access
received: 2026-05-20
reference: TICKET-1
status: open
`,
  });
  const repo = join(register, '..', `${register.split(/[\\/]/).at(-1) ?? 'r'}-repo`);
  cpSync(register, repo, { recursive: true });
  const reg = repo;
  git(reg, ['init', '-q', '-b', 'main']);
  git(reg, ['add', '-A']);
  git(reg, ['commit', '-qm', 'first register']);
  git(reg, ['tag', 'v1']);
  write(
    reg,
    'activities/customers.yaml',
    CUSTOMERS.replace('legal_basis: contract', 'legal_basis: legitimate-interests').replace(
      'security_measures:',
      'transfers:\n  - party: mailer-us\n    country: US\n    mechanism: scc\nsecurity_measures:',
    ),
  );
  write(
    reg,
    'parties/mailer-us.yaml',
    'name: Mailer Inc.\nkind: processor\ncountry: US\ndpa: { signed: 2026-09-01 }\n',
  );
  write(
    reg,
    'requests/2026-05-20-access.yaml',
    'type: access\nreceived: 2026-05-20\nreference: TICKET-1\nstatus: completed\ncompleted: 2026-06-10\n',
  );
  const retention = readFileSync(join(reg, 'catalog/retention.yaml'), 'utf8');
  write(reg, 'catalog/retention.yaml', retention.replace('P3Y', 'P5Y'));
  git(reg, ['add', '-A']);
  git(reg, ['commit', '-qm', 'autumn changes'], '2026-09-15T12:00:00+00:00');
  return { repo, register: reg };
}

describe('gdpr diff', () => {
  it('says what changed since a tag, in words', () => {
    const { repo } = history();
    const r = gdpr(['diff', '.', '--since', 'v1'], { cwd: repo });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(since v1)');
    expect(r.stdout).toMatch(
      /^Register changes from [0-9a-f]{12} \(2026-06-01, “first register”\) to [0-9a-f]{12} \(2026-09-15, “autumn changes”\)$/m,
    );
    expect(r.stdout).toContain('changed: activity Customer management (customers)');
    expect(r.stdout).toContain(
      'legal basis of purpose 1 changed from contract to legitimate-interests',
    );
    expect(r.stdout).toContain('Transfers\n  changed: Customer management (customers)');
    expect(r.stdout).toContain(
      'transfer mailer-us set to party: mailer-us, country: US, mechanism: scc',
    );
    expect(r.stdout).toContain('added: party Mailer Inc. (mailer-us) [processor]');
    expect(r.stdout).toContain('Retention rules\n  changed: retention rule customers-3y');
    expect(r.stdout).toContain('duration changed from P3Y to P5Y');
    expect(r.stdout).toContain('Requests\n  closed: request 2026-05-20-access');
    expect(r.stdout).toContain('status changed from open to completed');
    expect(r.stdout).toMatch(/\n\d+ changes\.\n$/);
  });

  it('takes a date: the register as it stood at the start of that day', () => {
    const { repo } = history();
    const sinceSummer = gdpr(['diff', '--since', '2026-07-01', '--format', 'json'], { cwd: repo });
    expect(sinceSummer.code).toBe(0);
    const json = JSON.parse(sinceSummer.stdout) as {
      version: number;
      from: { date: string };
      to: { date: string };
      changes: {
        section: string;
        change: string;
        kind: string;
        id: string;
        fields: { field: string; from?: unknown; to?: unknown; sentence: string }[];
      }[];
    };
    expect(json.version).toBe(1);
    expect(json.from.date).toBe('2026-06-01');
    expect(json.to.date).toBe('2026-09-15');
    const basis = json.changes.find((c) => c.section === 'activities' && c.id === 'customers');
    expect(basis?.fields[0]).toMatchObject({
      field: 'legal basis of purpose 1',
      from: 'contract',
      to: 'legitimate-interests',
    });
    expect(json.changes.map((c) => `${c.section}/${c.change}/${c.id}`)).toEqual([
      'activities/changed/customers',
      'transfers/changed/customers',
      'parties/added/mailer-us',
      'retention/changed/customers-3y',
      'requests/closed/2026-05-20-access',
      'requests/changed/2026-05-20-access',
    ]);
    const none = gdpr(['diff', '--since', '2026-10-01'], { cwd: repo });
    expect(none.stdout).toContain('No change to the register.');
    const before = gdpr(['diff', '--since', '2026-01-01'], { cwd: repo });
    expect(before.code).toBe(2);
    expect(before.stderr).toContain(
      '--since 2026-01-01: no commit before that day (the history starts on 2026-06-01)',
    );
  });

  it('writes Markdown minutes and shows uncommitted changes as the working tree', () => {
    const { repo } = history();
    rmSync(join(repo, 'notices', 'customers.yaml'));
    const r = gdpr(['diff', '--since', 'HEAD', '--format', 'md', '-o', 'minutes.md'], {
      cwd: repo,
    });
    expect(r.code).toBe(0);
    const md = readFileSync(join(repo, 'minutes.md'), 'utf8');
    expect(md).toMatch(
      /^# Register changes from [0-9a-f]{12} .* to the working tree \(with uncommitted changes\)\n/,
    );
    expect(md).toContain(
      '## Notices\n\n- removed: notice Privacy notice for customers (customers)\n',
    );
  });

  it('records a review that check then holds the activities against', () => {
    const { repo } = history();
    const r = gdpr(
      ['diff', '--since', 'v1', '--record-review', 'Claire Martin, DPO', '--today', '2026-09-20'],
      { cwd: repo },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('Recorded the review in reviews/2026-09-20.yaml.\n');
    const review = readFileSync(join(repo, 'reviews', '2026-09-20.yaml'), 'utf8');
    expect(review).toContain('reviewer: Claire Martin, DPO\nsince: v1\n');
    expect(review).toMatch(
      /activities:\n {2}- id: customers\n {4}fingerprint: sha256:[0-9a-f]{64}\n/,
    );
    const clean = gdpr(['check', '.', '--today', '2026-09-21', '--format', 'json'], { cwd: repo });
    expect(clean.stdout).not.toContain('review-overdue');
    // A second review the same day gets its own file; nothing is overwritten.
    gdpr(['diff', '--since', 'v1', '--record-review', 'Someone else', '--today', '2026-09-20'], {
      cwd: repo,
    });
    expect(readdirSync(join(repo, 'reviews')).sort()).toEqual([
      '2026-09-20-2.yaml',
      '2026-09-20.yaml',
    ]);
    write(
      repo,
      'activities/customers.yaml',
      readFileSync(join(repo, 'activities/customers.yaml'), 'utf8').replace(
        'Manage orders',
        'Manage orders and returns',
      ),
    );
    const changed = gdpr(['check', '.', '--today', '2026-09-21', '--format', 'json'], {
      cwd: repo,
    });
    const findings = (
      JSON.parse(changed.stdout) as {
        diagnostics: {
          rule: string;
          file: string;
          line: number;
          column: number;
          message: string;
        }[];
      }
    ).diagnostics.filter((d) => d.rule === 'review-overdue');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'activities/customers.yaml', line: 1, column: 1 });
    expect(findings[0]?.message).toMatch(
      /^the activity `customers` changed after its last review on 2026-09-20 by Someone else \(reviews\/2026-09-20-2\.yaml\)/,
    );
  });

  it('says what to do without a history', () => {
    const plain = makeRegister();
    const r = gdpr(['diff', '--since', 'v1'], { cwd: plain });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'is not in a git repository: gdpr diff compares the register with its history in git',
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);

    const { repo } = history();
    const shallow = mkdtempSync(join(tmpdir(), 'gdpr-shallow-'));
    git(shallow, ['clone', '-q', '--depth', '1', `file://${repo}`, 'clone']);
    const s = gdpr(['diff', '--since', 'v1'], { cwd: join(shallow, 'clone') });
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('--since v1: no such revision in this repository');
    expect(s.stderr).toContain(
      'this clone is shallow (its history is cut): fetch it with `git fetch --unshallow`',
    );
    const missing = gdpr(['diff', '--since', 'no-such-tag'], { cwd: repo });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      '--since no-such-tag: no such revision in this repository (give a tag, a branch, a commit or a date YYYY-MM-DD)',
    );
  });
});

describe('field words from the schemas', () => {
  it('names nested fields innermost first, items by position or by key', () => {
    expect(fieldWords('activity', ['purposes', 1, 'legal_basis'])).toBe('legal basis of purpose 2');
    expect(fieldWords('activity', ['data', 0, 'retention'], [undefined as never, 'email'])).toBe(
      'retention of data item email',
    );
    expect(fieldWords('retention', ['duration'])).toBe('duration');
    expect(fieldWords('config', ['organisation', 'dpo', 'email'])).toMatch(
      'e-mail of data protection officer of organisation',
    );
  });

  it('compares two registers record by record without git', () => {
    const before = loadRegister(makeRegister());
    const after = loadRegister(
      makeRegister({
        'activities/customers.yaml': CUSTOMERS.replace(
          'data_subjects: [customers]',
          'data_subjects: [customers, prospects]',
        ),
      }),
    );
    const changes = compareRegisters(before, after, 'en');
    expect(changes).toHaveLength(1);
    expect(changes[0]?.fields).toEqual([
      {
        path: ['data_subjects'],
        field: 'data subjects',
        change: 'added-items',
        items: ['prospects'],
      },
    ]);
  });
});
