import { ruleTester } from '../helpers/rule-tester.js';
import { BASE_REGISTER } from '../helpers/register.js';
import yamlSyntax from '../../src/rules/yaml-syntax.js';
import schema from '../../src/rules/schema.js';
import unknownReference from '../../src/rules/unknown-reference.js';
import unusedCatalogEntry from '../../src/rules/unused-catalog-entry.js';
import duplicateId from '../../src/rules/duplicate-id.js';

const activity = BASE_REGISTER['activities/customers.yaml']!;

ruleTester(yamlSyntax, {
  valid: [
    { name: 'the base register', files: {} },
    {
      name: 'anchors and aliases within bounds',
      files: {
        'activities/customers.yaml': activity.replace(
          'security_measures: [access-control, encryption-at-rest]',
          'security_measures: &m [access-control, encryption-at-rest]\nnotes: see measures',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'duplicate key',
      files: { 'activities/customers.yaml': `name: A\nname: B\n` },
      errors: [{ file: 'activities/customers.yaml', line: 2, column: 1, message: 'unique' }],
    },
    {
      name: 'tab indentation',
      files: { 'catalog/data-subjects.yaml': `- id: customers\n\tname: Customers\n` },
      errors: [
        {
          file: 'catalog/data-subjects.yaml',
          line: 2,
          column: 1,
          message: 'a tab is used for indentation; YAML indentation must use spaces',
        },
      ],
    },
    {
      name: 'unclosed flow map',
      files: { 'notices/customers.yaml': `title: { en: Notice\naudience: [customers]\n` },
      errors: [{ file: 'notices/customers.yaml', line: 2, column: 1 }],
    },
  ],
});

ruleTester(schema, {
  valid: [{ name: 'the base register', files: {} }],
  invalid: [
    {
      name: 'missing required key at the parent',
      files: { 'activities/customers.yaml': activity.replace('name: Customer management\n', '') },
      errors: [
        {
          file: 'activities/customers.yaml',
          line: 1,
          column: 1,
          message: 'an activity is missing the required key `name`',
        },
      ],
    },
    {
      name: 'unknown key at the key, with did you mean',
      files: { 'activities/customers.yaml': activity.replace('reviewed:', 'reveiwed:') },
      errors: [
        {
          file: 'activities/customers.yaml',
          line: 5,
          column: 1,
          message: 'Did you mean `reviewed`?',
        },
      ],
    },
    {
      name: 'bad enum value at the value',
      files: {
        'activities/customers.yaml': activity.replace(
          'source: data-subject\n    requirement: contractual\n  - category: contact',
          'source: data_subject\n    requirement: contractual\n  - category: contact',
        ),
      },
      errors: [
        {
          file: 'activities/customers.yaml',
          line: 13,
          column: 13,
          message: 'Did you mean `data-subject`?',
        },
      ],
    },
  ],
});

ruleTester(unknownReference, {
  valid: [{ name: 'every id resolves', files: {} }],
  invalid: [
    {
      name: 'unknown data category with a suggestion',
      files: {
        'activities/customers.yaml': activity.replace(
          '  - category: contact',
          '  - category: contacts',
        ),
      },
      errors: [
        {
          file: 'activities/customers.yaml',
          line: 15,
          column: 15,
          message:
            '`contacts` is not defined in catalog/data-categories.yaml. Did you mean `contact`?',
        },
      ],
    },
    {
      name: 'unknown department and party',
      files: {
        'activities/customers.yaml': activity
          .replace('department: sales', 'department: marketing')
          .replace('  - department: sales', '  - party: ghost-host'),
      },
      errors: [
        {
          file: 'activities/customers.yaml',
          line: 2,
          column: 13,
          message: '`marketing` is not defined in `departments` in gdpr.yaml',
        },
        {
          file: 'activities/customers.yaml',
          line: 20,
          column: 12,
          message: '`ghost-host` is not defined in parties/',
        },
      ],
    },
    {
      name: 'notice audience',
      files: { 'notices/customers.yaml': 'title: Notice\naudience: [clients]\n' },
      errors: [
        {
          file: 'notices/customers.yaml',
          line: 2,
          column: 12,
          message: '`clients` is not defined in catalog/data-subjects.yaml',
        },
      ],
    },
  ],
});

ruleTester(unusedCatalogEntry, {
  valid: [{ name: 'every entry used', files: {} }],
  invalid: [
    {
      name: 'an unused security measure',
      files: {
        'catalog/security-measures.yaml':
          '- id: access-control\n  name: Access control\n- id: encryption-at-rest\n  name: Encryption\n- id: backups\n  name: Backups\n',
      },
      errors: [
        {
          file: 'catalog/security-measures.yaml',
          line: 5,
          column: 7,
          message: '`backups` is defined here but no record uses it',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'an unused retention rule and data subject',
      files: {
        'catalog/retention.yaml': `${BASE_REGISTER['catalog/retention.yaml']}- id: old-rule\n  duration: P1Y\n  from: creation\n`,
        'catalog/data-subjects.yaml':
          '- id: customers\n  name: Customers\n- id: visitors\n  name: Visitors\n',
      },
      errors: [
        { file: 'catalog/data-subjects.yaml', line: 3, column: 7 },
        { file: 'catalog/retention.yaml', line: 5, column: 7 },
      ],
    },
  ],
});

ruleTester(duplicateId, {
  valid: [{ name: 'unique ids', files: {} }],
  invalid: [
    {
      name: 'two catalogue entries with one id',
      files: {
        'catalog/data-categories.yaml':
          '- id: identity\n  name: Identity\n- id: contact\n  name: Contact\n- id: identity\n  name: Identity (copy)\n',
      },
      errors: [
        {
          file: 'catalog/data-categories.yaml',
          line: 5,
          column: 7,
          message: '`identity` is already defined at line 1',
        },
      ],
    },
    {
      name: 'two departments with one id',
      files: {
        'gdpr.yaml': BASE_REGISTER['gdpr.yaml']!.replace(
          '  - { id: sales, name: Sales }\n',
          '  - { id: sales, name: Sales }\n  - { id: sales, name: Sales again }\n',
        ),
      },
      errors: [
        {
          file: 'gdpr.yaml',
          line: 17,
          column: 11,
          message: '`sales` is already defined at line 16',
        },
      ],
    },
    {
      name: 'x.yaml beside x.yml',
      files: { 'activities/customers.yml': activity },
      errors: [
        {
          file: 'activities/customers.yml',
          line: 1,
          column: 1,
          message: 'also defined by activities/customers.yaml',
        },
      ],
    },
  ],
});
