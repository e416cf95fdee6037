import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/joint-arrangement-essence.js';

function joint(more: string, status = 'active'): string {
  return `name: Joint trade fair
role: joint-controller
joint_controllers: [partner]
status: ${status}
purposes:
  - description: Run the fair
    legal_basis: legitimate-interests
    legitimate_interest: Meeting visitors
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
${more}`;
}

const PARTNER = 'name: Salon SA\nkind: joint-controller\ncountry: FR\n';

const cases: Parameters<typeof ruleTester>[1] = {
  valid: [
    { name: 'the base register has no joint controllership', files: {} },
    {
      name: 'the essence of the arrangement is recorded',
      files: {
        'parties/partner.yaml': PARTNER,
        'activities/fair.yaml': joint(
          'joint_arrangement:\n  reference: contracts/fair.pdf\n  essence: Salon SA answers requests; we publish the notice.\n',
        ),
      },
    },
    {
      name: 'a retired joint activity',
      files: { 'parties/partner.yaml': PARTNER, 'activities/fair.yaml': joint('', 'retired') },
    },
  ],
  invalid: [
    {
      name: 'no arrangement at all: reported at joint_controllers',
      files: { 'parties/partner.yaml': PARTNER, 'activities/fair.yaml': joint('') },
      errors: [
        {
          file: 'activities/fair.yaml',
          line: 3,
          column: 20,
          severity: 'warning',
          message: 'the activity `fair` is jointly controlled, but the essence of the arrangement',
        },
      ],
    },
    {
      name: 'an arrangement without its essence',
      files: {
        'parties/partner.yaml': PARTNER,
        'activities/fair.yaml': joint('joint_arrangement:\n  reference: contracts/fair.pdf\n'),
      },
      errors: [
        {
          file: 'activities/fair.yaml',
          line: 14,
          column: 3,
          message: 'add `joint_arrangement.essence`',
        },
      ],
    },
  ],
};

ruleTester(rule, cases);
