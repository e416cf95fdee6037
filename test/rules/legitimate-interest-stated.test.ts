import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/legitimate-interest-stated.js';

/** An activity whose second purpose relies on legitimate interests; `extra` is added to that purpose. */
function fraudPrevention(extra: string, status = 'active'): string {
  return `name: Fraud prevention
status: ${status}
purposes:
  - description: Manage orders
    legal_basis: contract
  - description: Prevent fraud on orders
    legal_basis: legitimate-interests
${extra}data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
`;
}

const INTEREST =
  '    legitimate_interest: Protecting the shop and its customers against payment fraud\n';
const LIA = '    lia: docs/lia-fraud.md\n';

ruleTester(rule, {
  valid: [
    { name: 'the base register (contract only)', files: {} },
    {
      name: 'legitimate interests with the interest stated and the balancing test recorded',
      files: { 'activities/fraud.yaml': fraudPrevention(INTEREST + LIA) },
    },
    {
      name: 'other bases need neither key',
      files: {
        'activities/fraud.yaml': fraudPrevention('').replace(
          'legal_basis: legitimate-interests',
          'legal_basis: legal-obligation',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'neither the interest nor the balancing test: an error and a warning at the purpose',
      files: { 'activities/fraud.yaml': fraudPrevention('') },
      errors: [
        {
          file: 'activities/fraud.yaml',
          line: 6,
          column: 5,
          message: 'add `legitimate_interest`',
          severity: 'error',
        },
        {
          file: 'activities/fraud.yaml',
          line: 6,
          column: 5,
          message: 'add `lia`',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'the interest stated, no balancing test: a warning only',
      files: { 'activities/fraud.yaml': fraudPrevention(INTEREST) },
      errors: [
        {
          file: 'activities/fraud.yaml',
          line: 6,
          column: 5,
          message: 'purpose 2 relies on legitimate interests but no balancing test',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a balancing test but no interest, in a retired activity (the record still shows past lawfulness)',
      files: { 'activities/fraud.yaml': fraudPrevention(LIA, 'retired') },
      errors: [
        {
          file: 'activities/fraud.yaml',
          line: 6,
          column: 5,
          message: 'purpose 2 relies on legitimate interests but does not say which interest',
          severity: 'error',
        },
      ],
    },
    {
      name: 'a first purpose in flow style points at its opening brace',
      files: {
        'activities/fraud.yaml': `name: Analytics
purposes: [{ description: Measure the audience, legal_basis: legitimate-interests, lia: docs/lia.md }]
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
`,
      },
      errors: [
        {
          file: 'activities/fraud.yaml',
          line: 2,
          column: 12,
          message: 'purpose 1',
          severity: 'error',
        },
      ],
    },
  ],
});
