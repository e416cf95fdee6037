import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { gdpr } from '../helpers/cli.js';
import { makeRegister } from '../helpers/register.js';

const TODAY = ['--today', '2026-11-23'];

const broken = {
  'activities/customers.yaml': `name: Customer management
department: sales
status: active
created: 2026-01-10
reviewed: 2026-06-01
purposes:
  - description: Manage orders
    legal_basis: contrat
data_subjects: [customer]
data:
  - category: identity
    retention: customers-3y
    source: data-subject
    requirement: contractual
  - category: contact
    retention: customers-3y
    source: data-subject
    requirement: contractual
recipients:
  - department: sales
security_measures: [access-control, encryption-at-rest]
`,
};

describe('gdpr check (built binary)', () => {
  it('exits 0 and prints nothing on a clean register', () => {
    const root = makeRegister();
    const r = gdpr(['check', root, ...TODAY]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('stylish: exit 1, file:line:col, rule id, summary, no colour under NO_COLOR', () => {
    const root = makeRegister(broken);
    const r = gdpr(['check', '.', ...TODAY], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('activities/customers.yaml\n');
    // Long messages wrap at 100 columns (no terminal): join the continuation lines back.
    const flat = r.stdout.replace(/\n +(?!\d+:\d+ )/g, ' ');
    expect(flat).toMatch(
      / 8:18 +error +`purposes\[0\]\.legal_basis` must be one of: consent, contract, .*Did you mean `contract`\? +schema/,
    );
    expect(flat).toMatch(
      / 9:17 +error +`customer` is not defined in catalog\/data-subjects\.yaml\. Did you mean `customers`\? +unknown-reference/,
    );
    expect(r.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)\n$/);
    // eslint-disable-next-line no-control-regex -- the escape character is what is looked for
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('json: the documented, versioned shape', () => {
    const root = makeRegister(broken);
    const r = gdpr(['check', root, '--format', 'json', ...TODAY], { cwd: root });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      version: number;
      summary: { errors: number; warnings: number };
      diagnostics: Record<string, unknown>[];
    };
    expect(report.version).toBe(1);
    expect(report.summary.errors).toBeGreaterThanOrEqual(2);
    const schemaFinding = report.diagnostics.find((d) => d.rule === 'schema');
    expect(schemaFinding).toMatchObject({
      severity: 'error',
      file: 'activities/customers.yaml',
      line: 8,
      column: 18,
      endLine: 8,
      endColumn: 25,
      path: 'purposes[0].legal_basis',
    });
    expect(Object.keys(schemaFinding!)).toEqual([
      'rule',
      'severity',
      'message',
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'path',
      'article',
    ]);
  });

  it('sarif: valid against the official SARIF 2.1.0 schema', async () => {
    const root = makeRegister(broken);
    const r = gdpr(['check', root, '--format', 'sarif', ...TODAY], { cwd: root });
    expect(r.code).toBe(1);
    const Ajv4 = (await import('ajv-draft-04')).default as unknown as typeof Ajv;
    const addFormats = (await import('ajv-formats')).default as unknown as {
      default: (a: Ajv) => void;
    };
    const ajv = new Ajv4({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const schema = JSON.parse(
      readFileSync(join(__dirname, '..', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'),
    ) as object;
    const validate = ajv.compile(schema);
    const log = JSON.parse(r.stdout) as {
      runs: {
        results: {
          ruleId: string;
          locations: { physicalLocation: { region: { startLine: number } } }[];
        }[];
      }[];
    };
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const result = log.runs[0]!.results.find((x) => x.ruleId === 'schema');
    expect(result!.locations[0]!.physicalLocation.region.startLine).toBe(8);
  });

  it('junit: one failing testcase per finding', () => {
    const root = makeRegister(broken);
    const r = gdpr(['check', root, '--format', 'junit', ...TODAY], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>/);
    expect(r.stdout).toContain('<testsuite name="activities/customers.yaml"');
    expect(r.stdout).toMatch(/<testcase [^>]*name="schema 8:18"/);
  });

  it('github: workflow annotations with escaped properties', () => {
    const root = makeRegister(broken);
    const r = gdpr(['check', root, '--format', 'github', ...TODAY], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^::error file=activities\/customers\.yaml,line=8,col=18,endLine=8,endColumn=25,title=schema::/m,
    );
  });

  it('--output writes the report to a file and nothing to stdout', () => {
    const root = makeRegister(broken);
    const r = gdpr(['check', root, '--format', 'json', '--output', 'out/report.json', ...TODAY], {
      cwd: root,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(root, 'out', 'report.json'), 'utf8')).version).toBe(1);
  });

  it('--max-warnings: warnings alone exit 0, over the maximum exit 1', () => {
    const root = makeRegister({
      'catalog/security-measures.yaml':
        '- id: access-control\n  name: Access control\n- id: encryption-at-rest\n  name: Encryption at rest\n- id: backups\n  name: Backups\n',
    });
    const ok = gdpr(['check', root, ...TODAY, '--format', 'json']);
    const report = JSON.parse(ok.stdout) as { summary: { errors: number; warnings: number } };
    expect(report.summary).toEqual({ errors: 0, warnings: 1 });
    expect(ok.code).toBe(0);
    const over = gdpr(['check', root, ...TODAY, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('too many warnings (1); the maximum is 0');
  });

  it('severity overrides in gdpr.yaml rules: apply; an unknown rule id is a configuration error (2)', () => {
    const base = readFileSync(join(makeRegister(), 'gdpr.yaml'), 'utf8');
    const off = makeRegister({
      ...broken,
      'gdpr.yaml': `${base}rules:\n  unknown-reference: off\n  schema: warning\n`,
    });
    const r = gdpr(['check', off, ...TODAY, '--format', 'json']);
    const report = JSON.parse(r.stdout) as { diagnostics: { rule: string; severity: string }[] };
    expect(report.diagnostics.some((d) => d.rule === 'unknown-reference')).toBe(false);
    expect(
      report.diagnostics.filter((d) => d.rule === 'schema').every((d) => d.severity === 'warning'),
    ).toBe(true);
    expect(r.code).toBe(0);
    const bad = makeRegister({ 'gdpr.yaml': `${base}rules:\n  unknown-referenc: off\n` });
    const r2 = gdpr(['check', bad, ...TODAY]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toBe(
      'gdpr: gdpr.yaml:18:3: unknown rule `unknown-referenc` in `rules:`. Did you mean `unknown-reference`? Run `gdpr rules` to list them.\n',
    );
  });

  it('usage errors exit 2: unknown option, bad --today, bad --format', () => {
    const root = makeRegister();
    const a = gdpr(['check', root, '--frobnicate']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain("unknown option '--frobnicate'");
    const b = gdpr(['check', root, '--today', '2026-02-30']);
    expect(b.code).toBe(2);
    expect(b.stderr).toBe('gdpr: --today must be a date written YYYY-MM-DD (got "2026-02-30")\n');
    const c = gdpr(['check', root, '--format', 'xml']);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain("argument 'xml' is invalid");
  });

  it('no gdpr.yaml: exit 2 with a hint to run gdpr init', () => {
    const root = makeRegister({ 'gdpr.yaml': null });
    const r = gdpr(['check', join(root, 'activities')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^gdpr: no gdpr\.yaml found in .* or any folder above it\. Run `gdpr init/,
    );
  });

  it('--version and --help exit 0', () => {
    const v = gdpr(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const h = gdpr(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('check');
  });
});

describe('gdpr rules (built binary)', () => {
  it('json lists every rule with id, article, severity and description', () => {
    const r = gdpr(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as {
      rules: { id: string; severity: string; description: string }[];
    };
    for (const id of [
      'yaml-syntax',
      'schema',
      'unknown-reference',
      'unused-catalog-entry',
      'duplicate-id',
    ]) {
      expect(list.rules.map((x) => x.id)).toContain(id);
    }
  });
});
