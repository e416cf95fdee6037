import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/national-id-number.js';
import { BASE_REGISTER } from '../helpers/register.js';

const CATEGORIES = `- id: identity
  name: Identity
- id: contact
  name: Contact details
- id: nir
  name: { en: Social security number, fr: Numéro de sécurité sociale (NIR) }
  national_id: true
`;

const PAYROLL = `name: Payroll
purposes:
  - description: Declare salaries to social security
    legal_basis: legal-obligation
    legal_reference: Code de la sécurité sociale, art. L133-5-3
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
  - category: nir
    retention: customers-3y
`;

const GERMAN = BASE_REGISTER['gdpr.yaml']!.replace('  country: FR\n', '  country: DE\n');

ruleTester(rule, {
  valid: [
    { name: 'the base register (no national identification number)', files: {} },
    {
      name: 'a national-id category no activity uses',
      files: { 'catalog/data-categories.yaml': CATEGORIES },
    },
  ],
  invalid: [
    {
      name: 'a French organisation using the NIR: the décret cadre NIR',
      files: { 'catalog/data-categories.yaml': CATEGORIES, 'activities/payroll.yaml': PAYROLL },
      errors: [
        {
          file: 'activities/payroll.yaml',
          line: 10,
          column: 15,
          message:
            'the data category `nir` is a national identification number, and the NIR may only be used by the organisations and for the purposes listed in décret n° 2019-341 (Art. 30 loi 78-17); check that this activity is a use the law of FR allows',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'another country: the generic national-law message, once per activity using it',
      files: {
        'gdpr.yaml': GERMAN,
        'catalog/data-categories.yaml': CATEGORIES,
        'activities/payroll.yaml': PAYROLL,
        'activities/benefits.yaml': PAYROLL.replace('name: Payroll', 'name: Benefits').replace(
          '  - category: identity\n    retention: customers-3y\n',
          '',
        ),
      },
      errors: [
        {
          file: 'activities/benefits.yaml',
          line: 8,
          column: 15,
          message:
            'national law may restrict who may use a national identification number and for what (GDPR Art. 87 lets each Member State set the conditions); check that this activity is a use the law of DE allows',
          severity: 'warning',
        },
        {
          file: 'activities/payroll.yaml',
          line: 10,
          column: 15,
          message: 'national law may restrict',
          severity: 'warning',
        },
      ],
    },
  ],
});
