import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';
import { loadRegister } from '../../src/register/load.js';
import { makeRegister } from '../helpers/register.js';
import rule from '../../src/rules/personal-data-in-register.js';
import { hasEmailAddress, phoneNumbers } from '../../src/model/personal-data.js';

const INCIDENT = `title: Misdirected e-mail
status: open
discovered_at: 2026-03-14T09:30:00+01:00
types: [confidentiality]
cause: misdelivery
description: A payslip was sent to the wrong employee (TICKET-4512); 1 person, 2026-03-13 18:00
subjects_count: 1
`;

const cases: Parameters<typeof ruleTester>[1] = {
  valid: [
    {
      name: 'an incident with categories, counts, dates and a ticket only',
      files: { 'incidents/2026-03-14-payslip.yaml': INCIDENT },
    },
    {
      name: 'a request referring to a ticket',
      files: {
        'requests/r.yaml':
          'type: access\nreceived: 2026-04-02\nchannel: email\nreference: TICKET-4512\nstatus: completed\ncompleted: 2026-04-20\n',
      },
    },
    {
      name: "activities and notices are not scanned (their contacts are the organisation's)",
      files: {
        'notices/customers.yaml':
          'title: Privacy notice\naudience: [customers]\nchannel: write to dpo@exemple.example or call +33 1 00 00 00 00\n',
      },
    },
  ],
  invalid: [
    {
      name: "a requester's e-mail address as reference",
      files: {
        'requests/r.yaml':
          'type: erasure\nreceived: 2026-04-02\nchannel: email\nreference: claire.martin@mail.example\nstatus: completed\ncompleted: 2026-04-20\n',
      },
      errors: [
        {
          file: 'requests/r.yaml',
          line: 4,
          column: 12,
          message: 'this text contains an e-mail address; the register is kept in git',
          severity: 'warning',
        },
      ],
    },
    {
      name: "phone numbers and an address in an incident's free text",
      files: {
        'incidents/2026-03-14-payslip.yaml': `${INCIDENT}consequences: The recipient (06 00 00 00 00) was asked to delete it
measures_taken: "Called Jean Dupont on +33 1 00 00 00 00 and wrote to jean.dupont@mail.example"
`,
      },
      errors: [
        {
          file: 'incidents/2026-03-14-payslip.yaml',
          line: 8,
          column: 15,
          message: 'this text contains a phone number;',
        },
        {
          file: 'incidents/2026-03-14-payslip.yaml',
          line: 9,
          column: 17,
          message: 'this text contains an e-mail address and a phone number;',
        },
      ],
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

describe('phoneNumbers', () => {
  it('finds international and national numbers', () => {
    expect(phoneNumbers('call +33 1 00 00 00 00 now')).toEqual(['+33 1 00 00 00 00']);
    expect(phoneNumbers('0033 1 00 00 00 00')).toEqual(['0033 1 00 00 00 00']);
    expect(phoneNumbers('+1 (555) 010-0199')).toEqual(['+1 (555) 010-0199']);
    expect(phoneNumbers('tel. 01 00 00 00 00')).toEqual(['01 00 00 00 00']);
    expect(phoneNumbers('06.00.00.00.00')).toEqual(['06.00.00.00.00']);
    expect(phoneNumbers('0600000000')).toEqual(['0600000000']);
    expect(phoneNumbers('020 7946 0000')).toEqual(['020 7946 0000']);
    expect(phoneNumbers('(555) 010-0199')).toEqual(['(555) 010-0199']);
  });

  it('leaves dates, instants, references, counts and versions alone', () => {
    for (const text of [
      '2026-03-14',
      '2026-03-14T09:30:00+01:00',
      'TICKET-4512',
      'between 2026-03-13 18:00 and 2026-03-14 09:30',
      '1 200 000 records',
      'RCS Lyon 123 456 789',
      'CVE-2024-12345',
      'version 0.12.3',
      'P3Y',
      '{ min: 100, max: 500 }',
    ]) {
      expect(phoneNumbers(text)).toEqual([]);
    }
  });
});

describe('hasEmailAddress', () => {
  it('finds an address inside text, not a bare @ or a handle', () => {
    expect(hasEmailAddress('wrote to jean.dupont@mail.example today')).toBe(true);
    expect(hasEmailAddress('dpo@exemple.example')).toBe(true);
    expect(hasEmailAddress('meeting @ 10:00')).toBe(false);
    expect(hasEmailAddress('@exemple on social media')).toBe(false);
  });
});
