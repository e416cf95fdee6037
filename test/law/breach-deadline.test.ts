import { describe, expect, it } from 'vitest';
import {
  breachDeadline,
  deadlineValue,
  formatInOffset,
  formatInZone,
  hoursBetween,
} from '../../src/law/deadlines.js';

// GDPR Art. 33(1): 72 hours after awareness. A period in hours is not rolled over weekends
// or holidays (Reg. 1182/71 Art. 3(4); LAW.md §6.2), so the deadline is elapsed time.

describe('breachDeadline', () => {
  it('runs through a weekend: Sat 14 Mar 2026 09:30 (+01:00) → Tue 17 Mar 09:30 (+01:00)', () => {
    const result = breachDeadline('2026-03-14T09:30:00+01:00');
    expect(result.deadlineIso).toBe('2026-03-17T09:30:00+01:00');
    expect(result.deadline.toISOString()).toBe('2026-03-17T08:30:00.000Z');
    expect(result.hours).toBe(72);
  });

  it('spring DST change (Paris, 29 Mar 2026): Fri 27 Mar 10:00 CET → 72 h later is Mon 30 Mar 10:00 +01:00 = 11:00 CEST', () => {
    const result = breachDeadline('2026-03-27T10:00:00+01:00');
    expect(result.deadlineIso).toBe('2026-03-30T10:00:00+01:00');
    expect(result.deadline.toISOString()).toBe('2026-03-30T09:00:00.000Z');
    expect(formatInZone(result.deadline, 'Europe/Paris', 'en')).toBe('Mon 30 Mar 11:00 CEST');
    expect(formatInZone(result.deadline, 'Europe/Paris', 'fr')).toBe('lun. 30 mars 11:00 UTC+2');
  });

  it('autumn DST change (Paris, 25 Oct 2026): Fri 23 Oct 10:00 CEST → Mon 26 Oct 10:00 +02:00 = 09:00 CET', () => {
    const result = breachDeadline('2026-10-23T10:00:00+02:00');
    expect(result.deadlineIso).toBe('2026-10-26T10:00:00+02:00');
    expect(result.deadline.toISOString()).toBe('2026-10-26T08:00:00.000Z');
    expect(formatInZone(result.deadline, 'Europe/Paris', 'en')).toBe('Mon 26 Oct 09:00 CET');
  });

  it('keeps an awareness offset from outside Europe (-05:00) and shows the Paris wall clock', () => {
    // Fri 5 Jun 2026 22:15 -05:00 = Sat 6 Jun 03:15Z; + 72 h = Tue 9 Jun 03:15Z = 05:15 CEST.
    const result = breachDeadline('2026-06-05T22:15:00-05:00');
    expect(result.deadlineIso).toBe('2026-06-08T22:15:00-05:00');
    expect(result.deadline.toISOString()).toBe('2026-06-09T03:15:00.000Z');
    expect(formatInZone(result.deadline, 'Europe/Paris')).toBe('Tue 9 Jun 05:15 CEST');
    expect(formatInZone(result.deadline, 'America/New_York', 'en-US')).toBe('Mon 8 Jun 23:15 EDT');
  });

  it('keeps Z and milliseconds; minutes without seconds are accepted', () => {
    expect(breachDeadline('2026-12-31T23:59:59.250Z').deadlineIso).toBe('2027-01-03T23:59:59.250Z');
    expect(breachDeadline('2026-02-27T08:05+05:30').deadlineIso).toBe('2026-03-02T08:05:00+05:30');
  });

  it('refuses an instant without an offset, or an impossible one', () => {
    expect(() => breachDeadline('2026-03-14T09:30:00')).toThrow(RangeError);
    expect(() => breachDeadline('2026-03-14')).toThrow(RangeError);
    expect(() => breachDeadline('2026-13-14T09:30:00Z')).toThrow(RangeError);
  });

  it('takes its 72 hours from deadlines.json, with the pending Digital Omnibus value beside it', () => {
    const entry = deadlineValue('breach_notification_hours');
    expect(entry.value).toBe(72);
    expect(entry.reference).toBe('GDPR Art. 33(1)');
    expect(entry.pending?.proposed_value).toBe(96);
  });
});

describe('hoursBetween', () => {
  it('gives fractional hours, negative when the second instant is earlier', () => {
    const aware = new Date('2026-03-14T09:30:00+01:00');
    const now = new Date('2026-03-15T21:15:00+01:00');
    expect(hoursBetween(aware, now)).toBe(35.75);
    expect(hoursBetween(now, aware)).toBe(-35.75);
    expect(hoursBetween(aware, new Date('2026-03-14T09:50:00+01:00'))).toBeCloseTo(1 / 3, 12);
  });

  it('counts elapsed hours across a DST change: 00:00 to 12:00 Paris on 29 Mar 2026 is 11 h', () => {
    expect(
      hoursBetween(new Date('2026-03-29T00:00:00+01:00'), new Date('2026-03-29T12:00:00+02:00')),
    ).toBe(11);
  });

  it('remaining time to the deadline', () => {
    const { deadline } = breachDeadline('2026-03-14T09:30:00+01:00');
    expect(hoursBetween(new Date('2026-03-16T15:00:00+01:00'), deadline)).toBe(18.5);
  });
});

describe('formatInOffset', () => {
  it('writes an instant in a fixed offset', () => {
    const instant = new Date('2026-01-01T00:30:00Z');
    expect(formatInOffset(instant, '-05:00')).toBe('2025-12-31T19:30:00-05:00');
    expect(formatInOffset(instant, '+09:00')).toBe('2026-01-01T09:30:00+09:00');
    expect(formatInOffset(instant, 'Z')).toBe('2026-01-01T00:30:00Z');
  });
});
