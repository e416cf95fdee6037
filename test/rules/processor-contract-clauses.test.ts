import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/processor-contract-clauses.js';

const ALL =
  '[instructions, confidentiality, security, sub-processors, rights, assistance, deletion-return, audits]';

const cases: Parameters<typeof ruleTester>[1] = {
  valid: [
    { name: 'the base register has no parties', files: {} },
    {
      name: 'a processor whose contract covers the eight clauses, with general authorisation of its sub-processor',
      files: {
        'parties/mailer.yaml': `name: Mailer SAS\nkind: processor\ncountry: FR\ndpa:\n  signed: 2026-02-01\n  clauses: ${ALL}\n  sub_processor_authorisation: general\nsub_processors: [bigcloud]\n`,
        'parties/bigcloud.yaml': `name: BigCloud SE\nkind: sub-processor\ncountry: DE\ndpa: { signed: 2025-12-15, clauses: ${ALL}, sub_processor_authorisation: none }\n`,
      },
    },
    {
      name: "no signed contract is processor-contract's finding; other kinds of party have no Art. 28 contract",
      files: {
        'parties/mailer.yaml': 'name: Mailer SAS\nkind: processor\ncountry: FR\n',
        'parties/partner.yaml': 'name: Partner SARL\nkind: joint-controller\ncountry: FR\n',
      },
    },
  ],
  invalid: [
    {
      name: 'a contract whose clauses and authorisation are not recorded',
      files: {
        'parties/mailer.yaml':
          'name: Mailer SAS\nkind: processor\ncountry: FR\ndpa:\n  signed: 2026-02-01\n',
      },
      errors: [
        {
          file: 'parties/mailer.yaml',
          line: 5,
          column: 3,
          severity: 'warning',
          message: 'the contract with `mailer` does not record which Art. 28(3) clauses it covers',
        },
        {
          file: 'parties/mailer.yaml',
          line: 5,
          column: 3,
          message: 'does not say how sub-processors are authorised (Art. 28(2))',
        },
      ],
    },
    {
      name: 'one finding per missing clause, naming its point',
      files: {
        'parties/mailer.yaml':
          'name: Mailer SAS\nkind: processor\ncountry: FR\ndpa:\n  signed: 2026-02-01\n  clauses: [instructions, confidentiality, security, sub-processors, rights, assistance]\n  sub_processor_authorisation: specific\n',
      },
      errors: [
        {
          file: 'parties/mailer.yaml',
          line: 6,
          column: 12,
          message:
            'lacks the Art. 28(3)(g) clause `deletion-return` (deletes or returns the data at the end of the services)',
        },
        {
          file: 'parties/mailer.yaml',
          line: 6,
          column: 12,
          message: 'lacks the Art. 28(3)(h) clause `audits`',
        },
      ],
    },
    {
      name: 'sub-processors listed while the contract authorises none',
      files: {
        'parties/mailer.yaml': `name: Mailer SAS\nkind: processor\ncountry: FR\ndpa:\n  signed: 2026-02-01\n  clauses: ${ALL}\n  sub_processor_authorisation: none\nsub_processors: [bigcloud]\n`,
        'parties/bigcloud.yaml': `name: BigCloud SE\nkind: sub-processor\ncountry: DE\ndpa: { signed: 2025-12-15, clauses: ${ALL}, sub_processor_authorisation: none }\n`,
      },
      errors: [
        {
          file: 'parties/mailer.yaml',
          line: 7,
          column: 32,
          message: '`mailer` uses sub-processors (`bigcloud`) but its contract authorises none',
        },
      ],
    },
  ],
};

ruleTester(rule, cases);
