import { beforeAll, describe, expect, it } from 'vitest';
import {
  daysBetween,
  isWorkingDay,
  monthPeriodEnd,
  requestDeadlines,
  rollToWorkingDay,
} from '../../src/law/deadlines.js';
import {
  holidayCalendarFromDates,
  loadHolidayCalendar,
  type HolidayCalendar,
} from '../../src/law/holidays.js';

// Every expected date below was worked out by hand from Regulation 1182/71 Art. 3 (LAW.md §7.1)
// and a calendar: same date in the month N months later, else that month's last day, then
// past Saturdays, Sundays and public holidays.

let france: HolidayCalendar;
let germany: HolidayCalendar;
let bavaria: HolidayCalendar;
let england: HolidayCalendar;

beforeAll(async () => {
  [france, germany, bavaria, england] = await Promise.all([
    loadHolidayCalendar('FR'),
    loadHolidayCalendar('DE'),
    loadHolidayCalendar('de-by'),
    loadHolidayCalendar('GB-ENG'),
  ]);
});

describe('monthPeriodEnd: LAW.md §7.1 worked examples', () => {
  it('received 3 September → due 3 October (2025: Friday 3 Oct, a working day in France)', () => {
    expect(monthPeriodEnd('2025-09-03', 1, france)).toBe('2025-10-03');
  });

  it('received 3 September 2025 in Germany → 3 Oct is Tag der Deutschen Einheit, Sat 4 and Sun 5 follow → Mon 6 Oct', () => {
    expect(monthPeriodEnd('2025-09-03', 1, germany)).toBe('2025-10-06');
  });

  it('received 30 or 31 January in a common year → 28 February (2025: a Friday)', () => {
    expect(monthPeriodEnd('2025-01-30', 1, france)).toBe('2025-02-28');
    expect(monthPeriodEnd('2025-01-31', 1, france)).toBe('2025-02-28');
  });

  it('received 30 or 31 January in a leap year → 29 February (2028: a Tuesday)', () => {
    expect(monthPeriodEnd('2028-01-30', 1, france)).toBe('2028-02-29');
    expect(monthPeriodEnd('2028-01-31', 1, france)).toBe('2028-02-29');
  });

  it('received 31 January 2026 → 28 Feb 2026 is a Saturday → Monday 2 March', () => {
    expect(monthPeriodEnd('2026-01-31', 1, france)).toBe('2026-03-02');
  });
});

describe('monthPeriodEnd: month ends, year end, weekends, holidays', () => {
  it('31 March → 30 April (31 April does not exist; 30 Apr 2026 is a Thursday)', () => {
    expect(monthPeriodEnd('2026-03-31', 1, france)).toBe('2026-04-30');
  });

  it('year end: received 1 Dec 2026 → 1 Jan 2027 (Friday, New Year, FR holiday) → Sat 2, Sun 3 → Monday 4 Jan 2027', () => {
    expect(monthPeriodEnd('2026-12-01', 1, france)).toBe('2027-01-04');
  });

  it('a due date on a Saturday moves to Monday: received 3 Sept 2026 → Sat 3 Oct 2026 → Mon 5 Oct', () => {
    expect(monthPeriodEnd('2026-09-03', 1, france)).toBe('2026-10-05');
  });

  it('a due date on a Sunday before a Monday holiday: received 28 Feb 2027 → Sun 28 Mar 2027 (Easter) → Mon 29 Mar is Easter Monday in FR → Tuesday 30 Mar', () => {
    expect(monthPeriodEnd('2027-02-28', 1, france)).toBe('2027-03-30');
  });

  it('14 July: received 14 June 2026 → Tue 14 July 2026 (Fête nationale) → Wednesday 15 July', () => {
    expect(monthPeriodEnd('2026-06-14', 1, france)).toBe('2026-07-15');
  });

  it('two Friday holidays in May: received 8 April 2026 → Fri 8 May 2026 (Victoire 1945) → Sat, Sun → Mon 11 May', () => {
    expect(monthPeriodEnd('2026-04-08', 1, france)).toBe('2026-05-11');
  });

  it('the calendar decides: Epiphany (6 Jan 2027, a Wednesday) is public in Bavaria, not in France', () => {
    expect(monthPeriodEnd('2026-12-06', 1, bavaria)).toBe('2027-01-07');
    expect(monthPeriodEnd('2026-12-06', 1, france)).toBe('2027-01-06');
  });

  it('England: received Sat 3 April 2027 → Mon 3 May 2027 is the Early May bank holiday → Tue 4 May', () => {
    expect(monthPeriodEnd('2027-04-03', 1, england)).toBe('2027-05-04');
  });

  it('without a calendar only weekends roll over: 14 July 2026 and Easter Monday 2027 stay', () => {
    expect(monthPeriodEnd('2026-06-14', 1)).toBe('2026-07-14');
    expect(monthPeriodEnd('2027-02-28', 1)).toBe('2027-03-29');
    expect(monthPeriodEnd('2026-01-31', 1)).toBe('2026-03-02');
  });

  it('periods of several months cross the year: 30 Nov 2026 + 3 months → 28 Feb 2027 is a Sunday → Mon 1 March', () => {
    expect(monthPeriodEnd('2026-11-30', 3, france)).toBe('2027-03-01');
  });

  it('rejects impossible dates and non-positive month counts', () => {
    expect(() => monthPeriodEnd('2026-02-30', 1)).toThrow(RangeError);
    expect(() => monthPeriodEnd('2026-2-3', 1)).toThrow(RangeError);
    expect(() => monthPeriodEnd('2026-02-03', 0)).toThrow(RangeError);
    expect(() => monthPeriodEnd('2026-02-03', 1.5)).toThrow(RangeError);
  });
});

