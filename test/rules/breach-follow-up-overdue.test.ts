import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';
import { loadRegister } from '../../src/register/load.js';
import { makeRegister } from '../helpers/register.js';
import rule from '../../src/rules/breach-follow-up-overdue.js';

const HEAD = `title: Ransomware on the file server
status: open
discovered_at: 2026-11-19T09:00:00+01:00
types: [availability, confidentiality]
assessment: { risk: risk, notify_authority: true }
`;
const NOTIFIED = `notifications:\n  authority: { at: 2026-11-20T10:00:00+01:00, phased: true }\n`;

const cases: Parameters<typeof ruleTester>[1] = {
  valid: [
    { name: 'no incident', files: {} },
    {
      name: 'a notification in one go: no follow-up owed',
      files: {
        'incidents/a.yaml': `${HEAD}notifications:\n  authority: { at: 2026-11-20T10:00:00+01:00 }\n`,
      },
    },
    {
      name: 'follow-up due later',
      today: '2026-11-23',
      files: {
        'incidents/a.yaml': `${HEAD}${NOTIFIED}follow_up:\n  pending: number of people concerned\n  due: 2026-11-27T12:00:00+01:00\n`,
      },
    },
    {
      name: 'follow-up sent, although after the date',
      today: '2026-12-10',
      files: {
        'incidents/a.yaml': `${HEAD}${NOTIFIED}follow_up:\n  pending: number of people concerned\n  due: 2026-11-27T12:00:00+01:00\n  sent_at: 2026-11-28T09:00:00+01:00\n  sent: 1 240 customers, list of files\n`,
      },
    },
    {
      name: 'a processor: the controller follows up',
      files: {
        'incidents/a.yaml': `${HEAD}role: processor\nnotifications:\n  controller: { at: 2026-11-19T10:00:00+01:00 }\nfollow_up:\n  pending: logs\n  due: 2026-11-20T10:00:00+01:00\n`,
      },
    },
  ],
  invalid: [
    {
      name: 'follow-up date passed, nothing sent',
      today: '2026-11-28',
      files: {
        'incidents/a.yaml': `${HEAD}${NOTIFIED}follow_up:\n  pending: number of people concerned\n  due: 2026-11-27T12:00:00+01:00\n`,
      },
      errors: [
        {
          file: 'incidents/a.yaml',
          line: 10,
          column: 8,
          severity: 'error',
          message:
            'the information still missing from the notification (number of people concerned) was to be sent to the authority by 2026-11-27T12:00:00+01:00',
        },
      ],
    },
    {
      name: 'phased notification without a follow-up record',
      files: {
        'incidents/a.yaml': `${HEAD}notifications:\n  authority:\n    at: 2026-11-20T10:00:00+01:00\n    phased: true\n`,
      },
      errors: [
        {
          file: 'incidents/a.yaml',
          line: 9,
          column: 13,
          severity: 'warning',
          message: 'no date is recorded for sending what is still missing',
        },
      ],
    },
    {
      name: 'follow-up record without a date',
      files: { 'incidents/a.yaml': `${HEAD}${NOTIFIED}follow_up:\n  pending: the cause\n` },
      errors: [
        {
          file: 'incidents/a.yaml',
          line: 9,
          column: 3,
          severity: 'warning',
          message: 'record it in `follow_up`',
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
