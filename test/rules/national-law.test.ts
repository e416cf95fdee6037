import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import dpoRequired from '../../src/rules/dpo-required.js';
import registerPublicationRequired from '../../src/rules/register-publication-required.js';
import dataBlockingStated from '../../src/rules/data-blocking-stated.js';
import employeeDataBasis from '../../src/rules/employee-data-basis.js';
import { checkRegister } from '../../src/check/engine.js';
import type { Rule } from '../../src/check/rule.js';
import { loadLawData } from '../../src/law/data.js';
import type { LawDataFile } from '../../src/law/types.js';
import { nationalLaw, sectorDpoRule, staffDpoRule } from '../../src/law/national.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { makeRegister } from '../helpers/register.js';
import { ruleTester, runRule } from '../helpers/rule-tester.js';

/** gdpr.yaml of an organisation in `country`, without DPO, with `more` lines in `organisation`. */
function config(country: string, more = '', authority = country.toLowerCase()): string {
  return `version: 1
organisation:
  name: Beispiel GmbH
  address: Beispielstraße 1, 80331 München
  country: ${country}
  email: kontakt@beispiel.example
${more}rights_contact: kontakt@beispiel.example
supervisory_authority: ${authority}
languages: [en]
review_every: P1Y
departments:
  - { id: sales, name: Sales }
`;
}
const DE = (more = '') => config('DE', more, 'de-by-lda');
const ES = (more = '') => config('ES', more);

const WITH_DPIA = `name: Customer management
department: sales
status: active
created: 2026-01-10
reviewed: 2026-06-01
purposes:
  - description: Manage orders
    legal_basis: contract
data_subjects: [customers]
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
dpia:
  art35_3: [art35-3-c]
`;

async function findings(rule: Rule, files: Record<string, string>, lang = 'en') {
  const root = makeRegister(files);
  const { diagnostics } = await checkRegister(root, {
    today: '2026-11-23',
    now: new Date('2026-11-23T00:00:00Z'),
    cwd: root,
    rules: [rule],
    lang,
  });
  return diagnostics;
}

describe('dpo-required: § 38 BDSG (Germany)', () => {
  it('25 persons processing personal data and no DPO: a finding citing § 38 BDSG, at the count', async () => {
    const found = await runRule(dpoRequired, {
      name: 'DE 25',
      files: { 'gdpr.yaml': DE('  staff_processing_personal_data: 25\n') },
    });
    expect(found.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['gdpr.yaml:7:35']);
    expect(found[0]?.article).toBe('GDPR Art. 37(4); § 38 BDSG');
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.message).toBe(
      'the organisation constantly engages 25 persons in the automated processing of personal data (`organisation.staff_processing_personal_data`), at least the 20 from which § 38 BDSG requires a data protection officer (Art. 37(4) GDPR), but gdpr.yaml names none; add `organisation.dpo` (at least `email`), or correct the count',
    );
  });

  it('the same finding in French names the national provision', async () => {
    const [d] = await findings(
      dpoRequired,
      { 'gdpr.yaml': DE('  staff_processing_personal_data: 25\n') },
      'fr',
    );
    expect(d?.message).toContain('à partir desquelles le § 38 BDSG impose un délégué');
    expect(d?.article).toBe('GDPR Art. 37(4); § 38 BDSG');
  });

  it('a processing subject to a DPIA needs a DPO whatever the count', async () => {
    const found = await runRule(dpoRequired, {
      name: 'DE DPIA',
      files: {
        'gdpr.yaml': DE('  staff_processing_personal_data: 5\n'),
        'activities/customers.yaml': WITH_DPIA,
      },
    });
    expect(found.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual([
      'activities/customers.yaml:23:3',
    ]);
    expect(found[0]?.message).toContain(
      'the activity `customers` is subject to a data protection impact assessment',
    );
    expect(found[0]?.article).toBe('GDPR Art. 37(4); § 38 BDSG');
  });
});

