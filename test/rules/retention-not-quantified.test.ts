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
`;

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
  ],
  invalid: [
    {
      name: 'criteria only, and neither: two warnings at the entries',
      files: { 'catalog/retention.yaml': RETENTION },
      errors: [
        {
          file: 'catalog/retention.yaml',
          line: 5,
          column: 3,
          message: 'the retention rule `warranty` gives criteria but no duration; add `duration`',
          severity: 'warning',
        },
        {
          file: 'catalog/retention.yaml',
          line: 8,
          column: 3,
          message:
            'the retention rule `vague` gives neither a duration nor criteria; add `duration`',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a flow-style entry without duration points at its brace',
      files: {
        'catalog/retention.yaml':
          '- { id: logs, from: the connection, criteria: As long as the account exists }\n',
      },
      errors: [
        {
          file: 'catalog/retention.yaml',
          line: 1,
          column: 3,
          message: '`logs` gives criteria but no duration',
          severity: 'warning',
        },
      ],
    },
  ],
});
