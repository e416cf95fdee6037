import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/criminal-data-authority.js';

const CATEGORIES = `- id: identity
  name: Identity
- id: contact
  name: Contact details
- id: criminal-records
  name: Criminal record extracts
  criminal: true
- id: offences
  name: Traffic offences
  criminal: true
`;

function vetting(extra: string, role = ''): string {
  return `name: Vetting of drivers
${role}purposes:
  - description: Check that drivers may drive
    legal_basis: legal-obligation
    legal_reference: Code des transports, art. R3120-8
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
  - category: criminal-records
    retention: customers-3y
  - category: offences
    retention: customers-3y
${extra}`;
}

ruleTester(rule, {
  valid: [
    { name: 'the base register (no Art. 10 data)', files: {} },
    {
      name: 'Art. 10 data with the authorising law named',
      files: {
        'catalog/data-categories.yaml': CATEGORIES,
        'activities/vetting.yaml': vetting(
          'criminal_data_authority: { en: "Transport Code, art. R3120-8", fr: "Code des transports, art. R3120-8" }\n',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'Art. 10 data without an authority: at the top of the activity, naming the categories',
      files: { 'catalog/data-categories.yaml': CATEGORIES, 'activities/vetting.yaml': vetting('') },
      errors: [
        {
          file: 'activities/vetting.yaml',
          line: 1,
          column: 1,
          message:
            '(`criminal-records`, `offences`), which Art. 10 allows only under the control of official authority or when authorised by EU or Member State law; add `criminal_data_authority`',
        },
      ],
    },
    {
      name: 'a processor activity is not exempt: Art. 10 binds the processing itself',
      files: {
        'catalog/data-categories.yaml': CATEGORIES,
        'activities/vetting.yaml': `# Screening done for a client
name: Background screening
role: processor
controllers: [client]
purposes:
  - description: Screen candidates for the client
data:
  - category: offences
`,
      },
      errors: [{ file: 'activities/vetting.yaml', line: 2, column: 1, message: '(`offences`)' }],
    },
  ],
});