ruleTester(dpoRequired, {
  valid: [
    {
      name: 'Germany: 15 persons processing personal data need no DPO under § 38 BDSG',
      files: { 'gdpr.yaml': DE('  staff_processing_personal_data: 15\n') },
    },
    {
      name: 'Germany: 25 persons and a DPO named',
      files: {
        'gdpr.yaml': DE(
          '  staff_processing_personal_data: 25\n  dpo:\n    email: dsb@beispiel.example\n',
        ),
      },
    },
    {
      name: 'France: the count of § 38 BDSG and a Spanish sector mean nothing there',
      files: {
        'gdpr.yaml': config('FR', '  staff_processing_personal_data: 200\n  sector: insurance\n'),
      },
    },
    {
      name: 'Spain: a sector outside the art. 34.1 list is not set, so no finding',
      files: { 'gdpr.yaml': ES() },
    },
  ],
  invalid: [],
});

describe('dpo-required: art. 34.1 LOPDGDD (Spain)', () => {
  for (const [sector, letter] of [
    ['insurance', 'g'],
    ['education', 'b'],
    ['health-centres', 'l'],
  ] as const) {
    it(`an entity of sector ${sector} without DPO: a finding citing art. 34.1.${letter}`, async () => {
      const found = await runRule(dpoRequired, {
        name: sector,
        files: { 'gdpr.yaml': ES(`  sector: ${sector}\n`) },
      });
      expect(found.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['gdpr.yaml:7:11']);
      expect(found[0]?.message).toContain(`art. 34.1.${letter} LOPDGDD obliges to designate`);
      expect(found[0]?.article).toBe('GDPR Art. 37(4); art. 34.1 LOPDGDD');
    });
  }

  it('with a DPO, no finding', async () => {
    const found = await runRule(dpoRequired, {
      name: 'ES DPO',
      files: { 'gdpr.yaml': ES('  sector: insurance\n  dpo:\n    email: dpd@ejemplo.example\n') },
    });
    expect(found).toEqual([]);
  });
});

ruleTester(registerPublicationRequired, {
  valid: [
    { name: 'the base register (France)', files: {} },
    {
      name: 'a Spanish public body that says where its inventory is published',
      files: {
        'gdpr.yaml': ES(
          '  public_body: true\n  register_publication_url: https://sede.ejemplo.example/rat\n  dpo:\n    email: dpd@ejemplo.example\n',
        ),
      },
    },
    {
      name: 'a Spanish private organisation',
      files: { 'gdpr.yaml': ES('  public_body: false\n') },
    },
    {
      name: 'a French public body (no such duty in the national layer)',
      files: { 'gdpr.yaml': config('FR', '  public_body: true\n') },
    },
  ],
  invalid: [
    {
      name: 'a Spanish public body without publication URL',
      files: { 'gdpr.yaml': ES('  public_body: true\n') },
      errors: [
        {
          file: 'gdpr.yaml',
          line: 7,
          column: 16,
          message:
            'must publish by electronic means an inventory of its processing activities (art. 31.2 LOPDGDD)',
        },
      ],
    },
  ],
});

ruleTester(dataBlockingStated, {
  valid: [
    { name: 'the base register (France)', files: {} },
    {
      name: 'a Spanish organisation that describes its blocking procedure',
      files: { 'gdpr.yaml': ES('  data_blocking: Procedure PR-07, blocked archive\n') },
    },
  ],
  invalid: [
    {
      name: 'a Spanish organisation without `data_blocking`',
      files: { 'gdpr.yaml': ES() },
      errors: [
        {
          file: 'gdpr.yaml',
          line: 5,
          column: 12,
          message: 'until the limitation period of liabilities ends (art. 32 LOPDGDD)',
        },
      ],
    },
  ],
});

describe('register-publication-required and data-blocking-stated cite the national article', () => {
  it('next to the GDPR article', async () => {
    const [publication] = await findings(registerPublicationRequired, {
      'gdpr.yaml': ES('  public_body: true\n  data_blocking: PR-07\n'),
    });
    expect(publication?.article).toBe('GDPR Art. 30; art. 31.2 LOPDGDD');
    const [blocking] = await findings(dataBlockingStated, { 'gdpr.yaml': ES() }, 'fr');
    expect(blocking?.article).toBe('GDPR Art. 5(1)(e); art. 32 LOPDGDD');
    expect(blocking?.message).toContain('décrivez comment dans `organisation.data_blocking`');
  });
});

