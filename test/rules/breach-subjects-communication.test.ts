import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';
import { loadRegister } from '../../src/register/load.js';
import { makeRegister } from '../helpers/register.js';
import rule from '../../src/rules/breach-subjects-communication.js';
import { mustCommunicateToSubjects } from '../../src/model/breaches.js';

const HEAD = `title: Stolen customer database
status: open
discovered_at: 2026-11-19T09:00:00+01:00
types: [confidentiality]
`;

const cases: Parameters<typeof ruleTester>[1] = {
  valid: [
    { name: 'no incident', files: {} },
    {
      name: 'high risk, people told',
      files: {
        'incidents/a.yaml': `${HEAD}assessment: { risk: high, notify_authority: true, notify_subjects: true }\nnotifications:\n  subjects: { at: 2026-11-20T10:00:00+01:00, channel: email, count: 120 }\n`,
      },
    },
    {
      name: 'high risk, data encrypted (Art. 34(3)(a))',
      files: {
        'incidents/a.yaml': `${HEAD}assessment: { risk: high, exemption: encrypted, rationale: AES-256 and the key was not taken }\n`,
      },
    },
    {
      name: 'a mere risk: the authority is notified, the people need not be told',
      files: { 'incidents/a.yaml': `${HEAD}assessment: { risk: risk, notify_authority: true }\n` },
    },
    {
      name: 'disproportionate effort with a public communication',
      files: {
        'incidents/a.yaml': `${HEAD}assessment: { risk: high, exemption: disproportionate-effort }\nnotifications:\n  subjects: { at: 2026-11-20T10:00:00+01:00, channel: notice on the website home page }\n`,
      },
    },
    {
      name: "a processor's incident: the controller communicates",
      files: {
        'incidents/a.yaml': `${HEAD}role: processor\nassessment: { risk: high }\nnotifications:\n  controller: { at: 2026-11-19T10:00:00+01:00 }\n`,
      },
    },
  ],
  invalid: [
    {
      name: 'high risk, authority notified, people not yet told but still within the period: a warning',
      today: '2026-11-20',
      now: '2026-11-20T12:00:00+01:00',
      files: {
        'incidents/a.yaml': `${HEAD}assessment:\n  risk: high\n  notify_authority: true\nnotifications:\n  authority: { at: 2026-11-20T10:00:00+01:00 }\n`,
      },
      errors: [
        {
          file: 'incidents/a.yaml',
          line: 8,
          column: 1,
          severity: 'warning',
          message:
            'tell them without undue delay (by 2026-11-22T09:00:00+01:00 as this project reads it)',
        },
      ],
    },
    {
      name: 'the same breach once the period in law data has passed: an error',
      today: '2026-11-22',
      now: '2026-11-22T10:00:00+01:00',
      files: {
        'incidents/a.yaml': `${HEAD}assessment:\n  risk: high\n  notify_authority: true\nnotifications:\n  authority: { at: 2026-11-20T10:00:00+01:00 }\n`,
      },
      errors: [
        {
          file: 'incidents/a.yaml',
          line: 8,
          column: 1,
          severity: 'error',
          message:
            '1 h have passed since 2026-11-22T09:00:00+01:00, the end of "without undue delay" as this project reads it',
        },
      ],
    },
    {
      name: 'high risk, nobody told, no exemption (exemption: null)',
      files: {
        'incidents/a.yaml': `${HEAD}assessment:\n  risk: high\n  notify_authority: true\n  exemption: null\nnotifications:\n  authority: { at: 2026-11-20T10:00:00+01:00 }\n`,
      },
      errors: [
        {
          file: 'incidents/a.yaml',
          line: 9,
          column: 1,
          message:
            'the assessment calls for telling the people concerned (risk: high); tell them without undue delay and record `notifications.subjects.at`',
        },
      ],
    },
    {
      name: 'a decision to tell the people despite a lower risk, not carried out',
      files: { 'incidents/a.yaml': `${HEAD}assessment: { risk: risk, notify_subjects: true }\n` },
      errors: [
        { file: 'incidents/a.yaml', line: 1, column: 1, message: '(notify_subjects: true)' },
      ],
    },
    {
      name: 'disproportionate effort and no public communication recorded',
      files: {
        'incidents/a.yaml': `${HEAD}assessment:\n  risk: high\n  exemption: disproportionate-effort\n`,
      },
      errors: [
        {
          file: 'incidents/a.yaml',
          line: 7,
          column: 14,
          message: 'requires a public communication',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'disproportionate effort, communication recorded without its channel',
      files: {
        'incidents/a.yaml': `${HEAD}assessment: { risk: high, exemption: disproportionate-effort }\nnotifications:\n  subjects:\n    at: 2026-11-20T10:00:00+01:00\n`,
      },
      errors: [
        {
          file: 'incidents/a.yaml',
          line: 8,
          column: 5,
          message: 'record it in `notifications.subjects` with its `channel`',
          severity: 'warning',
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

describe('mustCommunicateToSubjects', () => {
  it('is a high risk or a decision to tell', () => {
    expect(mustCommunicateToSubjects({ risk: 'high', notify_subjects: false })).toBe(true);
    expect(mustCommunicateToSubjects({ risk: 'risk', notify_subjects: true })).toBe(true);
    expect(mustCommunicateToSubjects({ risk: 'risk' })).toBe(false);
  });
});
