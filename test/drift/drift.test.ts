import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithCode } from '../../src/drift/compare.js';
import { readScannerReport } from '../../src/drift/reports.js';
import { UsageError } from '../../src/errors.js';
import { loadRegister } from '../../src/register/load.js';
import { gdpr, REPO_ROOT } from '../helpers/cli.js';
import { makeRegister } from '../helpers/register.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'drift');
const BEARER = join(FIXTURES, 'bearer-privacy.json');
const PRIVADO = join(FIXTURES, 'privado.json');

/** A register where Stripe is a processor and card numbers are catalogued and used. */
const DECLARED = {
  'parties/stripe.yaml': `name: Stripe Payments Europe Ltd
kind: processor
country: IE
dpa: { signed: 2026-01-05 }
`,
  'parties/old-mailer.yaml': `name: Ancien Routeur SAS
kind: processor
country: FR
dpa: { signed: 2025-01-05 }
detected_as: [Mailjet, api.mailjet.example]
`,
  'catalog/data-categories.yaml': `- id: identity
  name: Identity
- id: contact
  name: Contact details
- id: bank-details
  name: Bank details
- id: interactions
  name: Interactions
`,
};

function messages(root: string, ...reports: [string, 'bearer' | 'privado'][]): string[] {
  const register = loadRegister(root);
  const detections = reports.flatMap(([file, kind]) => readScannerReport(root, file, kind));
  return compareWithCode(register, detections, root).map(
    (d) => `${d.rule} ${d.file}:${d.line}:${d.column} ${/"([^"]+)"/.exec(d.message)?.[1] ?? ''}`,
  );
}

describe('scanner reports', () => {
  it('reads the services and data types of a Bearer privacy report, with their lines', () => {
    const found = readScannerReport(FIXTURES, 'bearer-privacy.json');
    expect(found.map((d) => `${d.kind} ${d.name} ${d.at.line}:${d.at.column}`)).toEqual([
      'service Sendinblue 45:5',
      'data-type Email Address 45:5',
      'service Stripe 55:5',
      'data-type Credit Card Number 55:5',
      'data-type Email Address 55:5',
      'service Sentry 65:5',
      'data-type Email Address 3:5',
      'data-type Physical Address 13:5',
      'data-type Credit Card Number 23:5',
      'data-type Interactions 33:5',
    ]);
    expect(found.every((d) => d.scanner === 'bearer' && d.at.file === 'bearer-privacy.json')).toBe(
      true,
    );
  });

  it('reads Privado sources and third-party sinks (top-level and in data flows), not storages', () => {
    const found = readScannerReport(FIXTURES, 'privado.json');
    expect(found.map((d) => `${d.kind} ${d.name}`)).toEqual([
      'data-type Email Address',
      'data-type Date of Birth',
      'data-type Allergies',
      'service Google Analytics',
      'service api.brevo.example',
    ]);
    const analytics = found.find((d) => d.name === 'Google Analytics');
    expect(analytics?.keys).toEqual([
      'ThirdParties.SDK.Google.Analytics',
      'Google Analytics',
      'google-analytics.com',
    ]);
  });

  it('refuses a file that is neither, and a missing file, with a usage error naming it', () => {
    const root = makeRegister({ 'report.json': '{"results": []}\n' });
    expect(() => readScannerReport(root, 'report.json')).toThrow(UsageError);
    expect(() => readScannerReport(root, 'report.json')).toThrow(/report\.json: not a Bearer/);
    expect(() => readScannerReport(root, 'missing.json')).toThrow(/missing\.json \(ENOENT\)/);
  });
});

