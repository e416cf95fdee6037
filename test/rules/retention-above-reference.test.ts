import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/retention-above-reference.js';

const RETENTION = `- id: customers-3y
  duration: P3Y
  from: the end of the contract
  reference: cnil-customers-prospecting
- id: prospects-5y
  duration: P5Y
  from: the last contact
  reference: cnil-prospects
- id: cards
  duration: P13M
  from: the debit date
  reference: cnil-card-data-dispute
`;

ruleTester(rule, {
  valid: [
    { name: 'the base register: no reference declared', files: {} },
    {
      name: 'equal to the reference (P12M = P1Y), shorter, or without a duration',
      files: {
        'catalog/retention.yaml': `- id: customers-3y
  duration: P3Y
  from: the end of the contract
  reference: cnil-customers-prospecting
- id: logs
  duration: P12M
  from: the connection
  reference: cnil-logs
- id: video
  duration: P7D
  from: the recording
  reference: cnil-video
- id: warranty
  from: the delivery
  criteria: Until the end of the guarantee
  reference: fr-commercial-contracts
`,
      },
    },
  ],
  invalid: [
    {
      name: 'longer than a CNIL reference (warning at duration), and a mistyped reference (error with a suggestion)',
      files: { 'catalog/retention.yaml': RETENTION },
      errors: [
        {
          file: 'catalog/retention.yaml',
          line: 6,
          column: 13,
          message:
            'the retention rule `prospects-5y` keeps data for P5Y, longer than the P3Y of the reference period `cnil-prospects` (Prospects (non-customers): commercial prospecting; source: CNIL référentiel on commercial management (ex-NS-48; 2005 recommendation)); shorten `duration` to P3Y or less',
          severity: 'warning',
        },
        {
          file: 'catalog/retention.yaml',
          line: 12,
          column: 14,
          message:
            '`cnil-card-data-dispute` is not a built-in reference period. Did you mean `cnil-card-data-disputes`? Correct `reference`',
          severity: 'error',
        },
      ],
    },
    {
      name: 'longer than an unverified reference, and an id close to nothing (the ids are listed)',
      files: {
        'catalog/retention.yaml': `- { id: cookie-choice, duration: P13M, from: the choice, reference: cnil-cookie-choice }
- id: archive
  duration: P30Y
  from: the end of the contract
  reference: my-own-policy
`,
      },
      errors: [
        {
          file: 'catalog/retention.yaml',
          line: 1,
          column: 34,
          message:
            'délibération 2020-092 [UNVERIFIED exact wording]) (this reference is not yet verified); shorten `duration` to P6M or less',
          severity: 'warning',
        },
        {
          file: 'catalog/retention.yaml',
          line: 5,
          column: 14,
          message: 'Built-in references: `cnil-prospects`, `cnil-customers-prospecting`,',
          severity: 'error',
        },
      ],
    },
  ],
});
