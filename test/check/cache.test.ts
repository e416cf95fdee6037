import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gdpr } from '../helpers/cli.js';
import { BASE_REGISTER, makeRegister } from '../helpers/register.js';

/** The base register with one warning: the customers activity was reviewed long ago. */
function register(): string {
  return makeRegister({
    'activities/customers.yaml': BASE_REGISTER['activities/customers.yaml']!.replace(
      'reviewed: 2026-06-01',
      'reviewed: 2024-06-01',
    ),
  });
}

const TODAY = ['--today', '2026-12-05'];

/** Marks every cached finding, so that a replay shows itself in the output. */
function markCache(file: string): void {
  const cache = JSON.parse(readFileSync(file, 'utf8')) as {
    registers: Record<string, { diagnostics: { message: string }[] }>;
  };
  for (const entry of Object.values(cache.registers))
    for (const d of entry.diagnostics) d.message = `REPLAYED ${d.message}`;
  writeFileSync(file, JSON.stringify(cache));
}

describe('gdpr check --cache', () => {
  it('gives the same output and exit code as a run without it, first and second time', () => {
    const root = register();
    const plain = gdpr(['check', '.', ...TODAY], { cwd: root });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('review-overdue');
    const first = gdpr(['check', '.', ...TODAY, '--cache'], { cwd: root });
    const second = gdpr(['check', '.', ...TODAY, '--cache'], { cwd: root });
    expect(first).toEqual(plain);
    expect(second).toEqual(plain);
    expect(readFileSync(join(root, '.gdpr-cache'), 'utf8')).toContain('"format":1');
  });

  it('replays an unchanged register, and runs again when a file, the day or the rules change', () => {
    const root = register();
    const cache = join(root, 'cache.json');
    const args = ['check', '.', ...TODAY, '--format', 'json', '--cache-location', cache];
    gdpr(args, { cwd: root });
    markCache(cache);
    expect(gdpr(args, { cwd: root }).stdout).toContain('REPLAYED');

    // Another day: deadlines are judged anew.
    expect(
      gdpr(['check', '.', '--today', '2026-12-06', '--format', 'json', '--cache-location', cache], {
        cwd: root,
      }).stdout,
    ).not.toContain('REPLAYED');

    // A file changes (even a comment): a full run.
    gdpr(args, { cwd: root });
    markCache(cache);
    const path = join(root, 'activities', 'customers.yaml');
    writeFileSync(path, `${readFileSync(path, 'utf8')}# reviewed with the sales team\n`);
    expect(gdpr(args, { cwd: root }).stdout).not.toContain('REPLAYED');

    // A new file anywhere in the register (a DPIA document an activity may point at).
    gdpr(args, { cwd: root });
    markCache(cache);
    writeFileSync(join(root, 'dpia.pdf'), 'not really a pdf');
    expect(gdpr(args, { cwd: root }).stdout).not.toContain('REPLAYED');

    // The configuration of the rules is a register file too.
    gdpr(args, { cwd: root });
    markCache(cache);
    const config = join(root, 'gdpr.yaml');
    writeFileSync(config, `${readFileSync(config, 'utf8')}rules:\n  review-overdue: off\n`);
    const off = gdpr(args, { cwd: root });
    expect(off.stdout).not.toContain('REPLAYED');
    expect(off.stdout).not.toContain('review-overdue');
  });

  it('ignores a cache file it cannot read, and says where it cannot write one', () => {
    const root = register();
    writeFileSync(join(root, '.gdpr-cache'), '{ not json');
    const r = gdpr(['check', '.', ...TODAY, '--cache'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('review-overdue');
    const bad = gdpr(['check', '.', ...TODAY, '--cache-location', join(root, 'gdpr.yaml', 'x')], {
      cwd: root,
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/cannot write .*gdpr\.yaml\/x: a parent of it is a file/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
