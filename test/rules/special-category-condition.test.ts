import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/special-category-condition.js';

const CATEGORIES = `- id: identity
  name: Identity
- id: contact
  name: Contact details
- id: health
  name: Health data
  special: health
- id: union
  name: Trade-union membership
  special: trade-union
`;

function absences(condition: string, role = ''): string {
  return `name: Sick leave
${role}purposes:
  - description: Manage sick leave
    legal_basis: legal-obligation
    legal_reference: Code du travail, art. L1226-1
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
  - category: health
    retention: customers-3y
  - category: union
    retention: customers-3y
${condition}`;
}

ruleTester(rule, {
  valid: [
    { name: 'the base register (no Art. 9 data)', files: {} },
    {
      name: 'Art. 9 data with the employment condition',
      files: {
        'catalog/data-categories.yaml': CATEGORIES,
        'activities/absences.yaml': absences(
          'special_category_condition:\n  condition: employment\n  detail: Code du travail, art. L1226-1\n',
        ),
      },
    },
    {
      name: 'explicit consent with a consent purpose',
      files: {
        'catalog/data-categories.yaml': CATEGORIES,
        'activities/absences.yaml': absences(
          'special_category_condition:\n  condition: explicit-consent\n',
        ).replace(
          'data_subjects:',
          '  - description: Offer the wellbeing programme\n    legal_basis: consent\ndata_subjects:',
        ),
      },
    },
    {
      name: 'a processor activity: Art. 30(2) does not ask for the condition',
      files: {
        'catalog/data-categories.yaml': CATEGORIES,
        'activities/absences.yaml': absences('', 'role: processor\ncontrollers: [client]\n'),
      },
    },
  ],
  invalid: [
    {
      name: 'Art. 9 data and no condition: at the top of the activity, naming the categories',
      files: {
        'catalog/data-categories.yaml': CATEGORIES,
        'activities/absences.yaml': absences(''),
      },
      errors: [
        {
          file: 'activities/absences.yaml',
          line: 1,
          column: 1,
          message:
            'processes special-category data (`health` (health), `union` (trade-union)), which Art. 9(1) prohibits unless an Art. 9(2) condition applies; add `special_category_condition`',
          severity: 'error',
        },
      ],
    },
    {
      name: 'a joint-controller activity, retired, with no condition',
      files: {
        'catalog/data-categories.yaml': CATEGORIES,
        'activities/absences.yaml': absences(
          '',
          'role: joint-controller\njoint_controllers: [partner]\nstatus: retired\n',
        ).replace(/ {2}- category: union\n.*\n/, ''),
      },
      errors: [
        {
          file: 'activities/absences.yaml',
          line: 1,
          column: 1,
          message: '(`health` (health))',
          severity: 'error',
        },
      ],
    },
    {
      name: 'explicit consent without a consent purpose: a warning at the condition',
      files: {
        'catalog/data-categories.yaml': CATEGORIES,
        'activities/absences.yaml': absences(
          'special_category_condition:\n  condition: explicit-consent\n  detail: Signed form\n',
        ),
      },
      errors: [
        {
          file: 'activities/absences.yaml',
          line: 15,
          column: 14,
          message: 'no purpose has `legal_basis: consent`',
          severity: 'warning',
        },
      ],
    },
  ],
});
