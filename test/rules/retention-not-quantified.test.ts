import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/retention-not-quantified.js';

const RETENTION = `- id: customers-3y
  duration: P3Y
  from: the end of the contract
  then: delete
- id: warranty
  from: { en: the delivery, fr: la livraison }
  criteria: { en: Until the end of the legal guarantee, fr: Jusqu'à la fin de la garantie légale }
- id: vague
  from: the last order
  then: delete
- id: service
  criteria: As long as necessary to provide the service
`;

function activity(retentions: readonly string[], status = 'active'): string {
  return `name: Customer management
department: sales
status: ${status}
purposes:
  - description: Manage orders
    legal_basis: contract
data_subjects: [customers]
data:
${retentions.map((r, i) => `  - category: ${i % 2 === 0 ? 'identity' : 'contact'}\n    retention: ${r}\n`).join('')}security_measures: [access-control, encryption-at-rest]
`;
}

ruleTester(rule, {
  valid: [
    { name: 'the base register: a duration', files: {} },
    {
      name: 'a duration with criteria as explanation',
      files: {
        'catalog/retention.yaml':
          '- id: customers-3y\n  duration: P3Y\n  from: the end of the contract\n  criteria: Limitation period for contract claims\n',
      },
    },
    {
      name: 'a criteria-only rule that no activity uses is valid (unused-catalog-entry says it)',
      files: { 'catalog/retention.yaml': RETENTION },
    },
    {
      name: 'a planned activity is not judged yet',
      files: {
        'catalog/retention.yaml': RETENTION,
        'activities/customers.yaml': activity(['service', 'vague'], 'planned'),
      },
    },
  ],
  invalid: [
    {
      name: 'criteria only (with or without `from`), and neither: one warning per data item at its retention',
      files: {
        'catalog/retention.yaml': RETENTION,
        'activities/customers.yaml': activity(['warranty', 'service', 'vague', 'customers-3y']),
      },
      errors: [
        {
          file: 'activities/customers.yaml',
          line: 10,
          column: 16,
          message:
            'the activity `customers` keeps `identity` under the retention rule `warranty`, which gives criteria but no duration; add `duration`',
          severity: 'warning',
        },
        {
          file: 'activities/customers.yaml',
          line: 12,
          column: 16,
          message:
            'the activity `customers` keeps `contact` under the retention rule `service`, which gives criteria but no duration',
          severity: 'warning',
        },
        {
          file: 'activities/customers.yaml',
          line: 14,
          column: 16,
          message:
            'the activity `customers` keeps `identity` under the retention rule `vague`, which gives neither a duration nor criteria; add `duration`',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a flow-style data item points at its retention value',
      files: {
        'catalog/retention.yaml':
          '- { id: logs, criteria: As long as the account exists }\n- id: customers-3y\n  duration: P3Y\n  from: the end of the contract\n',
        'activities/customers.yaml': activity([]).replace(
          'data:\n',
          'data:\n  - { category: identity, retention: logs }\n',
        ),
      },
      errors: [
        {
          file: 'activities/customers.yaml',
          line: 9,
          column: 38,
          message: 'under the retention rule `logs`, which gives criteria but no duration',
          severity: 'warning',
        },
      ],
    },
  ],
});
