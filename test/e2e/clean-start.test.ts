import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gdpr } from '../helpers/cli.js';

const TODAY = ['--today', '2026-12-05'];
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function scaffold(args: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'gdpr-clean-'));
  dirs.push(dir);
  const init = gdpr(
    ['init', 'register', '--yes', '--org-name', 'Exemple SARL', ...TODAY, ...args],
    {
      cwd: dir,
    },
  );
  expect(init.code, init.stderr).toBe(0);
  return join(dir, 'register');
}

describe('a fresh scaffold and the example check clean with --max-warnings 0', () => {
  const variants: [string, string[]][] = [
    ['the defaults of `gdpr init --yes`', []],
    [
      'every sector template',
      [
        '--sectors',
        'recruitment,hr-payroll,customers,prospects-newsletter,website-analytics,video-surveillance,suppliers',
      ],
    ],
    ['French and English, no DPO', ['--languages', 'fr,en', '--no-dpo']],
  ];
  for (const [name, args] of variants) {
    it(name, () => {
      const root = scaffold(args);
      const r = gdpr(['check', root, '--max-warnings', '0', ...TODAY]);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    });
  }

  it('examples/atelier-durand', () => {
    const r = gdpr(['check', 'examples/atelier-durand', '--max-warnings', '0', ...TODAY]);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });
});
