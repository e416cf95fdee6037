import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/consent-mechanism.js';

function newsletter(consent: string): string {
  return `name: Newsletter
purposes:
  - description: Send the newsletter
    legal_basis: consent
${consent}data_subjects: [customers]
data:
  - category: contact
    retention: customers-3y
`;
}

const COMPLETE = `    consent:
      collected_via: An unticked box on the sign-up form
      records: Consent log in the CRM, with date and form version
      withdrawal: { en: Unsubscribe link in every e-mail, fr: Lien de désinscription dans chaque courriel }
`;

ruleTester(rule, {
  valid: [
    { name: 'the base register (contract only)', files: {} },
    {
      name: 'consent collected, recorded and withdrawn',
      files: { 'activities/newsletter.yaml': newsletter(COMPLETE) },
    },
  ],
  invalid: [
    {
      name: 'no consent record at all: three findings at the purpose',
      files: { 'activities/newsletter.yaml': newsletter('') },
      errors: [
        {
          file: 'activities/newsletter.yaml',
          line: 3,
          column: 5,
          message: 'add `consent.collected_via`',
        },
        {
          file: 'activities/newsletter.yaml',
          line: 3,
          column: 5,
          message: 'add `consent.withdrawal`',
        },
        {
          file: 'activities/newsletter.yaml',
          line: 3,
          column: 5,
          message: 'add `consent.records`',
        },
      ],
    },
    {
      name: 'a consent record without withdrawal: one finding at `consent`',
      files: {
        'activities/newsletter.yaml': newsletter(COMPLETE.replace(/ {6}withdrawal: .*\n/, '')),
      },
      errors: [
        {
          file: 'activities/newsletter.yaml',
          line: 6,
          column: 7,
          message:
            'purpose 1 relies on consent but does not say how it is withdrawn; add `consent.withdrawal`',
        },
      ],
    },
    {
      name: 'an empty flow map: points at it',
      files: { 'activities/newsletter.yaml': newsletter('    consent: {}\n') },
      errors: [
        { file: 'activities/newsletter.yaml', line: 5, column: 14, message: 'collected_via' },
        { file: 'activities/newsletter.yaml', line: 5, column: 14, message: 'withdrawal' },
        { file: 'activities/newsletter.yaml', line: 5, column: 14, message: 'records' },
      ],
    },
  ],
});
