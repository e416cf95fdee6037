import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/processor-contract.js';

const cases: Parameters<typeof ruleTester>[1] = {
  valid: [
    { name: 'the base register has no parties', files: {} },
    {
      name: 'a processor and a sub-processor with signed contracts; other kinds need none',
      files: {
        'parties/mailer.yaml':
          'name: Mailer SAS\nkind: processor\ncountry: FR\ndpa:\n  signed: 2026-02-01\n  reference: contracts/mailer-dpa.pdf\nsub_processors: [bigcloud]\n',
        'parties/bigcloud.yaml':
          'name: BigCloud SE\nkind: sub-processor\ncountry: DE\ndpa: { signed: 2025-12-15 }\n',
        'parties/tax-office.yaml': 'name: Tax office\nkind: public-authority\ncountry: FR\n',
        'parties/partner.yaml': 'name: Partner SARL\nkind: joint-controller\ncountry: FR\n',
        'parties/auditor.yaml': 'name: Audit & Co\nkind: third-party\ncountry: FR\n',
      },
    },
  ],
  invalid: [
    {
      name: 'a processor without any contract',
      files: {
        'parties/mailer.yaml':
          '# yaml-language-server: $schema=../schemas/party.schema.json\nname: Mailer SAS\nkind: processor\ncountry: FR\n',
      },
      errors: [
        {
          file: 'parties/mailer.yaml',
          line: 2,
          column: 1,
          message:
            '`mailer` is a processor, but no signed contract is recorded; add `dpa` with `signed`',
        },
      ],
    },
    {
      name: 'a sub-processor whose contract has no signature date',
      files: {
        'parties/bigcloud.yaml':
          'name: BigCloud SE\nkind: sub-processor\ncountry: DE\ndpa:\n  reference: contracts/bigcloud.pdf\n',
      },
      errors: [
        {
          file: 'parties/bigcloud.yaml',
          line: 5,
          column: 3,
          message:
            '`bigcloud` is a sub-processor, but its `dpa` has no signature date; add `signed`',
        },
      ],
    },
    {
      name: 'one finding per unsigned party',
      files: {
        'parties/a-mailer.yaml': 'name: Mailer SAS\nkind: processor\ndpa: {}\n',
        'parties/b-payroll.yaml': 'name: Payroll SAS\nkind: processor\n',
      },
      errors: [
        { file: 'parties/a-mailer.yaml', line: 3, column: 6, message: 'has no signature date' },
        {
          file: 'parties/b-payroll.yaml',
          line: 1,
          column: 1,
          message: 'no signed contract is recorded',
        },
      ],
    },
  ],
};

ruleTester(rule, cases);
