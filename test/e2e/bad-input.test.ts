import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { checkRegister } from '../../src/check/engine.js';
import { RULES } from '../../src/rules/index.js';
import { gdpr } from '../helpers/cli.js';
import { memoryIo } from '../helpers/io.js';
import { BASE_REGISTER, makeRegister } from '../helpers/register.js';

interface Expect {
  file: string;
  line: number;
  column: number;
  message: string | RegExp;
  rule?: string;
}

interface Case {
  name: string;
  files?: Record<string, string | Uint8Array | null>;
  setup?: (root: string) => void;
  code: 1 | 2;
  expect?: Expect;
  stderr?: RegExp;
  /** The expected finding is the only one: nothing cascades from it. */
  only?: boolean;
}

const activity = BASE_REGISTER['activities/customers.yaml']!;
const enc = (s: string) => new TextEncoder().encode(s);

const cases: Case[] = [
  {
    name: 'unclosed quote',
    files: { 'activities/customers.yaml': 'name: "Customer management\npurposes: []\n' },
    code: 1,
    // At the opening quote (the fault), not at the end of the file where the parser gave up.
    expect: {
      file: 'activities/customers.yaml',
      line: 1,
      column: 7,
      message: /never closed/i,
      rule: 'yaml-syntax',
    },
  },
  {
    name: 'tab indentation',
    files: { 'activities/customers.yaml': 'name: X\npurposes:\n\t- description: y\n' },
    code: 1,
    expect: {
      file: 'activities/customers.yaml',
      line: 3,
      column: 1,
      message: /tab/i,
      rule: 'yaml-syntax',
    },
  },
  {
    name: 'duplicate key',
    files: {
      'activities/customers.yaml': activity.replace(
        'status: active\n',
        'status: active\nstatus: retired\n',
      ),
    },
    code: 1,
    expect: {
      file: 'activities/customers.yaml',
      line: 4,
      column: 1,
      message: /unique|duplicate/i,
      rule: 'yaml-syntax',
    },
  },
  {
    name: 'list expected, string given',
    files: {
      'activities/customers.yaml': activity.replace(
        /purposes:\n {2}- description: Manage orders\n {4}legal_basis: contract\n/,
        'purposes: Manage orders\n',
      ),
    },
    code: 1,
    expect: {
      file: 'activities/customers.yaml',
      line: 6,
      column: 11,
      message: '`purposes` must be a list, not a string',
      rule: 'schema',
    },
  },
  {
    name: 'unknown key with a near miss',
    files: {
      'activities/customers.yaml': activity.replace('department: sales', 'departement: sales'),
    },
    code: 1,
    expect: {
      file: 'activities/customers.yaml',
      line: 2,
      column: 1,
      message: 'unknown key `departement` in an activity. Did you mean `department`?',
      rule: 'schema',
    },
  },
  {
    name: 'empty file',
    files: { 'activities/customers.yaml': '' },
    code: 1,
    expect: {
      file: 'activities/customers.yaml',
      line: 1,
      column: 1,
      message: /empty/,
      rule: 'schema',
    },
  },
  {
    name: 'comment-only file',
    files: { 'activities/customers.yaml': '# nothing yet\n' },
    code: 1,
    expect: {
      file: 'activities/customers.yaml',
      line: 1,
      column: 1,
      message: /empty/,
      rule: 'schema',
    },
  },
  {
    name: 'BOM: columns as editors show them',
    files: {
      'activities/customers.yaml': `\ufeff${activity.replace('status: active', 'status: actif')}`,
    },
    code: 1,
    expect: {
      file: 'activities/customers.yaml',
      line: 3,
      column: 9,
      message: 'must be one of: planned, active, retired',
      rule: 'schema',
    },
  },
  {
    name: 'CRLF line endings',
    files: {
      'activities/customers.yaml': activity
        .replace('legal_basis: contract', 'legal_basis: contrat')
        .replace(/\n/g, '\r\n'),
    },
    code: 1,
    expect: {
      file: 'activities/customers.yaml',
      line: 8,
      column: 18,
      message: 'Did you mean `contract`?',
      rule: 'schema',
    },
  },
  {
    name: 'invalid UTF-8',
    files: {
      'activities/customers.yaml': new Uint8Array([
        ...enc('name: Customer\npurposes:\n  - description: caf'),
        0xe9,
        ...enc('\n    legal_basis: contract\n'),
      ]),
    },
    code: 1,
    expect: {
      file: 'activities/customers.yaml',
      line: 3,
      column: 21,
      message: 'invalid UTF-8',
      rule: 'yaml-syntax',
    },
  },
  {
    name: 'alias bomb',
    files: {
      'activities/customers.yaml': `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n`,
    },
    code: 1,
    expect: {
      file: 'activities/customers.yaml',
      line: 2,
      column: 8,
      message: /aliases expand too much/,
      rule: 'yaml-syntax',
    },
  },
  {
    name: '10 MB file',
    files: { 'activities/customers.yaml': `notes: "${'x'.repeat(10 * 1024 * 1024)}"\n` },
    code: 1,
    expect: {
      file: 'activities/customers.yaml',
      line: 1,
      column: 1,
      message: /10\.0 MB, over the 4 MB limit/,
      rule: 'yaml-syntax',
    },
  },
  {
    name: 'no gdpr.yaml',
    files: { 'gdpr.yaml': null },
    code: 2,
    stderr: /no gdpr\.yaml found in .* Run `gdpr init/,
  },
  {
    name: 'symlink loop',
    setup: (root) => {
      symlinkSync('loop.yaml', join(root, 'activities', 'loop.yaml'));
    },
    code: 1,
    expect: {
      file: 'activities/loop.yaml',
      line: 1,
      column: 1,
      message: /symbolic link that loops/,
      rule: 'yaml-syntax',
    },
  },
  {
    name: 'a directory where a file is expected',
    setup: (root) => {
      mkdirSync(join(root, 'activities', 'folder.yaml'));
    },
    code: 1,
    expect: {
      file: 'activities/folder.yaml',
      line: 1,
      column: 1,
      message: /is a directory, but a YAML file is expected/,
      rule: 'yaml-syntax',
    },
  },
  {
    name: 'a catalogue directory where the file is expected',
    setup: (root) => {
      mkdirSync(join(root, 'catalog', 'retention.yml'));
    },
    files: { 'catalog/retention.yaml': null },
    code: 1,
    expect: {
      file: 'catalog/retention.yml',
      line: 1,
      column: 1,
      message: /is a directory/,
      rule: 'yaml-syntax',
    },
  },
  {
    name: 'catalogue is a mapping, not a list',
    files: { 'catalog/data-subjects.yaml': 'customers:\n  name: Customers\n' },
    code: 1,
    expect: {
      file: 'catalog/data-subjects.yaml',
      line: 1,
      column: 1,
      message: 'must be a list, not a mapping',
      rule: 'schema',
    },
  },
  {
    name: 'document is a bare scalar',
    files: { 'activities/customers.yaml': 'hello\n' },
    code: 1,
    expect: {
      file: 'activities/customers.yaml',
      line: 1,
      column: 1,
      message: 'must be a mapping (key: value pairs), not a string',
      rule: 'schema',
    },
  },
  {
    name: 'two documents in one file',
    files: { 'activities/customers.yaml': `${activity}---\nname: other\n` },
    code: 1,
    expect: {
      file: 'activities/customers.yaml',
      line: 22,
      column: 1,
      message: /multiple documents|document/i,
      rule: 'yaml-syntax',
    },
  },
  {
    name: 'date in the wrong format',
    files: {
      'activities/customers.yaml': activity.replace('created: 2026-01-10', 'created: 10/01/2026'),
    },
    code: 1,
    expect: {
      file: 'activities/customers.yaml',
      line: 4,
      column: 10,
      message: 'must be a date written YYYY-MM-DD',
      rule: 'schema',
    },
  },
  {
    name: 'impossible date',
    files: {
      'activities/customers.yaml': activity.replace('created: 2026-01-10', 'created: 2026-02-30'),
    },
    code: 1,
    expect: {
      file: 'activities/customers.yaml',
      line: 4,
      column: 10,
      message: 'must be a date written YYYY-MM-DD',
      rule: 'schema',
    },
  },
  {
    name: 'instant without an offset',
    files: {
      'incidents/2026-03-14-x.yaml':
        'title: X\nstatus: open\ndiscovered_at: 2026-03-14T09:30:00\ntypes: [confidentiality]\n',
    },
    code: 1,
    expect: {
      file: 'incidents/2026-03-14-x.yaml',
      line: 3,
      column: 16,
      message: 'instant with its time-zone offset',
      rule: 'schema',
    },
  },
  {
    name: 'duration in words',
    files: {
      'catalog/retention.yaml':
        '- id: customers-3y\n  duration: 3 years\n  from: the end of the contract\n',
    },
    code: 1,
    expect: {
      file: 'catalog/retention.yaml',
      line: 2,
      column: 13,
      message: 'ISO 8601 duration',
      rule: 'schema',
    },
  },
  {
    name: 'lower-case country',
    files: { 'gdpr.yaml': BASE_REGISTER['gdpr.yaml']!.replace('country: FR', 'country: fr') },
    code: 1,
    expect: {
      file: 'gdpr.yaml',
      line: 5,
      column: 12,
      message: 'ISO 3166-1 alpha-2',
      rule: 'schema',
    },
  },
  {
    name: 'unknown country code',
    files: { 'gdpr.yaml': BASE_REGISTER['gdpr.yaml']!.replace('country: FR', 'country: ZZ') },
    code: 1,
    expect: {
      file: 'gdpr.yaml',
      line: 5,
      column: 12,
      message: 'ISO 3166-1 alpha-2',
      rule: 'schema',
    },
  },
  {
    name: 'text map with a key that is not a language',
    files: {
      'activities/customers.yaml': activity.replace(
        'name: Customer management',
        'name: { english: Customer management }',
      ),
    },
    code: 1,
    expect: {
      file: 'activities/customers.yaml',
      line: 1,
      column: 9,
      message: 'not a language code',
      rule: 'schema',
    },
  },
  {
    name: 'catalogue id with upper case',
    files: { 'catalog/data-subjects.yaml': '- id: Customers\n  name: Customers\n' },
    code: 1,
    expect: {
      file: 'catalog/data-subjects.yaml',
      line: 1,
      column: 7,
      message: 'must be an id',
      rule: 'schema',
    },
  },
  {
    name: 'file name that is not an id',
    files: { 'parties/Big Host.yaml': 'name: Big Host\nkind: processor\n' },
    code: 1,
    expect: {
      file: 'parties/Big Host.yaml',
      line: 1,
      column: 1,
      message: 'rename it, e.g. to `big-host.yaml`',
      rule: 'schema',
    },
  },
  {
    name: 'dangling reference with a suggestion',
    files: {
      'activities/customers.yaml': activity.replace(
        'retention: customers-3y',
        'retention: customer-3y',
      ),
    },
    code: 1,
    expect: {
      file: 'activities/customers.yaml',
      line: 12,
      column: 16,
      message: 'Did you mean `customers-3y`?',
      rule: 'unknown-reference',
    },
  },
  {
    name: 'duplicate catalogue id',
    files: {
      'catalog/data-categories.yaml':
        '- id: identity\n  name: Identity\n- id: contact\n  name: Contact\n- id: identity\n  name: Identity again\n',
    },
    code: 1,
    expect: {
      file: 'catalog/data-categories.yaml',
      line: 5,
      column: 7,
      message: 'already defined at line 1',
      rule: 'duplicate-id',
    },
  },
  {
    name: 'deep value of the wrong type',
    files: {
      'activities/customers.yaml': activity.replace(
        '    source: data-subject\n    requirement: contractual\n  - category: contact',
        '    source: 42\n    requirement: contractual\n  - category: contact',
      ),
    },
    code: 1,
    expect: {
      file: 'activities/customers.yaml',
      line: 13,
      column: 13,
      message: '`data[0].source` must be',
      rule: 'schema',
    },
  },
  {
    name: 'unclosed flow sequence',
    files: {
      'activities/customers.yaml': activity.replace(
        'security_measures: [access-control, encryption-at-rest]',
        'security_measures: [access-control, encryption-at-rest',
      ),
    },
    code: 1,
    expect: {
      file: 'activities/customers.yaml',
      line: 22,
      column: 1,
      message: /flow sequence|\]/i,
      rule: 'yaml-syntax',
    },
  },
  {
    name: 'undefined alias',
    files: { 'activities/customers.yaml': activity.replace('status: active', 'status: *state') },
    code: 1,
    expect: {
      file: 'activities/customers.yaml',
      line: 3,
      column: 9,
      message: /alias/i,
      rule: 'yaml-syntax',
    },
  },
  {
    name: 'empty mapping where one is required',
    files: { 'gdpr.yaml': 'version: 1\norganisation:\n' },
    code: 1,
    expect: {
      file: 'gdpr.yaml',
      line: 2,
      column: 1,
      message: '`organisation` must be',
      rule: 'schema',
    },
  },
  {
    name: 'unsupported format version',
    files: { 'gdpr.yaml': BASE_REGISTER['gdpr.yaml']!.replace('version: 1', 'version: 2') },
    code: 1,
    expect: {
      file: 'gdpr.yaml',
      line: 1,
      column: 10,
      message: '`version` must be `1`',
      rule: 'schema',
    },
  },
  {
    name: 'misspelt top-level key in gdpr.yaml',
    files: {
      'gdpr.yaml': BASE_REGISTER['gdpr.yaml']!.replace('languages: [en]', 'languges: [en]'),
    },
    code: 1,
    expect: {
      file: 'gdpr.yaml',
      line: 12,
      column: 1,
      message: 'Did you mean `languages`?',
      rule: 'schema',
    },
  },
  {
    name: 'YAML 1.1 boolean stays a string (no "Norway problem")',
    files: {
      'parties/host.yaml': 'name: Host\nkind: processor\ncountry: NO\ndpf_certified: yes\n',
    },
    code: 1,
    expect: {
      file: 'parties/host.yaml',
      line: 4,
      column: 16,
      message: '`dpf_certified` must be true or false, not a string',
      rule: 'schema',
    },
  },
  {
    name: 'a javascript: URL as the website',
    files: {
      'gdpr.yaml': BASE_REGISTER['gdpr.yaml']!.replace(
        '  country: FR\n',
        '  country: FR\n  website: javascript:alert(1)\n',
      ),
    },
    code: 1,
    expect: {
      file: 'gdpr.yaml',
      line: 6,
      column: 12,
      message: 'must be a URL starting with https://, http:// or mailto:',
      rule: 'schema',
    },
  },
  {
    name: 'a javascript: URL as a party contact',
    files: { 'parties/host.yaml': 'name: Host\nkind: processor\ncontact: javascript:alert(1)\n' },
    code: 1,
    expect: {
      file: 'parties/host.yaml',
      line: 3,
      column: 10,
      message: 'not a javascript:, data:, vbscript: or file: link',
      rule: 'schema',
    },
  },
  // Misshapen layout: one finding at the path, nothing cascading from it.
  {
    name: 'a records folder that is a file',
    setup: (root) => {
      rmSync(join(root, 'parties'), { recursive: true, force: true });
      writeFileSync(join(root, 'parties'), 'name: x\n');
    },
    code: 1,
    expect: {
      file: 'parties',
      line: 1,
      column: 1,
      message: /is a file, but a folder .* is expected here/,
      rule: 'yaml-syntax',
    },
    only: true,
  },
  {
    name: 'the catalog folder that is a file',
    setup: (root) => {
      rmSync(join(root, 'catalog'), { recursive: true, force: true });
      writeFileSync(join(root, 'catalog'), '- id: x\n');
    },
    code: 1,
    expect: {
      file: 'catalog',
      line: 1,
      column: 1,
      message: /is a file, but a folder .* is expected here/,
      rule: 'yaml-syntax',
    },
    only: true,
  },
  {
    name: 'gdpr.yaml that is a folder: one finding, no undefined departments',
    setup: (root) => {
      rmSync(join(root, 'gdpr.yaml'));
      mkdirSync(join(root, 'gdpr.yaml'));
    },
    code: 1,
    expect: {
      file: 'gdpr.yaml',
      line: 1,
      column: 1,
      message: /is a directory, but a YAML file is expected/,
      rule: 'yaml-syntax',
    },
    only: true,
  },
  {
    name: 'a symlink to a file outside the register is not followed',
    setup: (root) => {
      const out = mkdtempSync(join(tmpdir(), 'gdpr-outside-'));
      writeFileSync(join(out, 'passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
      rmSync(join(root, 'catalog', 'data-subjects.yaml'));
      symlinkSync(join(out, 'passwd'), join(root, 'catalog', 'data-subjects.yaml'));
    },
    code: 1,
    expect: {
      file: 'catalog/data-subjects.yaml',
      line: 1,
      column: 1,
      message: /symbolic link to .*passwd, outside the register/,
      rule: 'yaml-syntax',
    },
    only: true,
  },
  {
    name: 'a records folder that links outside the register',
    setup: (root) => {
      const out = mkdtempSync(join(tmpdir(), 'gdpr-outside-'));
      writeFileSync(join(out, 'host.yaml'), 'name: Host\nkind: processor\n');
      rmSync(join(root, 'parties'), { recursive: true, force: true });
      symlinkSync(out, join(root, 'parties'));
    },
    code: 1,
    expect: {
      file: 'parties',
      line: 1,
      column: 1,
      message: /symbolic link to .*, outside the register/,
      rule: 'yaml-syntax',
    },
    only: true,
  },
  {
    name: 'a refused catalogue does not cascade into "not defined" findings',
    files: {
      'catalog/data-categories.yaml': `- id: identity\n  name: "${'x'.repeat(5 * 1024 * 1024)}"\n`,
    },
    code: 1,
    expect: {
      file: 'catalog/data-categories.yaml',
      line: 1,
      column: 1,
      message: /5\.0 MB, over the 4 MB limit/,
      rule: 'yaml-syntax',
    },
    only: true,
  },
  {
    name: 'a catalogue with a syntax error does not cascade either',
    files: { 'catalog/retention.yaml': '- id: customers-3y\n  duration: [P3Y\n' },
    code: 1,
    expect: {
      file: 'catalog/retention.yaml',
      line: 3,
      column: 1,
      message: /flow sequence|\]/i,
      rule: 'yaml-syntax',
    },
    only: true,
  },
  {
    name: 'too many values in one file is refused early',
    files: {
      'catalog/data-categories.yaml': Array.from(
        { length: 110_000 },
        (_, i) => `- id: c${String(i).padStart(6, '0')}\n  name: Cat ${i}\n`,
      ).join(''),
    },
    code: 1,
    expect: {
      file: 'catalog/data-categories.yaml',
      line: 1,
      column: 1,
      message: /more than 50000 values/,
      rule: 'yaml-syntax',
    },
    only: true,
  },
  {
    name: 'a symlink inside the register is followed',
    setup: (root) => {
      mkdirSync(join(root, 'linked'));
      writeFileSync(join(root, 'linked', 'host.yaml'), 'name: Host\nkind: procesor\n');
      mkdirSync(join(root, 'parties'), { recursive: true });
      symlinkSync('../linked/host.yaml', join(root, 'parties', 'host.yaml'));
    },
    code: 1,
    expect: {
      file: 'parties/host.yaml',
      line: 2,
      column: 7,
      message: 'Did you mean `processor`?',
      rule: 'schema',
    },
  },
];

describe('bad-input corpus: every problem positioned, exit 1 or 2, never a stack trace', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });
  for (const c of cases) {
    it(c.name, async () => {
      const root = makeRegister(c.files ?? {});
      c.setup?.(root);
      const io = memoryIo(root);
      const code = await run(['check', '.', '--format', 'json', '--today', '2026-11-23'], io);
      expect(io.out() + io.err()).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
      expect(io.err()).not.toContain('internal error');
      expect(code, io.err()).toBe(c.code);
      if (c.stderr) expect(io.err()).toMatch(c.stderr);
      if (c.expect) {
        const e = c.expect;
        const report = JSON.parse(io.out()) as {
          diagnostics: {
            rule: string;
            file: string;
            line: number;
            column: number;
            message: string;
          }[];
        };
        const match = report.diagnostics.find(
          (d) =>
            d.file === e.file &&
            (typeof e.message === 'string'
              ? d.message.includes(e.message)
              : e.message.test(d.message)),
        );
        expect(match, JSON.stringify(report.diagnostics, null, 1)).toBeDefined();
        expect({ line: match!.line, column: match!.column, rule: match!.rule }).toEqual({
          line: e.line,
          column: e.column,
          rule: e.rule ?? match!.rule,
        });
        if (c.only)
          expect(report.diagnostics, JSON.stringify(report.diagnostics, null, 1)).toHaveLength(1);
      }
    });
  }

  it('an unreadable file is reported at the file, and the rest is still checked', async () => {
    const root = makeRegister({
      'activities/secret.yaml': 'name: x\n',
      'activities/customers.yaml': activity.replace(
        'retention: customers-3y',
        'retention: customer-3y',
      ),
    });
    const readFile = (p: string): Uint8Array => {
      if (p.endsWith('secret.yaml'))
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return new Uint8Array(readFileSync(p));
    };
    const { diagnostics } = await checkRegister(root, {
      today: '2026-11-23',
      now: new Date('2026-11-23T00:00:00Z'),
      cwd: root,
      rules: RULES,
      readFile,
    });
    expect(diagnostics.find((d) => d.file === 'activities/secret.yaml')).toMatchObject({
      rule: 'yaml-syntax',
      line: 1,
      column: 1,
      message: 'cannot read the file: permission denied; check its permissions (chmod a+r)',
    });
    expect(
      diagnostics.some(
        (d) => d.rule === 'unknown-reference' && d.file === 'activities/customers.yaml',
      ),
    ).toBe(true);
  });

  it('reports all problems of all files in one run', async () => {
    const root = makeRegister({
      'activities/customers.yaml': activity
        .replace('legal_basis: contract', 'legal_basis: contrat')
        .replace('retention: customers-3y', 'retention: customer-3y'),
      'parties/host.yaml': 'name: Host\nkind: procesor\n',
      'notices/bad.yaml': 'title: [\n',
    });
    const { diagnostics } = await checkRegister(root, {
      today: '2026-11-23',
      now: new Date('2026-11-23T00:00:00Z'),
      cwd: root,
      rules: RULES,
    });
    const files = new Set(diagnostics.map((d) => d.file));
    expect([...files].sort()).toEqual([
      'activities/customers.yaml',
      'notices/bad.yaml',
      'parties/host.yaml',
    ]);
  });

  it('the same corpus through the built binary: a sample of cases', () => {
    for (const c of [cases[0]!, cases[2]!, cases[12]!]) {
      const root = makeRegister(c.files ?? {});
      const r = gdpr(['check', root, '--today', '2026-11-23']);
      expect(r.code).toBe(c.code);
      expect(r.stderr + r.stdout).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    }
  });
});

/**
 * Special files through the built binary, with a timeout: before the type was checked, a FIFO
 * blocked the read forever and /dev/zero grew memory without bound. A hang here fails the test
 * (the child is killed at the timeout) instead of hanging the run.
 */
describe('bad-input corpus: special files are refused, never read', () => {
  const special: { name: string; setup: (root: string) => string; message: RegExp }[] = [
    {
      name: 'a FIFO',
      setup: (root) => {
        execFileSync('mkfifo', [join(root, 'activities', 'pipe.yaml')]);
        return 'activities/pipe.yaml';
      },
      message: /this is a FIFO \(named pipe\), not a regular file/,
    },
    {
      name: 'a symlink to /dev/zero',
      setup: (root) => {
        symlinkSync('/dev/zero', join(root, 'activities', 'zero.yaml'));
        return 'activities/zero.yaml';
      },
      message: /symbolic link to \/dev\/zero, outside the register/,
    },
    {
      name: 'a symlink to /dev/urandom as a catalogue',
      setup: (root) => {
        rmSync(join(root, 'catalog', 'retention.yaml'));
        symlinkSync('/dev/urandom', join(root, 'catalog', 'retention.yaml'));
        return 'catalog/retention.yaml';
      },
      message: /symbolic link to \/dev\/urandom, outside the register/,
    },
    {
      name: 'a FIFO as gdpr.yaml',
      setup: (root) => {
        rmSync(join(root, 'gdpr.yaml'));
        execFileSync('mkfifo', [join(root, 'gdpr.yaml')]);
        return 'gdpr.yaml';
      },
      message: /this is a FIFO \(named pipe\), not a regular file/,
    },
  ];
  for (const c of special) {
    it(c.name, () => {
      const root = makeRegister();
      const file = c.setup(root);
      const r = gdpr(['check', '.', '--format', 'json', '--today', '2026-11-23'], {
        cwd: root,
        timeout: 15_000,
      });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toBe('');
      const report = JSON.parse(r.stdout) as {
        diagnostics: {
          file: string;
          line: number;
          column: number;
          message: string;
          rule: string;
        }[];
      };
      expect(report.diagnostics).toHaveLength(1);
      expect(report.diagnostics[0]).toMatchObject({
        file,
        line: 1,
        column: 1,
        rule: 'yaml-syntax',
      });
      expect(report.diagnostics[0]?.message).toMatch(c.message);
    });
  }

  it('a template override using a property Handlebars blocks: one positioned line, no Handlebars warning', () => {
    const root = makeRegister();
    mkdirSync(join(root, 'templates', 'en'), { recursive: true });
    writeFileSync(
      join(root, 'templates', 'en', 'register.md.hbs'),
      '# Record\n\n{{organisation.toString}}\n',
    );
    const r = gdpr(['register', root, '--format', 'md', '--lang', 'en'], { timeout: 15_000 });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).not.toContain('Handlebars:');
    expect(r.stderr).toMatch(
      /^gdpr: templates\/en\/register\.md\.hbs:3:16: a template override uses `toString`, which Handlebars blocks/,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a template override that is a FIFO is refused too', () => {
    const root = makeRegister();
    mkdirSync(join(root, 'templates', 'en'), { recursive: true });
    execFileSync('mkfifo', [join(root, 'templates', 'en', 'register.md.hbs')]);
    const r = gdpr(['register', root, '--format', 'md'], { timeout: 15_000 });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/templates\/en\/register\.md\.hbs: .*FIFO/);
    expect(r.stderr).not.toContain('internal error');
  });
});