describe('the national-law layer (data/law/national/)', () => {
  const dir = join(REPO_ROOT, 'data', 'law', 'national');
  const countries = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();

  it('has Germany, Spain and France, every entry dated, sourced and marked verified or not', () => {
    expect(countries).toEqual(['DE', 'ES', 'FR']);
    for (const cc of countries) {
      const law = JSON.parse(readFileSync(join(dir, `${cc}.json`), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(law.country).toBe(cc);
      expect(typeof law.as_of).toBe('string');
      for (const [key, entry] of Object.entries(law)) {
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) continue;
        const e = entry as Record<string, unknown>;
        expect(typeof e.provision, `${cc}.${key}`).toBe('string');
        expect(e.as_of, `${cc}.${key}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(e.source, `${cc}.${key}`).toBeTruthy();
        expect(typeof e.verified, `${cc}.${key}`).toBe('boolean');
        if (typeof e.data === 'string') expect(readdirSync(join(dir, '..'))).toContain(e.data);
      }
    }
    expect(nationalLaw('IT')).toBeUndefined();
    expect(nationalLaw(undefined)).toBeUndefined();
  });

  it('agrees with consent-ages.json (ES art. 7 LOPDGDD: 14; FR art. 45: 15)', () => {
    const ages = loadLawData<LawDataFile & { ages: { country: string; age: number | null }[] }>(
      'consent-ages',
    ).ages;
    for (const cc of ['ES', 'FR']) {
      const national = nationalLaw(cc)?.consent_age;
      expect(national, cc).toBeDefined();
      expect(ages.find((a) => a.country === cc)?.age, cc).toBe(national?.age);
    }
  });

  it('§ 38 BDSG: 20 persons, and a DPIA requires a DPO; the schema enum of sectors is the art. 34.1 list', () => {
    expect(staffDpoRule(nationalLaw('DE'))?.staff_threshold).toBe(20);
    expect(staffDpoRule(nationalLaw('DE'))?.dpia_requires_dpo).toBe(true);
    const schema = JSON.parse(
      readFileSync(join(REPO_ROOT, 'schemas', 'gdpr.schema.json'), 'utf8'),
    ) as {
      definitions: Record<string, { properties?: Record<string, { enum?: string[] }> }>;
      properties: {
        organisation: { $ref?: string; properties?: Record<string, { enum?: string[] }> };
      };
    };
    const organisation =
      schema.properties.organisation.properties ??
      schema.definitions[(schema.properties.organisation.$ref ?? '').split('/').pop() ?? '']
        ?.properties;
    expect(organisation?.sector?.enum).toEqual(
      sectorDpoRule(nationalLaw('ES'))?.sectors.map((s) => s.id),
    );
  });

  it('links the French NIR rule to national-id.json and the Länder authorities of breach notification', () => {
    expect(nationalLaw('FR')?.national_id?.data).toBe('national-id.json');
    expect(nationalLaw('DE')?.breach_authority?.data).toBe('authorities.json');
    const authorities = loadLawData<
      LawDataFile & { authorities: Record<string, { country?: string }> }
    >('authorities').authorities;
    expect(
      Object.keys(authorities).filter((id) => id.startsWith('de-')).length,
    ).toBeGreaterThanOrEqual(16);
  });
});

const PAYROLL = (reference: string) => `name: Payroll
department: sales
status: active
created: 2026-01-10
reviewed: 2026-06-01
purposes:
  - description: Pay salaries
    legal_basis: legal-obligation
    legal_reference: ${reference}
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
    source: data-subject
    requirement: statutory
security_measures: [access-control]
`;

ruleTester(employeeDataBasis, {
  valid: [
    {
      name: 'Germany: the GDPR basis and the statute are cited',
      files: {
        'gdpr.yaml': DE(),
        'activities/payroll.yaml': PAYROLL('Art. 6(1)(c) GDPR; § 41 EStG'),
      },
    },
    {
      name: 'France: § 26 BDSG means nothing there',
      files: { 'activities/payroll.yaml': PAYROLL('§ 26 BDSG') },
    },
  ],
  invalid: [
    {
      name: 'Germany: § 26 BDSG alone',
      files: { 'gdpr.yaml': DE(), 'activities/payroll.yaml': PAYROLL('"§ 26 Abs. 1 BDSG"') },
      errors: [
        {
          file: 'activities/payroll.yaml',
          line: 9,
          column: 22,
          message: 'purpose 1 cites § 26 BDSG for employee data; since the CJEU judgment C-34/21',
        },
      ],
    },
  ],
});
