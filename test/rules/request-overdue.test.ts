import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';
import { loadRegister } from '../../src/register/load.js';
import { makeRegister, BASE_REGISTER } from '../helpers/register.js';
import rule from '../../src/rules/request-overdue.js';
import { extensionDefects, requestDue } from '../../src/model/requests.js';
import { holidayCalendarFromDates } from '../../src/law/holidays.js';
import type { DataSubjectRequest } from '../../src/types/register.js';

/** A request received on `received`; `rest` adds keys after `status`. */
function request(received: string, status: string, rest = ''): string {
  return `type: access
received: ${received}
channel: email
reference: TICKET-4512
status: ${status}
${rest}`;
}

const cases: Parameters<typeof ruleTester>[1] = {
  valid: [
    { name: 'no request', files: {} },
    {
      name: 'answered long ago',
      files: { 'requests/r.yaml': request('2026-01-05', 'completed', 'completed: 2026-01-20\n') },
    },
    {
      name: 'withdrawn: no deadline runs',
      files: { 'requests/r.yaml': request('2026-01-05', 'withdrawn') },
    },
    {
      name: 'extended by two months, notified in time: due 2026-12-01, 8 days away',
      files: {
        'requests/r.yaml': request(
          '2026-09-01',
          'open',
          'extension:\n  months: 2\n  reason: Thirty years of archives to search\n  notified: 2026-09-20\n',
        ),
      },
    },
    {
      name: 'refused with reasons, the person told within the month',
      files: {
        'requests/r.yaml': request(
          '2026-10-01',
          'refused',
          'refusal:\n  reason: Manifestly excessive (fifth identical request this year)\n  informed: 2026-10-20\n',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'open past its due date: 1 November 2026 is a Sunday and All Saints, so due Monday 2 November',
      files: { 'requests/r.yaml': request('2026-10-01', 'open') },
      errors: [
        {
          file: 'requests/r.yaml',
          line: 2,
          column: 11,
          message: 'this request was due on 2026-11-02 and is 21 days late; answer it now',
        },
      ],
    },
    {
      name: 'due today: 14 May 2026 is Ascension Day in the FR calendar, so due Friday 15 May',
      today: '2026-05-15',
      files: { 'requests/r.yaml': request('2026-04-14', 'open') },
      errors: [
        {
          file: 'requests/r.yaml',
          line: 2,
          column: 11,
          message:
            'this request is due on 2026-05-15 (today); answer it by then, or, if it is complex, extend it',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'without a holiday calendar only weekends roll over: the same request is a day late',
      today: '2026-05-15',
      files: {
        'gdpr.yaml': BASE_REGISTER['gdpr.yaml']!.replace('holidays: FR\n', ''),
        'requests/r.yaml': request('2026-04-14', 'open'),
      },
      errors: [
        {
          file: 'requests/r.yaml',
          line: 2,
          column: 11,
          message: 'due on 2026-05-14 and is 1 day late',
        },
      ],
    },
    {
      name: 'received outside the years of the holiday data: said on `received`, weekends alone are used',
      files: {
        'requests/r.yaml': request('1999-12-20', 'completed', 'completed: 2000-01-10\n'),
      },
      errors: [
        {
          file: 'requests/r.yaml',
          line: 2,
          column: 11,
          message:
            'public holidays of `FR` are known for 2000–2060 only: request `r` (received 1999-12-20, due 2000-01-20) rolls over weekends only outside those years',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'due after the years of the holiday data: said on `received`',
      files: {
        'requests/r.yaml': request('2060-12-15', 'completed', 'completed: 2060-12-20\n'),
      },
      errors: [
        {
          file: 'requests/r.yaml',
          line: 2,
          column: 11,
          message: 'received 2060-12-15, due 2061-01-17',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'an unknown holiday calendar is reported and weekends alone are used',
      today: '2026-05-15',
      files: {
        'gdpr.yaml': BASE_REGISTER['gdpr.yaml']!.replace('holidays: FR', 'holidays: XX'),
        'requests/r.yaml': request('2026-04-14', 'open'),
      },
      errors: [
        {
          file: 'gdpr.yaml',
          line: 14,
          column: 11,
          message: 'no public-holiday calendar is known for `XX`',
          severity: 'warning',
        },
        {
          file: 'requests/r.yaml',
          line: 2,
          column: 11,
          message: 'is 1 day late',
          severity: 'error',
        },
      ],
    },
    {
      name: 'due in 3 days',
      files: { 'requests/r.yaml': request('2026-10-26', 'open') },
      errors: [
        {
          file: 'requests/r.yaml',
          line: 2,
          column: 11,
          message: 'this request is due on 2026-11-26 (in 3 days)',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'an extension without reasons, notified after the first month: it does not count',
      files: {
        'requests/r.yaml': request(
          '2026-09-01',
          'open',
          'extension:\n  months: 2\n  notified: 2026-10-05\n',
        ),
      },
      errors: [
        {
          file: 'requests/r.yaml',
          line: 2,
          column: 11,
          message:
            'due on 2026-10-01 (the extension does not count: it has no `reason`; the person was told of it after the first month) and is 53 days late',
        },
        {
          file: 'requests/r.yaml',
          line: 7,
          column: 3,
          message: 'the extension gives no reasons; add `reason`',
        },
        {
          file: 'requests/r.yaml',
          line: 8,
          column: 13,
          message: 'told of the extension on 2026-10-05, after the first month ended on 2026-10-01',
        },
      ],
    },
    {
      name: 'an extension not yet notified gives a warning with the first-month date',
      files: {
        'requests/r.yaml': request(
          '2026-10-26',
          'open',
          'extension: { months: 1, reason: Many requests at once }\n',
        ),
      },
      errors: [
        {
          file: 'requests/r.yaml',
          line: 2,
          column: 11,
          message:
            'due on 2026-11-26 (in 3 days); answer it by then (the extension does not count: the person was not told of it (`notified`))',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'refusals: none recorded, not told, told late',
      files: {
        'requests/a.yaml': request('2026-10-01', 'refused'),
        'requests/b.yaml': request(
          '2026-10-01',
          'refused',
          'refusal: { reason: Manifestly unfounded }\n',
        ),
        'requests/c.yaml': request(
          '2026-10-01',
          'refused',
          'refusal:\n  reason: Manifestly unfounded\n  informed: 2026-11-10\n',
        ),
      },
      errors: [
        {
          file: 'requests/a.yaml',
          line: 5,
          column: 9,
          message: 'the request is refused but the register does not say why; add `refusal`',
        },
        {
          file: 'requests/b.yaml',
          line: 6,
          column: 10,
          message:
            'add `informed`: the date the person was told of the reasons and of the right to complain to a supervisory authority and to seek a judicial remedy (by 2026-11-02)',
        },
        {
          file: 'requests/c.yaml',
          line: 8,
          column: 13,
          message: 'told of the refusal on 2026-11-10, after the one-month limit of 2026-11-02',
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

describe('requestDue', () => {
  const base: DataSubjectRequest = { type: 'erasure', received: '2026-01-30', status: 'open' };
  const closing = holidayCalendarFromDates('TEST', ['2026-03-02']);

  it('is one month from receipt, the last day of a shorter month, rolled over weekends', () => {
    // 30 February does not exist: 28 February 2026, a Saturday, rolls to Monday 2 March.
    expect(requestDue(base)).toEqual({ due: '2026-03-02', effectiveDue: '2026-03-02' });
  });

  it("rolls over the calendar's holidays too", () => {
    expect(requestDue(base, closing)).toEqual({ due: '2026-03-03', effectiveDue: '2026-03-03' });
  });

  it('counts a valid extension from receipt, not from the first due date', () => {
    const extended = {
      ...base,
      extension: { months: 2 as const, reason: 'Complex', notified: '2026-02-10' },
    };
    expect(requestDue(extended)).toEqual({
      due: '2026-03-02',
      extendedDue: '2026-04-30',
      effectiveDue: '2026-04-30',
    });
  });

  it('ignores an extension that does not meet Art. 12(3)', () => {
    const late = {
      ...base,
      extension: { months: 1 as const, reason: 'Complex', notified: '2026-03-03' },
    };
    expect(requestDue(late)).toEqual({ due: '2026-03-02', effectiveDue: '2026-03-02' });
    expect(extensionDefects(late, '2026-03-02')).toEqual(['notified-late']);
  });

  it('names every defect, including an extension longer than the law data allow', () => {
    const tooLong = { ...base, extension: { months: 3 } } as unknown as DataSubjectRequest;
    expect(extensionDefects(tooLong, '2026-03-02')).toEqual([
      'too-long',
      'no-reason',
      'not-notified',
    ]);
    expect(requestDue(tooLong).extendedDue).toBeUndefined();
    expect(extensionDefects(base, '2026-03-02')).toEqual([]);
  });
});
