import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gdpr } from '../helpers/cli.js';

const TODAY = ['--today', '2026-12-05'];
const ALL_SECTORS =
  'recruitment,hr-payroll,customers,prospects-newsletter,website-analytics,video-surveillance,suppliers';
/** What a citation of French law or of the CNIL looks like in a register. */
const FRENCH_LAW =
  /\bCode (?:de|du|des|civil|général|monétaire)\b|\bCNIL\b|\bloi\b|\bdécret\b|\bCSE\b|\bNIR\b|\b[LRD]\s?\d{3,4}(?:-\d+)+/;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // The copies of the schemas describe the format in English, with CNIL examples.
    if (name === '.gdpr') return [];
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function scaffold(args: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'gdpr-national-'));
  dirs.push(dir);
  const r = gdpr(['init', 'register', '--yes', '--org-name', 'Muster', ...TODAY, ...args], {
    cwd: dir,
  });
  expect(r.code, r.stderr).toBe(0);
  return join(dir, 'register');
}

const cases = [
  {
    country: 'DE',
    lang: 'de',
    authority: 'de-by-lda',
    activity: 'Personalverwaltung und Entgeltabrechnung',
    accounting:
      '§ 257 Abs. 1 Nr. 1, Abs. 4 HGB; § 147 Abs. 1 Nr. 1, Abs. 3 AO (Buchungsbelege: acht Jahre)',
    accountingDuration: 'P10Y',
    payroll: '§ 108 GewO; § 41 EStG',
  },
  {
    country: 'ES',
    lang: 'es',
    authority: 'es',
    activity: 'Gestión de personal y nóminas',
    accounting: 'Código de Comercio, art. 30',
    accountingDuration: 'P6Y',
    payroll: 'Estatuto de los Trabajadores, art. 29',
  },
];

describe('gdpr init --country DE|ES --lang de|es: a national scaffold', () => {
  for (const c of cases) {
    it(`--country ${c.country} --lang ${c.lang}: in ${c.lang}, national references, no French law, checks without errors`, () => {
      const root = scaffold(['--country', c.country, '--lang', c.lang, '--authority', c.authority]);
      const config = parse(readFileSync(join(root, 'gdpr.yaml'), 'utf8')) as {
        languages: string[];
      };
      expect(config.languages).toEqual([c.lang]);
      const payroll = parse(readFileSync(join(root, 'activities', 'hr-payroll.yaml'), 'utf8')) as {
        name: string;
        purposes: { legal_reference?: string }[];
        data: { category: string }[];
      };
      expect(payroll.name).toBe(c.activity);
      expect(payroll.purposes.map((p) => p.legal_reference)).toContain(c.payroll);
      expect(payroll.data.map((d) => d.category)).not.toContain('nir');
      const retention = parse(readFileSync(join(root, 'catalog', 'retention.yaml'), 'utf8')) as {
        id: string;
        duration?: string;
        basis?: string;
        criteria?: string;
      }[];
      expect(retention.find((r) => r.id === 'accounting')).toMatchObject({
        duration: c.accountingDuration,
        basis: c.accounting,
      });
      // No national period known: the organisation sets it.
      expect(retention.find((r) => r.id === 'employee-file')?.duration).toBeUndefined();
      expect(retention.find((r) => r.id === 'employee-file')?.criteria).toBeDefined();

      const check = gdpr(['check', root, '--format', 'json', ...TODAY]);
      expect(check.stderr).toBe('');
      expect(check.code).toBe(0);
    });

    it(`--country ${c.country}: no template cites French law, whatever the sectors`, () => {
      const root = scaffold([
        '--country',
        c.country,
        '--lang',
        `${c.lang},en`,
        '--authority',
        c.authority,
        '--sectors',
        ALL_SECTORS,
      ]);
      const cited = files(root).flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .filter((line) => FRENCH_LAW.test(line))
          .map((line) => `${relative(root, path)}: ${line.trim()}`),
      );
      expect(cited).toEqual([]);
      const check = gdpr(['check', root, '--format', 'json', ...TODAY]);
      expect(check.stderr).toBe('');
      expect(check.code).toBe(0);
    });
  }

  it('a French register keeps French law (the default)', () => {
    const root = scaffold(['--sectors', ALL_SECTORS]);
    const payroll = readFileSync(join(root, 'activities', 'hr-payroll.yaml'), 'utf8');
    expect(payroll).toContain('Code du travail, art. L3243-2');
    expect(payroll).toContain('category: nir');
  });
});
