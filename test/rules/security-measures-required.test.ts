import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/security-measures-required.js';
import { BASE_REGISTER } from '../helpers/register.js';

const CATEGORIES = `- id: identity
  name: Identity
- id: contact
  name: Contact details
- id: health
  name: Health
  special: health
`;

const MEASURES = `- id: access-control
  name: Access control
- id: encryption-at-rest
  name: Encryption at rest
- id: controle-acces
  name: Contrôle des accès
- id: chiffrement-disques
  name: Chiffrement des disques
- id: backups
  name: Daily backups
`;

/** An activity with health data; `measures` completes line 11 (`security_measures: …`). */
function occupationalHealth(measures: string, status = 'active'): string {
  return `name: Occupational health
purposes:
  - description: Follow the medical visits
    legal_basis: legal-obligation
    legal_reference: Code du travail, R4624-10
data_subjects: [customers]
data:
  - category: health
special_category_condition:
  condition: employment
security_measures: ${measures}
status: ${status}
`;
}

/** Measures named in German and Spanish: only their `kind` says what they are. */
const KINDED = `- id: zugriffskontrolle
  kind: access-control
  name: Zugriffskontrolle
- id: verschluesselung
  kind: encryption
  name: Verschlüsselung
- id: cifrado-discos
  kind: encryption
  name: Cifrado de discos
- id: control-de-acceso
  kind: access-control
  name: Control de acceso
- id: cifrado-sin-tipo
  name: Cifrado sin tipo
- id: encryption-policy
  kind: organisational
  name: Encryption policy (a document, not encryption)
`;

const cases: Parameters<typeof ruleTester>[1] = {
  valid: [
    { name: 'the base register lists access control and encryption', files: {} },
    {
      name: 'health data with French-named encryption and access-control measures',
      files: {
        'catalog/data-categories.yaml': CATEGORIES,
        'catalog/security-measures.yaml': MEASURES,
        'activities/health.yaml': occupationalHealth(
          '[controle-acces, chiffrement-disques, backups]',
        ),
      },
    },
    {
      name: 'German measure ids with their kind',
      files: {
        'catalog/data-categories.yaml': CATEGORIES,
        'catalog/security-measures.yaml': KINDED,
        'activities/health.yaml': occupationalHealth('[zugriffskontrolle, verschluesselung]'),
      },
    },
    {
      name: 'Spanish measure ids with their kind',
      files: {
        'catalog/data-categories.yaml': CATEGORIES,
        'catalog/security-measures.yaml': KINDED,
        'activities/health.yaml': occupationalHealth('[control-de-acceso, cifrado-discos]'),
      },
    },
    {
      name: 'a planned activity without measures yet',
      files: {
        'catalog/data-categories.yaml': CATEGORIES,
        'catalog/security-measures.yaml': MEASURES,
        'activities/health.yaml': occupationalHealth('[]', 'planned'),
      },
    },
  ],
  invalid: [
    {
      name: 'no security_measures at all',
      files: {
        'activities/customers.yaml': BASE_REGISTER['activities/customers.yaml']!.replace(
          'security_measures: [access-control, encryption-at-rest]\n',
          '',
        ),
      },
      errors: [
        {
          file: 'activities/customers.yaml',
          line: 1,
          column: 1,
          message: 'the activity `customers` lists no security measure; add `security_measures`',
          severity: 'error',
        },
      ],
    },
    {
      name: 'an empty list',
      files: {
        'catalog/data-categories.yaml': CATEGORIES,
        'catalog/security-measures.yaml': MEASURES,
        'activities/health.yaml': occupationalHealth('[]'),
      },
      errors: [
        {
          file: 'activities/health.yaml',
          line: 11,
          column: 20,
          message: 'the activity `health` lists no security measure',
          severity: 'error',
        },
      ],
    },
    {
      name: 'Art. 9 data without encryption or access control (unknown ids do not count)',
      files: {
        'catalog/data-categories.yaml': CATEGORIES,
        'catalog/security-measures.yaml': MEASURES,
        'activities/health.yaml': occupationalHealth('[backups, encryption-at-rst]'),
        'activities/sick-leave.yaml': occupationalHealth('[access-control, backups]').replace(
          'Occupational health',
          'Sick leave',
        ),
      },
      errors: [
        {
          file: 'activities/health.yaml',
          line: 11,
          column: 20,
          message:
            'the activity `health` processes Art. 9 data (`health`) but lists no encryption and no access-control measure; add to `security_measures` a measure of catalog/security-measures.yaml with `kind: encryption` and one with `kind: access-control` (`backups` has no `kind`: give each listed measure its `kind`',
          severity: 'warning',
        },
        {
          file: 'activities/sick-leave.yaml',
          line: 11,
          column: 20,
          message:
            'lists no encryption measure; add to `security_measures` a measure of catalog/security-measures.yaml with `kind: encryption` (`access-control`, `backups` have no `kind`',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a Spanish id without kind does not count; a kind wins over English words in the id',
      files: {
        'catalog/data-categories.yaml': CATEGORIES,
        'catalog/security-measures.yaml': KINDED,
        'activities/health.yaml': occupationalHealth(
          '[control-de-acceso, cifrado-sin-tipo, encryption-policy]',
        ),
      },
      errors: [
        {
          file: 'activities/health.yaml',
          line: 11,
          column: 20,
          message:
            'lists no encryption measure; add to `security_measures` a measure of catalog/security-measures.yaml with `kind: encryption` (`cifrado-sin-tipo` has no `kind`: give each listed measure its `kind`, as ids are read only for English or French words',
          severity: 'warning',
        },
      ],
    },
  ],
};

ruleTester(rule, cases);
