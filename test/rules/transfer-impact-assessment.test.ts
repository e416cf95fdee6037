import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/transfer-impact-assessment.js';

/** An activity sending data to `helpdesk`, with the transfer lines given (line 12 is `transfers:`). */
function support(transfer: string, status = 'active'): string {
  return `name: Support
status: ${status}
purposes:
  - description: Answer customers
    legal_basis: contract
data_subjects: [customers]
data:
  - category: identity
recipients:
  - department: sales
  - party: helpdesk
transfers:
${transfer}`;
}

const HELPDESK_US =
  'name: Helpdesk Inc.\nkind: processor\ncountry: US\ndpa: { signed: 2026-01-05 }\n';
const HELPDESK_US_CERTIFIED =
  'name: Helpdesk Inc.\nkind: processor\ncountry: US\ndpf_certified: true\ndpa: { signed: 2026-01-05 }\n';
const HELPDESK_IN =
  'name: Helpdesk Pvt\nkind: processor\ncountry: IN\ndpa: { signed: 2026-01-05 }\n';
const TIA = (date: string, conclusion = 'effective') =>
  `    tia:\n      date: ${date}\n      conclusion: ${conclusion}\n      supplementary_measures: Encryption with keys held in the EEA.\n`;

const cases: Parameters<typeof ruleTester>[1] = {
  valid: [
    { name: 'the base register has no transfer', files: {} },
    {
      name: 'SCCs to a non-certified US processor with a TIA of this year',
      files: {
        'parties/helpdesk.yaml': HELPDESK_US,
        'activities/support.yaml': support(
          `  - party: helpdesk\n    country: US\n    mechanism: scc\n${TIA('2026-03-01')}`,
        ),
      },
    },
    {
      name: 'SCCs kept as a fallback to a DPF-certified US processor: the adequacy decision covers it, no TIA needed',
      files: {
        'parties/helpdesk.yaml': HELPDESK_US_CERTIFIED,
        'activities/support.yaml': support(
          '  - party: helpdesk\n    country: US\n    mechanism: scc\n',
        ),
      },
    },
    {
      name: 'a derogation, an EEA transfer and a retired activity are not asked for a TIA',
      files: {
        'parties/helpdesk.yaml': HELPDESK_IN,
        'activities/support.yaml': support(
          '  - party: helpdesk\n    country: IN\n    mechanism: derogation\n    derogation: contract\n  - party: helpdesk\n    country: DE\n    mechanism: scc\n',
        ),
        'activities/old.yaml': support(
          '  - party: helpdesk\n    country: IN\n    mechanism: scc\n',
          'retired',
        ),
      },
    },
    {
      name: 'a TIA exactly one year old on --today is still current',
      today: '2026-03-01',
      files: {
        'parties/helpdesk.yaml': HELPDESK_IN,
        'activities/support.yaml': support(
          `  - party: helpdesk\n    country: IN\n    mechanism: bcr\n${TIA('2025-03-01')}`,
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'SCCs to India without a TIA',
      files: {
        'parties/helpdesk.yaml': HELPDESK_IN,
        'activities/support.yaml': support(
          '  - party: helpdesk\n    country: IN\n    mechanism: scc\n',
        ),
      },
      errors: [
        {
          file: 'activities/support.yaml',
          line: 13,
          column: 5,
          severity: 'warning',
          message:
            'the transfer to `helpdesk` in IN relies on `scc` and no adequacy decision covers it, but no transfer impact assessment is recorded',
        },
      ],
    },
    {
      name: 'BCRs to a non-certified US processor with a TIA older than the review period',
      today: '2026-11-23',
      files: {
        'parties/helpdesk.yaml': HELPDESK_US,
        'activities/support.yaml': support(
          `  - party: helpdesk\n    country: US\n    mechanism: bcr\n${TIA('2025-06-30')}`,
        ),
      },
      errors: [
        {
          file: 'activities/support.yaml',
          line: 17,
          column: 13,
          message: 'dates from 2025-06-30, older than the review period (P1Y, due 2026-06-30)',
        },
      ],
    },
    {
      name: 'a TIA that concludes the tool is not effective',
      files: {
        'parties/helpdesk.yaml': HELPDESK_IN,
        'activities/support.yaml': support(
          `  - party: helpdesk\n    country: IN\n    mechanism: scc\n${TIA('2026-10-01', 'not-effective')}`,
        ),
      },
      errors: [
        {
          file: 'activities/support.yaml',
          line: 18,
          column: 19,
          message: 'concludes that `scc` is not effective for `helpdesk` in IN',
        },
      ],
    },
  ],
};

ruleTester(rule, cases);
