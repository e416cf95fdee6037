import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';
import { loadRegister } from '../../src/register/load.js';
import { makeRegister } from '../helpers/register.js';
import rule, { textPatterns } from '../../src/rules/missing-translation.js';

const CONFIG = `version: 1
organisation:
  name: Exemple SAS
  address: 1 rue de l'Exemple, 69000 Lyon
  country: FR
  email: contact@exemple.example
languages: [fr, en]
review_every: P1Y
departments:
  - { id: sales, name: { fr: Ventes, en: Sales } }
`;

/** The base register with every text in French and English. */
const BILINGUAL: Record<string, string> = {
  'gdpr.yaml': CONFIG,
  'catalog/data-categories.yaml': `- id: identity
  name: { fr: Identité, en: Identity }
  examples: { fr: [nom], en: [name] }
- id: contact
  name: { fr: Coordonnées, en: Contact details }
`,
  'catalog/data-subjects.yaml': `- id: customers
  name: { fr: Clients, en: Customers }
`,
  'catalog/retention.yaml': `- id: customers-3y
  duration: P3Y
  from: { fr: la fin du contrat, en: the end of the contract }
  then: delete
`,
  'catalog/security-measures.yaml': `- id: access-control
  name: { fr: Contrôle d'accès, en: Access control }
- id: encryption-at-rest
  name: { fr: Chiffrement, en: Encryption at rest }
`,
  'activities/customers.yaml': `name: { fr: Gestion des clients, en: Customer management }
department: sales
purposes:
  - description: { fr: Gérer les commandes, en: Manage orders }
    legal_basis: contract
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
    source: data-subject
recipients:
  - department: sales
security_measures: [access-control, encryption-at-rest]
`,
  'notices/customers.yaml': `title: { fr: Politique de confidentialité, en: Privacy notice }
audience: [customers]
`,
};

const cases: Parameters<typeof ruleTester>[1] = {
  valid: [
    { name: 'one language and plain strings (the base register)', files: {} },
    { name: 'two languages, every text a map with both', files: BILINGUAL },
    {
      name: 'incidents and requests are internal records: their strings are not checked',
      files: {
        ...BILINGUAL,
        'incidents/2026-03-14-lost-laptop.yaml': `title: Lost laptop
status: open
discovered_at: 2026-03-14T09:30:00+01:00
types: [confidentiality]
description: Laptop left on a train
`,
      },
    },
  ],
  invalid: [
    {
      name: 'a plain string is in the default language only; a map may lack the default language',
      files: {
        ...BILINGUAL,
        'activities/customers.yaml': BILINGUAL['activities/customers.yaml']!.replace(
          '{ fr: Gérer les commandes, en: Manage orders }',
          'Gérer les commandes',
        ),
        'notices/customers.yaml': `title: { en: Privacy notice }
audience: [customers]
intro: { fr: Bonjour, en: Hello }
`,
      },
      errors: [
        {
          file: 'activities/customers.yaml',
          line: 4,
          column: 18,
          message:
            'this text has no en version, but gdpr.yaml `languages` lists fr, en; write it as a map with one key per language, e.g. `{ fr: …, en: … }`',
          severity: 'warning',
        },
        { file: 'notices/customers.yaml', line: 1, column: 8, message: 'no fr version' },
      ],
    },
    {
      name: 'catalogue entries, text lists, a department and an inline authority',
      files: {
        ...BILINGUAL,
        'gdpr.yaml': CONFIG.replace('{ fr: Ventes, en: Sales }', 'Ventes').replace(
          'review_every: P1Y\n',
          'review_every: P1Y\nsupervisory_authority:\n  name: { fr: Autorité }\n',
        ),
        'catalog/data-categories.yaml': `- id: identity
  name: { fr: Identité, en: Identity }
  examples: [nom]
- id: contact
  name: { fr: Coordonnées }
`,
      },
      errors: [
        { file: 'catalog/data-categories.yaml', line: 3, column: 13, message: 'no en version' },
        { file: 'catalog/data-categories.yaml', line: 5, column: 9, message: 'no en version' },
        { file: 'gdpr.yaml', line: 10, column: 9, message: 'no en version' },
        { file: 'gdpr.yaml', line: 12, column: 24, message: 'no en version' },
      ],
    },
    {
      name: 'three languages: one finding names every missing language; parties are checked through their schema',
      files: {
        ...BILINGUAL,
        'gdpr.yaml': CONFIG.replace('[fr, en]', '[fr, en, de]').replace(
          '{ fr: Ventes, en: Sales }',
          '{ fr: Ventes, en: Sales, de: Vertrieb }',
        ),
        'catalog/data-categories.yaml': null,
        'catalog/data-subjects.yaml': null,
        'catalog/retention.yaml': null,
        'catalog/security-measures.yaml': null,
        'activities/customers.yaml': null,
        'notices/customers.yaml': `title: { fr: Politique }
activities: [customers]
`,
      },
      errors: [
        {
          file: 'notices/customers.yaml',
          line: 1,
          column: 8,
          message: 'this text has no en, de version',
        },
      ],
    },
  ],
};

ruleTester(rule, cases);

describe('fixtures', () => {
  for (const c of [...cases.valid, ...cases.invalid]) {
    it(`${c.name}: every file passes the schemas`, () => {
      expect(
        loadRegister(makeRegister(c.files)).problems.map((p) => `${p.file.relPath}: ${p.message}`),
      ).toEqual([]);
    });
  }
});

describe('textPatterns', () => {
  it('finds the Texts of a kind from its schema, through $ref and list items', () => {
    const show = (kind: Parameters<typeof textPatterns>[0]) =>
      textPatterns(kind)
        .map((p) => `${p.segments.map((s) => s ?? '*').join('.')}:${p.shape}`)
        .sort();
    expect(show('notice')).toEqual(['intro:text', 'title:text']);
    expect(show('data-categories')).toEqual(['*.examples:textList', '*.name:text']);
    expect(show('config')).toEqual(['departments.*.name:text', 'supervisory_authority.name:text']);
    expect(show('activity')).toContain('purposes.*.consent.withdrawal:text');
    expect(show('activity')).toContain('data.*.source_detail:text');
    expect(show('party')).toEqual([]);
  });
});
