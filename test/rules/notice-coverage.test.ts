import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/notice-coverage.js';
import { activitiesCoveredBy } from '../../src/model/notices.js';
import { loadRegister } from '../../src/register/load.js';
import { BASE_REGISTER, makeRegister } from '../helpers/register.js';

const SUBJECTS = `- id: customers
  name: Customers
- id: prospects
  name: Prospects
`;

const PROSPECTS = `name: Prospecting
status: active
purposes:
  - description: Find new customers
    legal_basis: legitimate-interests
data_subjects: [prospects]
data:
  - category: identity
    retention: customers-3y
    source: public
    source_detail: Company websites
  - category: contact
    retention: customers-3y
    source: third-party
`;

const cases: Parameters<typeof ruleTester>[1] = {
  valid: [
    {
      name: 'the base register: the customers notice covers the customers activity by audience',
      files: {},
    },
    {
      name: 'an activity listed by id in a notice, with its source detailed',
      files: {
        'catalog/data-subjects.yaml': SUBJECTS,
        'activities/prospects.yaml': PROSPECTS.replace(
          '    source: third-party\n',
          '    source: third-party\n    source_detail: { en: A list broker }\n',
        ),
        'notices/prospects.yaml': 'title: Prospects\nactivities: [prospects]\n',
      },
    },
    {
      name: 'processor, planned and retired activities need no notice of ours',
      files: {
        'notices/customers.yaml': null,
        'activities/customers.yaml': `name: Customer management
status: retired
purposes:
  - description: Manage orders
    legal_basis: contract
data_subjects: [customers]
data:
  - category: identity
    source: third-party
`,
        'activities/hosting.yaml': `name: Hosting for clients
role: processor
controllers: [client]
purposes:
  - description: Host the client's shop
`,
        'activities/future.yaml': `name: Loyalty programme
status: planned
purposes:
  - description: Reward customers
    legal_basis: consent
data_subjects: [customers]
data:
  - category: identity
`,
      },
    },
  ],
  invalid: [
    {
      name: 'no notice at all: one finding at gdpr.yaml, not one per activity',
      files: {
        'notices/customers.yaml': null,
        'activities/returns.yaml': BASE_REGISTER['activities/customers.yaml']!.replace(
          'Customer management',
          'Returns',
        ),
      },
      errors: [
        {
          file: 'gdpr.yaml',
          line: 1,
          column: 1,
          message:
            'no privacy notice is kept in this register, so none of its 2 active controller activities is covered',
        },
      ],
    },
    {
      name: 'a notice that covers another audience: the uncovered activity is reported at the top of its file',
      files: {
        'notices/customers.yaml': 'title: Privacy notice for suppliers\naudience: [suppliers]\n',
        'catalog/data-subjects.yaml': SUBJECTS + '- id: suppliers\n  name: Suppliers\n',
      },
      errors: [
        {
          file: 'activities/customers.yaml',
          line: 1,
          column: 1,
          message:
            'no privacy notice covers the activity `customers`; add `customers` to `activities`',
        },
      ],
    },
    {
      name: 'an audience that does not meet the activity, and a third-party item without its source',
      files: {
        'catalog/data-subjects.yaml': SUBJECTS,
        'activities/prospects.yaml': PROSPECTS,
      },
      errors: [
        {
          file: 'activities/prospects.yaml',
          line: 1,
          column: 1,
          message: 'its data subjects (`prospects`)',
        },
        {
          file: 'activities/prospects.yaml',
          line: 12,
          column: 5,
          message:
            'the data item `contact` is not collected from the data subject (source: third-party); add `source_detail`',
        },
      ],
    },
    {
      name: 'a joint-controller activity that no notice covers',
      files: {
        'catalog/data-subjects.yaml': SUBJECTS,
        'activities/events.yaml': `name: Trade fair
role: joint-controller
joint_controllers: [fair-organiser]
purposes:
  - description: Meet visitors
    legal_basis: legitimate-interests
data_subjects: [prospects]
data:
  - { category: contact, source: data-subject }
`,
      },
      errors: [{ file: 'activities/events.yaml', line: 1, column: 1, message: '`events`' }],
    },
  ],
};

ruleTester(rule, cases);

describe('fixtures', () => {
  for (const c of [...cases.valid, ...cases.invalid]) {
    it(`${c.name}: every file passes the schemas`, () => {
      expect(
        loadRegister(makeRegister(c.files)).problems.map((p) => `${p.file.relPath}: ${p.message}`),
      ).toEqual([]);
    });
  }
});

describe('activitiesCoveredBy', () => {
  it('unites the listed activities and the active controller activities meeting the audience, in register order', () => {
    const root = makeRegister({
      'catalog/data-subjects.yaml': SUBJECTS,
      'activities/prospects.yaml': PROSPECTS,
      'activities/hosting.yaml': `name: Hosting
role: processor
controllers: [client]
purposes:
  - description: Host
data_subjects: [customers]
`,
      'activities/archive.yaml': `name: Old orders
status: retired
purposes:
  - description: Archive
    legal_basis: legal-obligation
data_subjects: [customers]
data:
  - category: identity
`,
    });
    const register = loadRegister(root);
    const ids = (notice: Parameters<typeof activitiesCoveredBy>[1]) =>
      activitiesCoveredBy(register, notice).map((a) => a.id);
    expect(ids({ title: 'Customers', audience: ['customers'] })).toEqual(['customers']);
    expect(
      ids({
        title: 'Mixed',
        audience: ['customers'],
        activities: ['prospects', 'archive', 'nowhere'],
      }),
    ).toEqual(['archive', 'customers', 'prospects']);
    expect(ids({ title: 'Nobody', audience: ['suppliers'] })).toEqual([]);
  });
});
