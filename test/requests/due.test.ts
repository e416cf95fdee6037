/**
 * Due dates of data-subject requests (GDPR Art. 12(3)) counted per Regulation 1182/71 Art. 3,
 * with the French public holidays (gdpr.yaml `holidays: FR`). Every expected date below was
 * worked out by hand from a printed calendar; the comment gives the steps and the rule:
 *   3(1)     the day of receipt is not counted;
 *   3(2)(c)  the period ends on the same date in the last month, or on that month's last day
 *            when the date does not exist there;
 *   3(3)     weekends and holidays inside the period count;
 *   3(4)     a last day that is a Saturday, Sunday or public holiday moves to the next working day.
 * An extension (Art. 12(3)) is counted from receipt (1 + n months), not chained on the first date.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { requestDue } from '../../src/model/requests.js';
import { loadHolidayCalendar, type HolidayCalendar } from '../../src/law/holidays.js';
import type { DataSubjectRequest } from '../../src/types/register.js';

let FR: HolidayCalendar;
beforeAll(async () => {
  FR = await loadHolidayCalendar('FR');
});

function open(received: string, extension?: DataSubjectRequest['extension']): DataSubjectRequest {
  return { type: 'access', received, status: 'open', ...(extension ? { extension } : {}) };
}

interface Case {
  received: string;
  due: string;
  why: string;
}

// One month, no extension.
const ONE_MONTH: Case[] = [
  // Received Tue 31 Mar 2026 → 31 Apr does not exist → last day of April, Thu 30 Apr 2026, a working day.
  {
    received: '2026-03-31',
    due: '2026-04-30',
    why: 'received on the 31st: last day of the next month, 3(2)(c)',
  },
  // Received Sat 31 Jan 2026 → 31 Feb does not exist → Sat 28 Feb 2026 → Sun 1 Mar → Mon 2 Mar 2026.
  {
    received: '2026-01-31',
    due: '2026-03-02',
    why: 'received on the 31st, month end falls on a Saturday: 3(2)(c) then 3(4)',
  },
  // Received Sat 28 Feb 2026 (month end) → same date, Sat 28 Mar 2026 (not 31 Mar: the date is the
  // receipt date, not "the end of the month") → Sun 29 → Mon 30 Mar 2026.
  {
    received: '2026-02-28',
    due: '2026-03-30',
    why: 'received at the end of February: same date next month, not its last day, 3(2)(c); then 3(4)',
  },
  // Received Thu 30 Apr 2026 (month end, the day before the 1 May holiday) → Sat 30 May 2026 → Sun 31 →
  // Mon 1 Jun 2026 (Whit Monday 2026 is 25 May, so 1 June is a working day). The 1 May holiday inside the
  // period changes nothing, 3(3).
  {
    received: '2026-04-30',
    due: '2026-06-01',
    why: 'received at month end, the day before a holiday: 3(3), then 3(4)',
  },
  // Leap year: received Mon 31 Jan 2028 → 31 Feb does not exist → Tue 29 Feb 2028 (2028 is a leap year).
  {
    received: '2028-01-31',
    due: '2028-02-29',
    why: 'February of a leap year: 29 February, 3(2)(c)',
  },
  // Leap year: received Tue 29 Feb 2028 → Wed 29 Mar 2028.
  {
    received: '2028-02-29',
    due: '2028-03-29',
    why: 'received on 29 February: same date in March, 3(2)(c)',
  },
  // Common year: received Fri 29 Jan 2027 → 29 Feb 2027 does not exist → Sun 28 Feb 2027 → Mon 1 Mar 2027.
  {
    received: '2027-01-29',
    due: '2027-03-01',
    why: 'February of a common year: 28 February, 3(2)(c), then 3(4)',
  },
  // Across New Year: received Tue 1 Dec 2026 → Fri 1 Jan 2027 (Jour de l'an) → Sat 2 → Sun 3 → Mon 4 Jan 2027.
  {
    received: '2026-12-01',
    due: '2027-01-04',
    why: 'across New Year, due on 1 January: 3(4) over the holiday and the weekend',
  },
  // Across New Year: received Tue 15 Dec 2026 → Fri 15 Jan 2027, a working day (Christmas and New Year inside, 3(3)).
  {
    received: '2026-12-15',
    due: '2027-01-15',
    why: 'across New Year, holidays inside the period count: 3(3)',
  },
  // Christmas: received Wed 25 Nov 2026 → Fri 25 Dec 2026 (Noël) → Sat 26 → Sun 27 → Mon 28 Dec 2026.
  {
    received: '2026-11-25',
    due: '2026-12-28',
    why: 'due on Christmas Day, a Friday: 3(4) over the holiday and the weekend',
  },
  // Day before a holiday: received Mon 13 Jul 2026, the eve of 14 July → Thu 13 Aug 2026, a working day.
  {
    received: '2026-07-13',
    due: '2026-08-13',
    why: 'received the day before a public holiday: the holiday is inside the period, 3(3)',
  },
  // Due on a holiday: received Sun 11 Oct 2026 (receipt on a Sunday counts, 3(1)) → Wed 11 Nov 2026
  // (Armistice) → Thu 12 Nov 2026.
  { received: '2026-10-11', due: '2026-11-12', why: 'due on 11 November: next working day, 3(4)' },
  // Due on Ascension: Easter 2026 is 5 April, Ascension is Easter + 39 = Thu 14 May 2026; received
  // Tue 14 Apr 2026 → Thu 14 May 2026 (holiday) → Fri 15 May 2026.
  {
    received: '2026-04-14',
    due: '2026-05-15',
    why: 'due on Ascension Day: next working day, 3(4)',
  },
  // Due on 8 May: received Wed 8 Apr 2026 → Fri 8 May 2026 (Victoire 1945) → Sat 9 → Sun 10 → Mon 11 May 2026.
  {
    received: '2026-04-08',
    due: '2026-05-11',
    why: 'due on 8 May, a Friday: 3(4) over the holiday and the weekend',
  },
];

// With an extension notified in time (Art. 12(3)): 1 + n months from receipt.
const EXTENDED: (Case & { months: 1 | 2; notified: string; first: string })[] = [
  // Received Tue 10 Nov 2026; first month Thu 10 Dec 2026; +2 → 3 months from receipt: Wed 10 Feb 2027.
  {
    received: '2026-11-10',
    months: 2,
    notified: '2026-11-20',
    first: '2026-12-10',
    due: '2027-02-10',
    why: 'two further months: 3 months from receipt',
  },
  // Received Sun 11 Oct 2026; first month Thu 12 Nov 2026 (11 Nov holiday); +1 → 2 months from receipt:
  // Fri 11 Dec 2026. Counted from receipt, not from the rolled first date (which would give 12 Dec).
  {
    received: '2026-10-11',
    months: 1,
    notified: '2026-11-12',
    first: '2026-11-12',
    due: '2026-12-11',
    why: 'one further month, counted from receipt, not from the rolled first date',
  },
  // Received Sat 31 Jan 2026; first month Mon 2 Mar 2026; +2 → 3 months from receipt: 31 Apr does not
  // exist → Thu 30 Apr 2026. Chaining two months on 2 March would give Mon 4 May: wrong.
  {
    received: '2026-01-31',
    months: 2,
    notified: '2026-02-20',
    first: '2026-03-02',
    due: '2026-04-30',
    why: 'received on the 31st, extended: 3(2)(c) on the third month',
  },
  // Received Mon 30 Nov 2026; first month Wed 30 Dec 2026; +2 → 30 Feb 2027 does not exist → Sun 28 Feb
  // 2027 → Mon 1 Mar 2027.
  {
    received: '2026-11-30',
    months: 2,
    notified: '2026-12-30',
    first: '2026-12-30',
    due: '2027-03-01',
    why: 'extended into February of a common year, notified on the last day of the first month',
  },
];

describe('requestDue with the FR calendar (Reg. 1182/71 Art. 3)', () => {
  for (const c of ONE_MONTH) {
    it(`${c.received} → ${c.due}: ${c.why}`, () => {
      expect(requestDue(open(c.received), FR)).toEqual({ due: c.due, effectiveDue: c.due });
    });
  }

  for (const c of EXTENDED) {
    it(`${c.received} + ${c.months} month(s) → ${c.due}: ${c.why}`, () => {
      const due = requestDue(
        open(c.received, { months: c.months, reason: 'Complex request', notified: c.notified }),
        FR,
      );
      expect(due).toEqual({ due: c.first, extendedDue: c.due, effectiveDue: c.due });
    });
  }

  it('an extension told to the person after the first month does not count (Art. 12(3))', () => {
    // First month of 2026-11-10 ends Thu 10 Dec 2026; told on 11 Dec: the date stays 10 Dec.
    const due = requestDue(
      open('2026-11-10', { months: 2, reason: 'Complex request', notified: '2026-12-11' }),
      FR,
    );
    expect(due).toEqual({ due: '2026-12-10', effectiveDue: '2026-12-10' });
  });

  it('without a holiday calendar only weekends roll over', () => {
    // 2026-10-11 → Wed 11 Nov 2026 is a working day when holidays are unknown.
    expect(requestDue(open('2026-10-11'))).toEqual({
      due: '2026-11-11',
      effectiveDue: '2026-11-11',
    });
  });
});
