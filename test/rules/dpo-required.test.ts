import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/dpo-required.js';

function config(more = ''): string {
  return `version: 1
organisation:
  name: Exemple SAS
  address: 1 rue de l'Exemple, 69000 Lyon
  country: FR
  email: contact@exemple.example
${more}rights_contact: contact@exemple.example
supervisory_authority: fr
languages: [en]
review_every: P1Y
holidays: FR
departments:
  - { id: sales, name: Sales }
`;
}

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

function activity(category: string, criteria: string, status = 'active'): string {
  return `name: Screening
status: ${status}
purposes:
  - description: Screen the people concerned
    legal_basis: legal-obligation
    legal_reference: Example statute, art. 1
data_subjects: [customers]
data:
  - category: ${category}
special_category_condition:
  condition: employment
dpia:
  criteria: [${criteria}]
  not_required_reason: Example
`;
}

const cases: Parameters<typeof ruleTester>[1] = {
  valid: [
    { name: 'the base register names a DPO', files: {} },
    {
      name: 'a private organisation with no large-scale processing needs none',
      files: { 'gdpr.yaml': config('  public_body: false\n') },
    },
    {
      name: 'a DPO is named: large-scale health data and monitoring are fine',
      files: {
        'catalog/data-categories.yaml': CATEGORIES,
        'activities/care.yaml': activity(
          'health',
          'sensitive-data, large-scale, systematic-monitoring',
        ),
      },
    },
    {
      name: 'large scale alone, or large-scale health data in a planned activity, do not trigger',
      files: {
        'gdpr.yaml': config(),
        'catalog/data-categories.yaml': CATEGORIES,
        'activities/newsletter.yaml': activity('contact', 'large-scale'),
        'activities/care.yaml': activity('health', 'sensitive-data, large-scale', 'planned'),
      },
    },
  ],
  invalid: [
    {
      name: 'a public body without DPO',
      files: { 'gdpr.yaml': config('  public_body: true\n') },
      errors: [
        {
          file: 'gdpr.yaml',
          line: 7,
          column: 16,
          message:
            'the organisation is a public authority or body, which must designate a data protection officer (Art. 37(1)(a)), but gdpr.yaml names none; add `organisation.dpo`',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'large-scale health data, and large-scale monitoring, without DPO',
      files: {
        'gdpr.yaml': config(),
        'catalog/data-categories.yaml': CATEGORIES,
        'activities/care.yaml': activity('health', 'sensitive-data, large-scale'),
        'activities/cctv.yaml': activity('identity', 'systematic-monitoring, large-scale'),
      },
      errors: [
        {
          file: 'activities/care.yaml',
          line: 13,
          column: 13,
          message:
            'the activity `care` processes Art. 9 (special category) data on a large scale (`dpia.criteria` includes `large-scale`); where this is a core activity a data protection officer is required (Art. 37(1)(c))',
          severity: 'warning',
        },
        {
          file: 'activities/cctv.yaml',
          line: 13,
          column: 13,
          message: 'the activity `cctv` monitors people systematically on a large scale',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'large-scale criminal data that is also monitoring: two reasons',
      files: {
        'gdpr.yaml': config(),
        'catalog/data-categories.yaml': CATEGORIES,
        'activities/vetting.yaml': activity('offences', 'systematic-monitoring, large-scale'),
      },
      errors: [
        { file: 'activities/vetting.yaml', line: 13, column: 13, message: 'Art. 37(1)(b)' },
        {
          file: 'activities/vetting.yaml',
          line: 13,
          column: 13,
          message: 'processes Art. 10 (criminal offence) data on a large scale',
        },
      ],
    },
  ],
};

ruleTester(rule, cases);
