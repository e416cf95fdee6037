import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/occasional-not-routine.js';
import { BASE_REGISTER } from '../helpers/register.js';

const CONFIG = BASE_REGISTER['gdpr.yaml']!.replace(
  '  - { id: sales, name: Sales }\n',
  '  - { id: sales, name: Sales }\n  - { id: hr, name: Human resources }\n  - { id: events, name: Events }\n',
);

const CATEGORIES = `- id: identity
  name: Identity
- id: contact
  name: Contact details
- id: health
  name: Health
  special: health
- id: offences
  name: Offences
  criminal: true
`;

function activity(department: string, occasional: string, categories: string[]): string {
  return `name: One-off processing
department: ${department}
occasional: ${occasional}
purposes:
  - description: Organise a one-off event
    legal_basis: legitimate-interests
    legitimate_interest: Thank our partners
data_subjects: [customers]
data:
${categories.map((c) => `  - category: ${c}\n`).join('')}special_category_condition:
  condition: explicit-consent
criminal_data_authority: Example statute, art. 1
`;
}

const cases: Parameters<typeof ruleTester>[1] = {
  valid: [
    { name: 'the base register claims no occasional processing', files: {} },
    {
      name: 'a one-off event outside routine departments, without Art. 9/10 data',
      files: {
        'gdpr.yaml': CONFIG,
        'catalog/data-categories.yaml': CATEGORIES,
        'activities/gala.yaml': activity('events', 'true', ['identity', 'contact']),
      },
    },
    {
      name: 'routine HR processing of health data not marked occasional',
      files: {
        'gdpr.yaml': CONFIG,
        'catalog/data-categories.yaml': CATEGORIES,
        'activities/sick-leave.yaml': activity('hr', 'false', ['health']),
      },
    },
  ],
  invalid: [
    {
      name: 'an HR activity marked occasional',
      files: {
        'gdpr.yaml': CONFIG,
        'catalog/data-categories.yaml': CATEGORIES,
        'activities/payroll.yaml': activity('hr', 'true', ['identity']),
      },
      errors: [
        {
          file: 'activities/payroll.yaml',
          line: 3,
          column: 13,
          message:
            'the activity `payroll` is marked `occasional: true`, but its department `hr` runs routine processing (Human resources and payroll are run for every employee, all year round); the Art. 30(5) derogation from the record does not cover it, so remove `occasional`',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'an occasional activity with Art. 9 and Art. 10 data, and a sales one',
      files: {
        'gdpr.yaml': CONFIG,
        'catalog/data-categories.yaml': CATEGORIES,
        'activities/gala.yaml': activity('events', 'true', ['identity', 'health', 'offences']),
        'activities/promo.yaml': activity('sales', 'true', ['contact']),
      },
      errors: [
        {
          file: 'activities/gala.yaml',
          line: 3,
          column: 13,
          message:
            'but it includes Art. 9 data (`health`), and it includes Art. 10 data (`offences`);',
        },
        {
          file: 'activities/promo.yaml',
          line: 3,
          column: 13,
          message: 'its department `sales` runs routine processing',
        },
      ],
    },
  ],
};

ruleTester(rule, cases);