describe('the register against the code', () => {
  it('lists undeclared services and data types, and a processor no scan finds', () => {
    const root = makeRegister(DECLARED);
    copyFileSync(BEARER, join(root, 'bearer.json'));
    expect(messages(root, ['bearer.json', 'bearer'])).toEqual([
      'drift-undeclared-service bearer.json:45:5 Sendinblue',
      'drift-undeclared-service bearer.json:65:5 Sentry',
      // Physical Address is "contact" (data/scanners/data-types.json), which an activity lists.
      'drift-undeclared-data-type bearer.json:55:5 Credit Card Number',
      'drift-undeclared-data-type bearer.json:33:5 Interactions',
      'drift-unused-processor parties/old-mailer.yaml:5:1 Ancien Routeur SAS',
    ]);
  });

  it('says which category a type belongs to when it is catalogued but no activity lists it', () => {
    const root = makeRegister(DECLARED);
    copyFileSync(BEARER, join(root, 'bearer.json'));
    const register = loadRegister(root);
    const found = compareWithCode(register, readScannerReport(root, 'bearer.json'), root);
    const card = found.find((d) => d.message.includes('Credit Card Number'));
    expect(card?.message).toContain('data category "bank-details", which no active activity lists');
    const interactions = found.find((d) => d.message.includes('Interactions'));
    expect(interactions?.message).toContain('which no data category of the catalogue covers');
  });

  it('is quiet once every service is a party and every type is listed by an activity', () => {
    // Stripe matches "Stripe Payments Europe Ltd" by its name; the others through detected_as.
    const root = makeRegister({
      ...DECLARED,
      'parties/old-mailer.yaml': null,
      'parties/brevo.yaml': `name: Sendinblue SAS
kind: processor
country: FR
dpa: { signed: 2026-01-05 }
detected_as: [Sendinblue]
`,
      'parties/sentry.yaml': `name: Functional Software Inc. (Sentry)
kind: processor
country: US
dpf_certified: true
dpa: { signed: 2026-01-05 }
detected_as: [Sentry]
`,
      'catalog/data-categories.yaml': `- id: identity
  name: Identity
- id: contact
  name: Contact details
  detected_as: [Physical Address]
- id: bank-details
  name: Bank details
- id: interactions
  name: Interactions
  detected_as: [interactions]
`,
      'activities/payments.yaml': `name: Payments
department: sales
status: active
created: 2026-01-10
reviewed: 2026-06-01
purposes:
  - description: Take payments
    legal_basis: contract
data_subjects: [customers]
data:
  - category: bank-details
    retention: customers-3y
    source: data-subject
    requirement: contractual
  - category: interactions
    retention: customers-3y
    source: data-subject
    requirement: contractual
recipients:
  - party: stripe
security_measures: [access-control, encryption-at-rest]
`,
    });
    copyFileSync(BEARER, join(root, 'bearer.json'));
    expect(messages(root, ['bearer.json', 'bearer'])).toEqual([]);
  });

  it('maps Privado ids by their group (health data is "health") and matches services by domain', () => {
    const root = makeRegister({
      'parties/brevo.yaml': `name: Brevo
kind: processor
country: FR
dpa: { signed: 2026-01-05 }
detected_as: [api.brevo.example]
`,
    });
    copyFileSync(PRIVADO, join(root, 'privado.json'));
    expect(messages(root, ['privado.json', 'privado'])).toEqual([
      'drift-undeclared-service privado.json:42:5 Google Analytics',
      'drift-undeclared-data-type privado.json:30:5 Allergies',
    ]);
    const register = loadRegister(root);
    const found = compareWithCode(register, readScannerReport(root, 'privado.json'), root);
    expect(found.find((d) => d.message.includes('Allergies'))?.message).toContain(
      '(usually "health")',
    );
  });
});

describe('gdpr drift', () => {
  it('exits 1 and names each undeclared item, in stylish and json', () => {
    const root = makeRegister(DECLARED);
    copyFileSync(BEARER, join(root, 'bearer.json'));
    copyFileSync(PRIVADO, join(root, 'privado.json'));
    const r = gdpr(['drift', '.', '--bearer', 'bearer.json', '--privado', 'privado.json'], {
      cwd: root,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bearer.json');
    expect(r.stdout).toMatch(/45:5\s+error\s+The code sends data to "Sendinblue"/);
    expect(r.stdout).toContain('drift-undeclared-service');
    expect(r.stdout).toContain('Google Analytics');
    const json = gdpr(['drift', '--bearer', 'bearer.json', '--format', 'json'], { cwd: root });
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { version: number; diagnostics: { rule: string }[] };
    expect(report.version).toBe(1);
    expect(report.diagnostics.map((d) => d.rule)).toContain('drift-undeclared-data-type');
  });

  it('exits 0 with only a warning, and 2 without a report or with an unreadable one', () => {
    const root = makeRegister({
      'parties/old-mailer.yaml': DECLARED['parties/old-mailer.yaml'],
      'report.json': '{"subjects": [], "third_party": []}\n',
    });
    const quiet = gdpr(['drift', '--bearer', 'report.json'], { cwd: root });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toContain('drift-unused-processor');
    expect(
      gdpr(['drift', '--bearer', 'report.json', '--max-warnings', '0'], { cwd: root }).code,
    ).toBe(1);
    const none = gdpr(['drift'], { cwd: root });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('give at least one scanner report');
    const missing = gdpr(['drift', '--privado', 'nope.json'], { cwd: root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json (ENOENT)');
    expect(missing.stderr).not.toContain('internal error');
  });

  it.each(['sarif', 'junit', 'github'])('reports in the %s format of gdpr check', (format) => {
    const root = makeRegister(DECLARED);
    copyFileSync(BEARER, join(root, 'bearer.json'));
    const r = gdpr(['drift', '--bearer', 'bearer.json', '--format', format], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('drift-undeclared-service');
    expect(r.stdout).toContain('bearer.json');
  });
});