describe('requestDeadlines (GDPR Art. 12(3))', () => {
  it('extension counted from receipt, not chained: received Sat 31 Jan 2026 → due Mon 2 Mar; extended = 31 Apr → 30 Apr (Thu), not 2 May (chained from 2 Mar, then Sat → Mon 4 May)', () => {
    expect(requestDeadlines('2026-01-31', { holidays: france })).toEqual({
      due: '2026-03-02',
      extendedDue: '2026-04-30',
      extensionNoticeBy: '2026-03-02',
    });
  });

  it('received 14 June 2026 → due Wed 15 July (14 July holiday); extended → Mon 14 Sept 2026 (a working day)', () => {
    expect(requestDeadlines('2026-06-14', { holidays: france })).toEqual({
      due: '2026-07-15',
      extendedDue: '2026-09-14',
      extensionNoticeBy: '2026-07-15',
    });
  });

  it('extensionMonths 0 gives no extended deadline; 1 gives receipt + 2 months', () => {
    expect(requestDeadlines('2026-03-31', { extensionMonths: 0 })).toEqual({
      due: '2026-04-30',
      extensionNoticeBy: '2026-04-30',
    });
    // 31 May 2026 is a Sunday → Monday 1 June.
    expect(requestDeadlines('2026-03-31', { extensionMonths: 1 }).extendedDue).toBe('2026-06-01');
  });

  it('received 31 March 2026, default extension → 30 June 2026 (Tuesday)', () => {
    expect(requestDeadlines('2026-03-31').extendedDue).toBe('2026-06-30');
  });
});

describe('working days and calendar days', () => {
  it('isWorkingDay: weekend, holiday, ordinary day', () => {
    expect(isWorkingDay('2026-10-03')).toBe(false); // Saturday
    expect(isWorkingDay('2026-10-04')).toBe(false); // Sunday
    expect(isWorkingDay('2026-07-14')).toBe(true); // Tuesday, no calendar
    expect(isWorkingDay('2026-07-14', france)).toBe(false); // Fête nationale
    expect(isWorkingDay('2026-07-15', france)).toBe(true);
  });

  it('rollToWorkingDay keeps a working day and moves a holiday weekend forward', () => {
    expect(rollToWorkingDay('2026-07-15', france)).toBe('2026-07-15');
    expect(rollToWorkingDay('2026-12-25', france)).toBe('2026-12-28'); // Fri Christmas, Sat, Sun → Mon
  });

  it('a custom calendar from fixed dates works without date-holidays', () => {
    const closed = holidayCalendarFromDates('ACME', { '2026-10-05': 'Company day' });
    expect(closed.holidayName('2026-10-05')).toBe('Company day');
    // Sat 3 Oct → Sun 4 → Mon 5 closed → Tue 6 Oct.
    expect(monthPeriodEnd('2026-09-03', 1, closed)).toBe('2026-10-06');
  });

  it('daysBetween counts calendar days, across a leap day and backwards', () => {
    expect(daysBetween('2026-01-31', '2026-03-02')).toBe(30);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-02', '2026-01-31')).toBe(-30);
    // Across the October DST change the count stays whole.
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });
});

describe('loadHolidayCalendar', () => {
  it('reads public holidays only, with names', () => {
    expect(france.code).toBe('FR');
    expect(bavaria.code).toBe('DE-BY');
    expect(france.holidayName('2027-03-29')).toBe('Lundi de Pâques');
    // Whit Sunday is an observance in date-holidays, not a public holiday.
    expect(france.isHoliday('2027-05-16')).toBe(false);
    expect(germany.isHoliday('2027-01-06')).toBe(false);
    expect(bavaria.isHoliday('2027-01-06')).toBe(true);
  });

  it('returns the cached calendar for the same code', async () => {
    expect(await loadHolidayCalendar('fr')).toBe(france);
  });

  it('rejects unknown or malformed codes', async () => {
    await expect(loadHolidayCalendar('XX')).rejects.toThrow(RangeError);
    await expect(loadHolidayCalendar('DE-ZZ')).rejects.toThrow(RangeError);
    await expect(loadHolidayCalendar('France')).rejects.toThrow(RangeError);
  });
});
