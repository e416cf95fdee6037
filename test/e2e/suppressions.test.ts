import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gdpr } from '../helpers/cli.js';
import { BASE_REGISTER, makeRegister } from '../helpers/register.js';

const TODAY = ['--today', '2026-11-23'];
const customers = BASE_REGISTER['activities/customers.yaml']!;

/** 25 activities, each with two errors (two unknown security measures): 50 errors. */
function fiftyErrors(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 1; i <= 25; i++) {
    files[`activities/legacy-${String(i).padStart(2, '0')}.yaml`] = customers.replace(
      '[access-control, encryption-at-rest]',
      '[access-control, encryption-at-rest, badge, vault]',
    );
  }
  return files;
}

describe('bulk suppressions (gdpr-suppressions.json)', () => {
  it('a register with 50 errors goes green with --suppress-all; a new error fails and names only itself', () => {
    const root = makeRegister(fiftyErrors());
    const before = gdpr(['check', '.', ...TODAY, '--format', 'json'], { cwd: root });
    expect(before.code).toBe(1);
    expect((JSON.parse(before.stdout) as { summary: { errors: number } }).summary.errors).toBe(50);

    const suppressed = gdpr(['check', '.', ...TODAY, '--suppress-all'], { cwd: root });
    expect(suppressed.stderr).toContain('gdpr-suppressions.json updated; 50 errors suppressed.');
    expect(suppressed.code).toBe(0);
    expect(suppressed.stdout).toBe('');
    const file = JSON.parse(readFileSync(join(root, 'gdpr-suppressions.json'), 'utf8')) as Record<
      string,
      Record<string, { count: number }>
    >;
    expect(Object.keys(file)).toHaveLength(25);
    expect(file['activities/legacy-07.yaml']).toEqual({ 'unknown-reference': { count: 2 } });

    const green = gdpr(['check', '.', ...TODAY], { cwd: root });
    expect(green.code).toBe(0);
    expect(green.stdout).toBe('');

    // A new error in a file without suppressions: it alone is shown.
    writeFileSync(
      join(root, 'activities/customers.yaml'),
      customers.replace('legal_basis: contract', 'legal_basis: contrat'),
    );
    const red = gdpr(['check', '.', ...TODAY], { cwd: root });
    expect(red.code).toBe(1);
    expect(red.stdout).toContain('activities/customers.yaml');
    expect(red.stdout).not.toContain('legacy-');
    expect(red.stdout).toContain('1 problem (1 error, 0 warnings)');
  });

  it('one more error of a suppressed rule in the same file shows that rule again in that file', () => {
    const root = makeRegister(fiftyErrors());
    expect(gdpr(['check', '.', ...TODAY, '--suppress-all'], { cwd: root }).code).toBe(0);
    const path = join(root, 'activities/legacy-03.yaml');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('category: contact', 'category: contacts'),
    );
    const r = gdpr(['check', '.', ...TODAY], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('activities/legacy-03.yaml');
    expect(r.stdout).toContain('3 problems (3 errors, 0 warnings)');
  });

  it('stale entries are reported (exit 2) until pruned; --prune-suppressions lowers the counts', () => {
    const root = makeRegister(fiftyErrors());
    gdpr(['check', '.', ...TODAY, '--suppress-all'], { cwd: root });
    writeFileSync(join(root, 'activities/legacy-01.yaml'), customers);
    const path = join(root, 'activities/legacy-02.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(', vault]', ']'));

    const stale = gdpr(['check', '.', ...TODAY], { cwd: root });
    expect(stale.code).toBe(2);
    expect(stale.stderr).toContain(
      'activities/legacy-01.yaml: unknown-reference (2 suppressed errors no longer found)',
    );
    expect(stale.stderr).toContain(
      'activities/legacy-02.yaml: unknown-reference (1 suppressed error no longer found)',
    );
    expect(stale.stderr).toContain('--prune-suppressions');
    expect(
      gdpr(['check', '.', ...TODAY, '--pass-on-unpruned-suppressions'], { cwd: root }).code,
    ).toBe(0);

    const pruned = gdpr(['check', '.', ...TODAY, '--prune-suppressions'], { cwd: root });
    expect(pruned.code).toBe(0);
    const file = JSON.parse(readFileSync(join(root, 'gdpr-suppressions.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(file['activities/legacy-01.yaml']).toBeUndefined();
    expect(file['activities/legacy-02.yaml']).toEqual({ 'unknown-reference': { count: 1 } });
    expect(gdpr(['check', '.', ...TODAY], { cwd: root }).code).toBe(0);
  });

  it('--suppress-rule records only that rule; warnings are never suppressed', () => {
    const root = makeRegister({
      ...fiftyErrors(),
      'activities/customers.yaml': customers.replace(
        'legal_basis: contract',
        'legal_basis: contrat',
      ),
    });
    const r = gdpr(['check', '.', ...TODAY, '--suppress-rule', 'schema'], { cwd: root });
    expect(r.stderr).toContain('1 error suppressed');
    expect(r.code).toBe(1);
    const file = readFileSync(join(root, 'gdpr-suppressions.json'), 'utf8');
    expect(file).toBe(
      '{\n  "activities/customers.yaml": {\n    "schema": {\n      "count": 1\n    }\n  }\n}\n',
    );
    expect(r.stdout).toContain('unknown-reference');
  });

  it('refuses combined modes, unknown rules and a malformed file (exit 2)', () => {
    const root = makeRegister();
    const both = gdpr(['check', '.', '--suppress-all', '--prune-suppressions'], { cwd: root });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('cannot be used together');
    const unknown = gdpr(['check', '.', '--suppress-rule', 'shema'], { cwd: root });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Did you mean `schema`?');
    writeFileSync(join(root, 'gdpr-suppressions.json'), '{"gdpr.yaml": {"schema": {"count": 0}}}');
    const bad = gdpr(['check', '.'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('gdpr-suppressions.json: `gdpr.yaml` → `schema` must be');
    expect(bad.stderr).not.toContain('    at ');
  });
});
