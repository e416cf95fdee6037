import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/retention-required.js';

function orders(status: string, retentions: [string, string]): string {
  return `name: Orders
status: ${status}
purposes:
  - description: Deliver orders
    legal_basis: contract
data_subjects: [customers]
data:
  - category: identity
${retentions[0]}    source: data-subject
  - { category: contact${retentions[1]} }
`;
}

const KEPT = '    retention: customers-3y\n';

ruleTester(rule, {
  valid: [
    { name: 'the base register', files: {} },
    {
      name: 'every item has a retention rule',
      files: { 'activities/orders.yaml': orders('active', [KEPT, ', retention: customers-3y']) },
    },
    {
      name: 'a planned activity is not running yet',
      files: { 'activities/orders.yaml': orders('planned', ['', '']) },
    },
    {
      name: 'a retired activity no longer runs',
      files: { 'activities/orders.yaml': orders('retired', ['', '']) },
    },
    {
      name: 'a processor activity: Art. 30(2) does not ask for retention',
      files: {
        'activities/orders.yaml': `name: Hosting
role: processor
controllers: [client]
purposes:
  - description: Host the client's shop
data:
  - category: identity
`,
      },
    },
  ],
  invalid: [
    {
      name: 'the first item lacks retention: at the item',
      files: { 'activities/orders.yaml': orders('active', ['', ', retention: customers-3y']) },
      errors: [
        {
          file: 'activities/orders.yaml',
          line: 8,
          column: 5,
          message: 'the data item `identity` has no retention rule; add `retention`',
        },
      ],
    },
    {
      name: 'both items lack retention, in a joint-controller activity; the flow-style item points at its brace',
      files: {
        'activities/orders.yaml': orders('active', ['', '']).replace(
          'status: active',
          'role: joint-controller\njoint_controllers: [partner]\nstatus: active',
        ),
      },
      errors: [
        { file: 'activities/orders.yaml', line: 10, column: 5, message: '`identity`' },
        { file: 'activities/orders.yaml', line: 12, column: 5, message: '`contact`' },
      ],
    },
  ],
});
