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
import { parse } from 'yaml';
import { ConfigError } from '../../src/errors.js';
import { nationalRetention, SCAFFOLD_DIR } from '../../src/init/scaffold-data.js';
import { retentionReference } from '../../src/law/retention-references.js';
import { gdpr } from '../helpers/cli.js';

const TODAY = ['--today', '2026-12-05'];
const ALL_SECTORS =
  'recruitment,hr-payroll,customers,prospects-newsletter,website-analytics,video-surveillance,suppliers';
/** What a citation of French law or of the CNIL looks like in a register. */
const FRENCH_LAW =
  /\bCode (?:de|du|des|civil|général|monétaire)\b|\bCNIL\b|\b[Ll]oi\b|\bdécret\b|\bCSE\b|\bNIR\b|\b78-17\b|\b[LRD]\s?\d{3,4}(?:-\d+)+/;

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

/** The lines of a register that cite French law or the CNIL, as `file: line`. */
function frenchLawLines(root: string): string[] {
  return files(root).flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => FRENCH_LAW.test(line))
      .map((line) => `${relative(root, path)}: ${line.trim()}`),
  );
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
    employeeFile: 'P3Y',
    video: { duration: 'P3D', reference: 'de-video' },
    /** Where German law and the German authorities give no period: the organisation sets it. */
    unquantified: [
      'activities/prospects-newsletter.yaml data[0].retention',
      'activities/prospects-newsletter.yaml data[1].retention',
      'activities/website-analytics.yaml data[0].retention',
      'activities/website-analytics.yaml data[1].retention',
    ],
  },
  {
    country: 'ES',
    lang: 'es',
    authority: 'es',
    activity: 'Gestión de personal y nóminas',
    accounting: 'Código de Comercio, art. 30',
    accountingDuration: 'P6Y',
    payroll: 'Estatuto de los Trabajadores, art. 29',
    employeeFile: 'P4Y',
    video: { duration: 'P1M', reference: 'es-video' },
    /** Where Spanish law and the AEPD give no period: the organisation sets it. */
    unquantified: [
      'activities/prospects-newsletter.yaml data[0].retention',
      'activities/prospects-newsletter.yaml data[1].retention',
      'activities/recruitment.yaml data[0].retention',
      'activities/recruitment.yaml data[1].retention',
      'activities/recruitment.yaml data[2].retention',
      'activities/website-analytics.yaml data[0].retention',
      'activities/website-analytics.yaml data[1].retention',
    ],
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
      // A national period for the personnel file (no longer a period the organisation sets).
      expect(retention.find((r) => r.id === 'employee-file')?.duration).toBe(c.employeeFile);
      expect(retention.find((r) => r.id === 'employee-file')?.criteria).toBeUndefined();

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
      const cited = frenchLawLines(root);
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

interface Diagnostic {
  rule: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  path: string;
}

/** Every fr and en string of a template: a text of the register must not be one of them. */
function templateStrings(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) templateStrings(item, out);
  else if (node !== null && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'fr' || key === 'en') && typeof value === 'string') out.add(value);
      else templateStrings(value, out);
    }
  return out;
}

interface ScaffoldedActivity {
  name: unknown;
  description: unknown;
  notes?: unknown;
  purposes: {
    description: unknown;
    legitimate_interest?: unknown;
    consent?: { collected_via: unknown; withdrawal: unknown; records: unknown };
  }[];
}

/** The texts of an activity a reader sees: name, description, purposes, consent, notes. */
function activityTexts(activity: ScaffoldedActivity): unknown[] {
  return [
    activity.name,
    activity.description,
    activity.notes,
    ...activity.purposes.flatMap((p) => [
      p.description,
      p.legitimate_interest,
      p.consent?.collected_via,
      p.consent?.withdrawal,
      p.consent?.records,
    ]),
  ].filter((text) => text !== undefined);
}

