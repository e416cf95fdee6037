import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/joint-controller-arrangement.js';

function fair(jointControllers: string): string {
  return `name: Trade fair
role: joint-controller
${jointControllers}purposes:
  - description: Organise a trade fair with a partner
    legal_basis: legitimate-interests
    legitimate_interest: Meet prospective customers
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
`;
}

const PARTNER = 'name: Salons Partenaires SARL\nkind: joint-controller\ncountry: FR\n';

const cases: Parameters<typeof ruleTester>[1] = {
  valid: [
    { name: 'a controller activity needs no joint controllers', files: {} },
    {
      name: 'a joint-controller activity naming its partner',
      files: {
        'parties/partner.yaml': PARTNER,
        'activities/fair.yaml': fair('joint_controllers: [partner]\n'),
      },
    },
  ],
  invalid: [
    {
      name: 'joint_controllers missing',
      files: { 'activities/fair.yaml': fair('') },
      errors: [
        {
          file: 'activities/fair.yaml',
          line: 1,
          column: 1,
          message:
            'the activity `fair` has `role: joint-controller` but names no joint controller; add `joint_controllers`',
        },
      ],
    },
    {
      name: 'joint_controllers empty',
      files: {
        'parties/partner.yaml': PARTNER,
        'activities/fair.yaml': fair('joint_controllers: []\n'),
      },
      errors: [
        { file: 'activities/fair.yaml', line: 3, column: 20, message: 'add `joint_controllers`' },
      ],
    },
  ],
};

ruleTester(rule, cases);
