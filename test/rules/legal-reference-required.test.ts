import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/legal-reference-required.js';

const PAYROLL = `name: Payroll
status: active
purposes:
  - description: Pay salaries
    legal_basis: contract
  - description: Declare social charges
    legal_basis: legal-obligation
    legal_reference: Code de la sécurité sociale, art. L244-3
  - description: Keep payslips
    legal_basis: legal-obligation
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
`;

ruleTester(rule, {
  valid: [
    { name: 'the base register (contract only)', files: {} },
    {
      name: 'a legal obligation and a public task, each with its law',
      files: {
        'activities/payroll.yaml': PAYROLL.replace(
          '    legal_basis: legal-obligation\ndata_subjects',
          '    legal_basis: public-task\n    legal_reference: { en: Public Archives Act, fr: "Code du patrimoine, art. L212-2" }\ndata_subjects',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'a legal obligation without its law, after one that has it',
      files: { 'activities/payroll.yaml': PAYROLL },
      errors: [
        {
          file: 'activities/payroll.yaml',
          line: 9,
          column: 5,
          message:
            'purpose 3 relies on a legal obligation (Art. 6(1)(c)) but does not name the law behind it; add `legal_reference`',
        },
      ],
    },
    {
      name: 'a public task without its law, in a planned activity',
      files: {
        'activities/payroll.yaml': PAYROLL.replace('status: active', 'status: planned')
          .replace(
            '    legal_basis: legal-obligation\ndata_subjects',
            '    legal_basis: public-task\ndata_subjects',
          )
          .replace('    legal_reference: Code de la sécurité sociale, art. L244-3\n', ''),
      },
      errors: [
        {
          file: 'activities/payroll.yaml',
          line: 6,
          column: 5,
          message: 'purpose 2 relies on a legal obligation',
        },
        {
          file: 'activities/payroll.yaml',
          line: 8,
          column: 5,
          message:
            'purpose 3 relies on a task in the public interest or official authority (Art. 6(1)(e))',
        },
      ],
    },
  ],
});