describe('gdpr init --country DE|ES --lang de|es --sectors <all seven>: a register in one language that checks clean', () => {
  const sectors = ALL_SECTORS.split(',');
  for (const c of cases) {
    it(`--country ${c.country} --lang ${c.lang}: every activity in ${c.lang}, no French law, warnings only where the law sets no period`, () => {
      const root = scaffold([
        '--country',
        c.country,
        '--lang',
        c.lang,
        '--authority',
        c.authority,
        '--sectors',
        ALL_SECTORS,
      ]);
      for (const sector of sectors) {
        const activity = parse(
          readFileSync(join(root, 'activities', `${sector}.yaml`), 'utf8'),
        ) as ScaffoldedActivity;
        const foreign = templateStrings(
          parse(readFileSync(join(SCAFFOLD_DIR, 'activities', `${sector}.yaml`), 'utf8')),
        );
        for (const text of activityTexts(activity)) {
          // One register language: every text is a plain string, none of them French or English.
          expect(typeof text, `${sector}: ${JSON.stringify(text)}`).toBe('string');
          expect(foreign.has(text as string), `${sector}: "${String(text)}"`).toBe(false);
        }
      }

      const cited = frenchLawLines(root);
      expect(cited).toEqual([]);

      const retention = parse(readFileSync(join(root, 'catalog', 'retention.yaml'), 'utf8')) as {
        id: string;
        duration?: string;
        reference?: string;
      }[];
      expect(retention.find((r) => r.id === 'video-footage')).toMatchObject(c.video);

      const check = gdpr(['check', root, '--format', 'json', ...TODAY]);
      expect(check.stderr).toBe('');
      expect(check.code).toBe(0);
      const { diagnostics } = JSON.parse(check.stdout) as { diagnostics: Diagnostic[] };
      // The only warnings: retention rules whose period no national law or authority gives
      // (prospects, cookies and, in Spain, applicants): the organisation sets it.
      expect(diagnostics.filter((d) => d.rule !== 'retention-not-quantified')).toEqual([]);
      expect(
        diagnostics.map((d) => `${d.file.replace(/^.*register\//, '')} ${d.path}`).sort(),
      ).toEqual(c.unquantified);
    });
  }

  it('--country ES: gdpr.yaml states how data are blocked (art. 32 LOPDGDD), in Spanish', () => {
    const root = scaffold(['--country', 'ES', '--lang', 'es', '--authority', 'es']);
    const config = parse(readFileSync(join(root, 'gdpr.yaml'), 'utf8')) as {
      organisation: { data_blocking?: string };
    };
    expect(config.organisation.data_blocking).toMatch(/^Cuando los datos se rectifican o suprimen/);
    expect(config.organisation.data_blocking).toContain('LOPDGDD, art. 32');
    const check = gdpr(['check', root, '--format', 'json', ...TODAY]);
    const { diagnostics } = JSON.parse(check.stdout) as { diagnostics: Diagnostic[] };
    expect(diagnostics.map((d) => d.rule)).not.toContain('data-blocking-stated');
  });

  it('--country DE and FR: no data_blocking (a Spanish rule)', () => {
    for (const args of [['--country', 'DE', '--lang', 'de', '--authority', 'de-by-lda'], []]) {
      const config = readFileSync(join(scaffold(args), 'gdpr.yaml'), 'utf8');
      expect(config).not.toContain('data_blocking');
    }
  });
});

describe('data/scaffold/national/<CC>.yaml', () => {
  it('gives every national period a built-in reference that is not shorter, with source and verified', () => {
    for (const country of ['DE', 'ES']) {
      const rules = nationalRetention(country);
      expect(rules, country).toBeDefined();
      for (const rule of rules!.retention) {
        const reference = retentionReference(rule.reference as string);
        expect(reference, `${country} ${String(rule.id)}`).toBeDefined();
        expect(reference!.duration, `${country} ${String(rule.id)}`).toBe(rule.duration);
        expect(reference!.source.length).toBeGreaterThan(0);
        expect(typeof reference!.verified).toBe('boolean');
      }
    }
  });

  it('a country without a file has no national rules; a broken file is an error at its line, not "no rules"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gdpr-national-data-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'national'));
    expect(nationalRetention('IT', dir)).toBeUndefined();

    writeFileSync(
      join(dir, 'national', 'XX.yaml'),
      'retention:\n  - id: accounting\n    duration: [P6Y\nother: {}\n',
    );
    let error: unknown;
    try {
      nationalRetention('XX', dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).position).toMatchObject({
      file: join(dir, 'national', 'XX.yaml'),
      line: expect.any(Number) as number,
    });
    expect((error as ConfigError).message).toMatch(/^broken national scaffold rules: [^\n]+$/);

    writeFileSync(join(dir, 'national', 'YY.yaml'), '- just a list\n');
    expect(() => nationalRetention('YY', dir)).toThrow(ConfigError);

    writeFileSync(join(dir, 'national', 'ZZ.yaml'), 'retention: []\nother: { then: delete }\n');
    expect(nationalRetention('ZZ', dir)).toEqual({ retention: [], other: { then: 'delete' } });
  });
});
