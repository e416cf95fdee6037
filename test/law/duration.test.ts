import { describe, expect, it } from 'vitest';
import {
  addDuration,
  approximateDays,
  compareDurations,
  isDuration,
  parseDuration,
} from '../../src/law/duration.js';

describe('parseDuration', () => {
  it('parses ISO 8601 durations', () => {
    expect(parseDuration('P1Y6M')).toEqual({ years: 1, months: 6 });
    expect(parseDuration('PT72H')).toEqual({ hours: 72 });
  });

  it('refuses malformed and negative durations', () => {
    expect(() => parseDuration('P')).toThrow(RangeError);
    expect(() => parseDuration('3 years')).toThrow(RangeError);
    expect(() => parseDuration('-P1D')).toThrow(RangeError);
    expect(isDuration('P13M')).toBe(true);
    expect(isDuration('13M')).toBe(false);
    // One test for the schemas' iso-duration format and the law data: no sign, no fractional years.
    expect(isDuration('-P1Y')).toBe(false);
    expect(isDuration('P1.5Y')).toBe(false);
    expect(isDuration('PT1.5S')).toBe(true);
    expect(isDuration('P1Y6M')).toBe(true);
    expect(isDuration('PT')).toBe(false);
  });
});

describe('compareDurations (year 365.25 d, month 30.44 d)', () => {
  it('orders retention periods', () => {
    expect(compareDurations('P13M', 'P1Y')).toBe(1);
    expect(compareDurations('P6M', 'P1Y')).toBe(-1);
    expect(compareDurations('P25M', 'P2Y')).toBe(1);
    expect(compareDurations('P1M', 'P30D')).toBe(1); // 30.44 > 30
    expect(compareDurations('P3M', 'P91D')).toBe(1); // 91.32 > 91
    expect(compareDurations('P3M', 'P92D')).toBe(-1);
  });

  it('treats whole years written in months as years, and weeks as 7 days', () => {
    expect(compareDurations('P12M', 'P1Y')).toBe(0);
    expect(compareDurations('P24M', 'P2Y')).toBe(0);
    expect(compareDurations('P1Y12M', 'P2Y')).toBe(0);
    expect(compareDurations('P4W', 'P28D')).toBe(0);
    expect(compareDurations('P3D', 'PT72H')).toBe(0);
    expect(approximateDays('P1Y1M')).toBeCloseTo(395.69, 10);
  });
});

describe('addDuration (exact calendar arithmetic)', () => {
  it('clamps to the last day of a shorter month', () => {
    expect(addDuration('2026-01-31', 'P1M')).toBe('2026-02-28');
    expect(addDuration('2028-01-31', 'P1M')).toBe('2028-02-29');
    expect(addDuration('2028-02-29', 'P1Y')).toBe('2029-02-28');
    expect(addDuration('2026-03-31', 'P1M')).toBe('2026-04-30');
  });

  it('adds years and months together, then weeks and days', () => {
    expect(addDuration('2026-03-15', 'P1Y2M10D')).toBe('2027-05-25');
    expect(addDuration('2026-01-31', 'P1M1D')).toBe('2026-03-01');
    expect(addDuration('2026-12-25', 'P2W')).toBe('2027-01-08');
    expect(addDuration('2026-11-30', 'P3M')).toBe('2027-02-28');
    expect(addDuration('2026-06-01', 'P10Y')).toBe('2036-06-01');
  });

  it('refuses time parts, fractions and bad dates', () => {
    expect(() => addDuration('2026-01-01', 'PT72H')).toThrow(RangeError);
    expect(() => addDuration('2026-01-01', 'P1.5Y')).toThrow(RangeError);
    expect(() => addDuration('2026-02-29', 'P1D')).toThrow(RangeError);
    expect(() => addDuration('1 Jan 2026', 'P1D')).toThrow(RangeError);
  });
});
