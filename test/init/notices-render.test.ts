/**
 * A register fresh from `gdpr init` renders every notice it scaffolds, in every country's
 * scaffold: each data item collected from the person says whether providing it is required
 * (Art. 13(2)(e)). Video surveillance is neither a contract nor optional: entering the filmed
 * premises is the condition (`requirement: access-condition`).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gdpr } from '../helpers/cli.js';

const TODAY = ['--today', '2026-12-05'];
const ALL_SECTORS =
  'recruitment,hr-payroll,customers,prospects-newsletter,website-analytics,video-surveillance,suppliers';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const cases = [
  { name: 'FR, French', args: [], access: 'condition d’accès (aux locaux ou au service)' },
  {
    name: 'DE, German',
    args: ['--country', 'DE', '--lang', 'de', '--authority', 'de-by-lda'],
    access: 'Voraussetzung für den Zugang (zu den Räumlichkeiten oder zum Dienst)',
  },
  {
    name: 'ES, Spanish',
    args: ['--country', 'ES', '--lang', 'es'],
    access: 'condición de acceso (a las instalaciones o al servicio)',
  },
];

describe('a fresh register renders every notice it scaffolds', () => {
  for (const c of cases) {
    it(c.name, () => {
      const dir = mkdtempSync(join(tmpdir(), 'gdpr-notices-'));
      dirs.push(dir);
      const init = gdpr(
        [
          'init',
          'register',
          '--yes',
          '--org-name',
          'Exemple',
          '--no-dpo',
          '--sectors',
          ALL_SECTORS,
        ].concat(TODAY, c.args),
        { cwd: dir },
      );
      expect(init.code, init.stderr).toBe(0);
      const register = join(dir, 'register');
      const notices = readdirSync(join(register, 'notices')).map((f) => f.replace(/\.yaml$/, ''));
      expect(notices).toContain('visitors');
      for (const id of notices) {
        const r = gdpr(['notice', id, register]);
        expect(r.stderr, id).toBe('');
        expect(r.code, id).toBe(0);
        if (id === 'visitors') expect(r.stdout).toContain(c.access);
      }
    });
  }
});
