import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/transfer-mechanism-required.js';

/** An activity sending data to `recipient`, with the `transfers` block given (or none). */
function hosting(recipient: string, transfers = '', status = 'active'): string {
  return `name: Hosting
status: ${status}
purposes:
  - description: Host the shop
    legal_basis: contract
data_subjects: [customers]
data:
  - category: identity
recipients:
  - department: sales
  - party: ${recipient}
${transfers}`;
}

function party(name: string, kind: string, more: string): string {
  return `name: ${name}
kind: ${kind}
${more}`;
}

const SHOPHOST_NL_WITH_US_SUB = party(
  'ShopHost B.V.',
  'processor',
  'country: NL\nlocations: [NL]\nsub_processors: [bigcloud]\n',
);
const BIGCLOUD_US_CERTIFIED = party(
  'BigCloud Inc.',
  'sub-processor',
  'country: US\ndpf_certified: true\n',
);
const BIGCLOUD_US = party('BigCloud Inc.', 'sub-processor', 'country: US\n');

const cases: Parameters<typeof ruleTester>[1] = {
  valid: [
    { name: 'the base register sends nothing outside the EEA', files: {} },
    {
      name: 'a DPF-certified US sub-processor under adequacy, and an EEA transfer listed without mechanism',
      files: {
        'parties/shophost.yaml': SHOPHOST_NL_WITH_US_SUB,
        'parties/bigcloud.yaml': BIGCLOUD_US_CERTIFIED,
        'activities/hosting.yaml': hosting(
          'shophost',
          `transfers:
  - party: shophost
    country: NL
  - party: bigcloud
    country: US
    mechanism: adequacy
`,
        ),
      },
    },
    {
      name: 'a non-certified US sub-processor under SCCs',
      files: {
        'parties/shophost.yaml': SHOPHOST_NL_WITH_US_SUB,
        'parties/bigcloud.yaml': BIGCLOUD_US,
        'activities/hosting.yaml': hosting(
          'shophost',
          'transfers:\n  - party: bigcloud\n    country: US\n    mechanism: scc\n',
        ),
      },
    },
    {
      name: 'Swiss and commercial Canadian recipients under adequacy; a derogation with its documentation',
      files: {
        'parties/alpsafe.yaml': party(
          'AlpSafe AG',
          'processor',
          'country: CH\nlocations: [CH, CA]\n',
        ),
        'activities/hosting.yaml': hosting(
          'alpsafe',
          `transfers:
  - party: alpsafe
    country: CH
    mechanism: adequacy
  - party: alpsafe
    country: CA
    mechanism: derogation
    derogation: compelling-legitimate-interests
    documentation: One-off restore of a backup; assessed on 2026-05-02, encrypted in transit.
`,
        ),
      },
    },
    {
      name: 'UK adequacy within its period of validity',
      today: '2031-12-27',
      files: {
        'parties/londonmail.yaml': party('LondonMail Ltd', 'processor', 'country: GB\n'),
        'activities/hosting.yaml': hosting(
          'londonmail',
          'transfers:\n  - party: londonmail\n    country: GB\n    mechanism: adequacy\n',
        ),
      },
    },
    {
      name: 'a retired activity sends nothing any more',
      files: {
        'parties/bigcloud.yaml': BIGCLOUD_US,
        'activities/hosting.yaml': hosting('bigcloud', '', 'retired'),
      },
    },
  ],
  invalid: [
    {
      name: 'a US recipient and a US sub-processor reached through an EEA processor, none in transfers',
      files: {
        'parties/shophost.yaml': SHOPHOST_NL_WITH_US_SUB,
        'parties/bigcloud.yaml': BIGCLOUD_US,
        'parties/mailer.yaml': party(
          'Mailer Inc.',
          'processor',
          'country: US\nlocations: [US, IN]\n',
        ),
        'activities/hosting.yaml': `name: Hosting
purposes:
  - description: Host the shop
data_subjects: [customers]
data:
  - category: identity
recipients:
  - party: shophost
  - party: mailer
transfers:
  - party: mailer
    country: IN
    mechanism: scc
`,
      },
      errors: [
        {
          file: 'activities/hosting.yaml',
          line: 8,
          column: 12,
          message:
            '`bigcloud` (a sub-processor, through `shophost`) receives the data in US, outside the EEA (its `country`)',
        },
        {
          file: 'activities/hosting.yaml',
          line: 9,
          column: 12,
          message:
            '`mailer` receives the data in US, outside the EEA (its `country` and `locations`)',
        },
      ],
    },
    {
      name: 'a non-EEA processing location of an EEA-established party',
      files: {
        'parties/shophost.yaml': party(
          'ShopHost B.V.',
          'processor',
          'country: NL\nlocations: [NL, SG]\n',
        ),
        'activities/hosting.yaml': hosting('shophost'),
      },
      errors: [
        {
          file: 'activities/hosting.yaml',
          line: 11,
          column: 12,
          message:
            'add to `transfers` an entry with `party: shophost`, `country: SG` and a `mechanism`',
        },
      ],
    },
    {
      name: 'a transfer without mechanism',
      files: {
        'parties/bigcloud.yaml': BIGCLOUD_US,
        'activities/hosting.yaml': hosting(
          'bigcloud',
          'transfers:\n  - party: bigcloud\n    country: US\n',
        ),
      },
      errors: [
        {
          file: 'activities/hosting.yaml',
          line: 13,
          column: 5,
          message: 'the transfer to `bigcloud` in US names no Chapter V mechanism; add `mechanism`',
        },
      ],
    },
    {
      name: 'adequacy claimed for a non-certified US party and for a country without a decision',
      files: {
        'parties/bigcloud.yaml': party(
          'BigCloud Inc.',
          'processor',
          'country: US\nlocations: [US, CN]\ndpf_certified: false\n',
        ),
        'activities/hosting.yaml': hosting(
          'bigcloud',
          `transfers:
  - party: bigcloud
    country: US
    mechanism: adequacy
  - party: bigcloud
    country: CN
    mechanism: adequacy
`,
        ),
      },
      errors: [
        {
          file: 'activities/hosting.yaml',
          line: 15,
          column: 16,
          message:
            'covers only organisations certified under the EU-US Data Privacy Framework; if `bigcloud` is certified, add `dpf_certified: true` to parties/bigcloud.yaml',
        },
        {
          file: 'activities/hosting.yaml',
          line: 18,
          column: 16,
          message: 'no adequacy decision in force covers CN',
        },
      ],
    },
    {
      name: 'adequacy claimed for a Canadian public authority',
      files: {
        'parties/ca-agency.yaml': party('Agency of Canada', 'public-authority', 'country: CA\n'),
        'activities/hosting.yaml': hosting(
          'ca-agency',
          'transfers:\n  - party: ca-agency\n    country: CA\n    mechanism: adequacy\n',
        ),
      },
      errors: [
        {
          file: 'activities/hosting.yaml',
          line: 15,
          column: 16,
          message:
            'the adequacy decision for Canada (Commission Decision 2002/2/EC) covers only commercial organisations, and `ca-agency` is a public authority',
        },
      ],
    },
    {
      name: 'UK adequacy after the end of its period of validity',
      today: '2031-12-28',
      files: {
        'parties/londonmail.yaml': party('LondonMail Ltd', 'processor', 'country: GB\n'),
        'activities/hosting.yaml': hosting(
          'londonmail',
          'transfers:\n  - party: londonmail\n    country: GB\n    mechanism: adequacy\n',
        ),
      },
      errors: [
        {
          file: 'activities/hosting.yaml',
          line: 15,
          column: 16,
          message: 'applied only until 2031-12-27',
        },
      ],
    },
    {
      name: 'a derogation without its name, and compelling legitimate interests without documentation',
      files: {
        'parties/bigcloud.yaml': party(
          'BigCloud Inc.',
          'processor',
          'country: US\nlocations: [US, BR]\n',
        ),
        'activities/hosting.yaml': hosting(
          'bigcloud',
          `transfers:
  - party: bigcloud
    country: US
    mechanism: derogation
  - party: bigcloud
    country: BR
    mechanism: derogation
    derogation: compelling-legitimate-interests
`,
          'planned',
        ),
      },
      errors: [
        {
          file: 'activities/hosting.yaml',
          line: 13,
          column: 5,
          message:
            '`mechanism: derogation` does not say which Art. 49(1) derogation applies; add `derogation`',
        },
        { file: 'activities/hosting.yaml', line: 16, column: 5, message: 'add `documentation`' },
      ],
    },
  ],
};

ruleTester(rule, cases);
