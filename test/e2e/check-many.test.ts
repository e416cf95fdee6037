import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gdpr, REPO_ROOT } from '../helpers/cli.js';

interface Report {
  summary: { errors: number; warnings: number };
  diagnostics: { file: string; rule: string }[];
}

const TODAY = ['--today', '2026-11-23'];

describe('gdpr check with several registers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gdpr-many-'));
  cpSync(join(REPO_ROOT, 'examples', 'atelier-durand'), join(dir, 'group', 'a-clean'), {
    recursive: true,
  });
  cpSync(join(REPO_ROOT, 'examples', 'broken'), join(dir, 'group', 'b-broken'), {
    recursive: true,
  });
  const one = (name: string): Report =>
    JSON.parse(
      gdpr(['check', `group/${name}`, ...TODAY, '--format', 'json'], { cwd: dir }).stdout,
    ) as Report;

  it('reports each register’s findings under its own files, in the order given, and exits 1 on any error', () => {
    const a = one('a-clean');
    const b = one('b-broken');
    expect(a.summary.errors).toBe(0);
    expect(b.summary.errors).toBeGreaterThan(0);
    const r = gdpr(['check', 'group/a-clean', 'group/b-broken', ...TODAY, '--format', 'json'], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    const both = JSON.parse(r.stdout) as Report;
    expect(both.diagnostics).toEqual([...a.diagnostics, ...b.diagnostics]);
    expect(both.diagnostics.filter((d) => d.file.startsWith('group/a-clean/'))).toHaveLength(
      a.diagnostics.length,
    );
    expect(both.summary).toEqual({
      errors: a.summary.errors + b.summary.errors,
      warnings: a.summary.warnings + b.summary.warnings,
    });
  });

  it('a clean register alone exits 0; one register named twice is checked once', () => {
    const once = gdpr(['check', 'group/a-clean', ...TODAY, '--format', 'json'], { cwd: dir });
    const twice = gdpr(
      ['check', 'group/a-clean', 'group/a-clean/activities', ...TODAY, '--format', 'json'],
      { cwd: dir },
    );
    expect(once.code).toBe(0);
    expect(twice.code).toBe(0);
    expect(twice.stdout).toBe(once.stdout);
  });

  it('expands a glob (sorted folders) as the list of its registers; a glob matching nothing is a usage error', () => {
    const listed = gdpr(
      ['check', 'group/a-clean', 'group/b-broken', ...TODAY, '--format', 'json'],
      { cwd: dir },
    );
    const glob = gdpr(['check', 'group/*', ...TODAY, '--format', 'json'], { cwd: dir });
    expect(glob.code).toBe(1);
    expect(glob.stdout).toBe(listed.stdout);
    const none = gdpr(['check', 'nowhere/*', ...TODAY], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no folder matches `nowhere/*`');
  });
});
