import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/representative-required.js';

function config(country: string, more = '', before = ''): string {
  return `version: 1
${before}organisation:
  name: Example Widgets Inc.
  address: 1 Example Street, Springfield
  country: ${country}
  email: privacy@widgets.example
${more}languages: [en]
`;
}

const REPRESENTATIVE = `  representative:
    name: Représentant UE SAS
    country: FR
    email: eu-rep@representant.example
`;

const cases: Parameters<typeof ruleTester>[1] = {
  valid: [
    { name: 'an organisation established in France', files: {} },
    {
      name: 'an organisation established in Norway (EEA, not EU)',
      files: { 'gdpr.yaml': config('NO') },
    },
    {
      name: 'a US organisation with a representative',
      files: { 'gdpr.yaml': config('US', REPRESENTATIVE) },
    },
    {
      name: 'a public body is exempt (Art. 27(2)(b))',
      files: { 'gdpr.yaml': config('GB', '  public_body: true\n') },
    },
  ],
  invalid: [
    {
      name: 'a US organisation without representative',
      files: { 'gdpr.yaml': config('US') },
      errors: [
        {
          file: 'gdpr.yaml',
          line: 3,
          column: 3,
          message:
            'the organisation is established in US, outside the EEA, and names no representative in the Union; add `organisation.representative`',
        },
      ],
    },
    {
      name: 'a Swiss organisation: adequacy does not make Switzerland part of the EEA',
      files: {
        'gdpr.yaml': config(
          'CH',
          '  public_body: false\n',
          '# Swiss company, offering goods to people in the Union\n',
        ),
      },
      errors: [
        {
          file: 'gdpr.yaml',
          line: 4,
          column: 3,
          message: 'set `representative-required: off` under `rules:`',
        },
      ],
    },
  ],
};

ruleTester(rule, cases);
