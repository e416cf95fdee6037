import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';
import { loadRegister } from '../../src/register/load.js';
import { makeRegister } from '../helpers/register.js';
import rule from '../../src/rules/breach-notification-overdue.js';
import { mustNotifyAuthority } from '../../src/model/breaches.js';

const NOW = { today: '2026-11-23', now: '2026-11-23T10:00:00+01:00' };

/** Aware on Thursday 19 November 09:00 Paris: the 72 h end on Sunday 22 November 09:00 (no weekend roll-over). */
const HEAD = `title: Misdirected e-mail
status: open
discovered_at: 2026-11-19T09:00:00+01:00
types: [confidentiality]
`;

const cases: Parameters<typeof ruleTester>[1] = {
  valid: [
    { name: 'no incident', files: {} },
    {
      name: 'notified within 72 hours',
      ...NOW,
      files: {
        'incidents/a.yaml': `${HEAD}assessment:\n  risk: risk\n  notify_authority: true\nnotifications:\n  authority: { at: 2026-11-21T18:00:00+01:00 }\n`,
      },
    },
    {
      name: 'decided not to notify (unlikely to result in a risk)',
      ...NOW,
      files: {
        'incidents/a.yaml': `${HEAD}assessment:\n  risk: none\n  rationale: Sent to a trusted partner who deleted it\n`,
      },
    },
    {
      name: 'notified late with the reasons for the delay',
      ...NOW,
      files: {
        'incidents/a.yaml': `${HEAD}assessment: { risk: risk, notify_authority: true }\nnotifications:\n  authority: { at: 2026-11-23T09:30:00+01:00, late_reason: Breach confirmed only after the forensic report }\n`,
      },
    },
    {
      name: 'a processor that told the controller; it neither assesses nor notifies the authority',
      ...NOW,
      files: {
        'incidents/a.yaml': `${HEAD}role: processor\nnotifications:\n  controller: { at: 2026-11-19T11:00:00+01:00 }\n`,
      },
    },
  ],
  invalid: [
    {
      // Behaviour since issue 17: the commit that records the breach says what is owed, as a warning.
      name: 'still inside the 72 hours: a warning with the deadline, not an error',
      today: '2026-11-22',
      now: '2026-11-22T08:59:00+01:00',
      files: { 'incidents/a.yaml': `${HEAD}assessment:\n  risk: high\n  notify_authority: true\n` },
      errors: [
        {
          file: 'incidents/a.yaml',
          line: 1,
          column: 1,
          severity: 'warning',
          message:
            'the supervisory authority must be notified by 2026-11-22T09:00:00+01:00 (72 h after becoming aware at 2026-11-19T09:00:00+01:00; 0.1 h left)',
        },
      ],
    },
    {
      name: 'no assessment',
      ...NOW,
      files: { 'incidents/a.yaml': HEAD },
      errors: [
        {
          file: 'incidents/a.yaml',
          line: 1,
          column: 1,
          message:
            'the breach has no `assessment`: assess the risk to the people concerned and record the decision to notify (gdpr breach assess a)',
        },
      ],
    },
    {
      name: 'not notified, 25 hours past the deadline (risk without an explicit decision counts as notify)',
      ...NOW,
      files: { 'incidents/a.yaml': `${HEAD}assessment:\n  risk: risk\n` },
      errors: [
        {
          file: 'incidents/a.yaml',
          line: 1,
          column: 1,
          message:
            'the supervisory authority should have been notified by 2026-11-22T09:00:00+01:00 (72 h after becoming aware at 2026-11-19T09:00:00+01:00) and is now 25 h late',
        },
      ],
    },
    {
      name: 'not notified, pointing at the notifications already recorded',
      today: '2026-11-22',
      now: '2026-11-22T09:45:00+01:00',
      files: {
        'incidents/a.yaml': `${HEAD}assessment: { risk: high, notify_authority: true }\nnotifications:\n  subjects: { at: 2026-11-20T10:00:00+01:00 }\n`,
      },
      errors: [{ file: 'incidents/a.yaml', line: 6, column: 1, message: 'is now 0.8 h late' }],
    },
    {
      name: 'notified after 72 hours without late_reason',
      ...NOW,
      files: {
        'incidents/a.yaml': `${HEAD}assessment: { risk: risk, notify_authority: true }\nnotifications:\n  authority:\n    at: 2026-11-23T09:30:00+01:00\n    late_reason: null\n`,
      },
      errors: [
        {
          file: 'incidents/a.yaml',
          line: 8,
          column: 9,
          message:
            'the authority was notified 96.5 h after becoming aware, more than 72 h; add `late_reason`',
        },
      ],
    },
    {
      name: 'a processor that has not told the controller',
      ...NOW,
      files: { 'incidents/a.yaml': `${HEAD}role: processor\n` },
      errors: [
        {
          file: 'incidents/a.yaml',
          line: 1,
          column: 1,
          message: 'record the time in `notifications.controller.at`',
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

describe('mustNotifyAuthority', () => {
  it('follows the recorded decision, else the Art. 33(1) threshold', () => {
    expect(mustNotifyAuthority({ risk: 'high', notify_authority: false })).toBe(false);
    expect(mustNotifyAuthority({ risk: 'none', notify_authority: true })).toBe(true);
    expect(mustNotifyAuthority({ risk: 'none' })).toBe(false);
    expect(mustNotifyAuthority({ risk: 'risk' })).toBe(true);
    expect(mustNotifyAuthority({ risk: 'high' })).toBe(true);
  });
});
