import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/processor-record.js';

function processing(name: string, controllers: string): string {
  return `name: ${name}
role: processor
controllers: ${controllers}
purposes:
  - description: Run the service for the clients
`;
}

const CLIENT =
  'name: Boutique Client SARL\nkind: client\ncountry: FR\ncontact: privacy@boutique.example\n';
const CLIENT_NO_CONTACT = 'name: Atelier Client SAS\nkind: client\ncountry: FR\n';

// `role: processor` without `controllers`, or with an empty list, is a schema error: such a
// record never reaches the rule (`controllers` is required there, with minItems 1), so the tests exercise the
// contact-details half of Art. 30(2)(a).
const cases: Parameters<typeof ruleTester>[1] = {
  valid: [
    { name: 'a controller activity names no controllers', files: {} },
    {
      name: 'processor activities naming clients with contact details',
      files: {
        'parties/boutique.yaml': CLIENT,
        'activities/hosting.yaml': processing('Hosting', '[boutique]'),
      },
    },
    {
      name: 'a party without contact that no processor activity names',
      files: { 'parties/atelier.yaml': CLIENT_NO_CONTACT },
    },
  ],
  invalid: [
    {
      name: 'a client without contact details, named by two processor activities',
      files: {
        'parties/atelier.yaml': CLIENT_NO_CONTACT,
        'activities/hosting.yaml': processing('Hosting', '[atelier]'),
        'activities/mailing.yaml': processing('Mailing', '[atelier]'),
      },
      errors: [
        {
          file: 'parties/atelier.yaml',
          line: 1,
          column: 1,
          message:
            '`atelier` is a controller on whose behalf you process (activities `hosting`, `mailing`), but the record gives no contact details for it; add `contact`',
        },
      ],
    },
    {
      name: 'one of two clients without contact details',
      files: {
        'parties/atelier.yaml': `# yaml-language-server: $schema=../schemas/party.schema.json\n${CLIENT_NO_CONTACT}`,
        'parties/boutique.yaml': CLIENT,
        'activities/hosting.yaml': processing('Hosting', '[boutique, atelier]'),
      },
      errors: [
        { file: 'parties/atelier.yaml', line: 2, column: 1, message: '(activity `hosting`)' },
      ],
    },
  ],
};

ruleTester(rule, cases);
