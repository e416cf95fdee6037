/**
 * The public-holiday law data (data/law/holidays/<CC>.json): one file per EEA country, the
 * United Kingdom and Switzerland, with its provenance; fresh against its generator
 * (scripts/gen-holidays.mjs, from date-holidays) for a sample; and the runtime calendar's
 * answers outside the years the data covers.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryCodes, FROM, generateCountry, TO } from '../../scripts/gen-holidays.mjs';
import { calendarCovers, holidaysDataPath, loadHolidayCalendar } from '../../src/law/holidays.js';
import { listEeaCountries } from '../../src/law/eea.js';

function file(country: string): Record<string, unknown> {
  return JSON.parse(readFileSync(holidaysDataPath(country), 'utf8')) as Record<string, unknown>;
}

describe('data/law/holidays', () => {
  it('has one file per EEA country, GB and CH, and no other', () => {
    const expected = [...listEeaCountries().map((c) => c.code), 'GB', 'CH'].sort();
    expect(countryCodes()).toEqual(expected);
    const dir = holidaysDataPath('XX').replace(/XX\.json$/, '');
    expect(
      readdirSync(dir)
        .map((f) => f.replace(/\.json$/, ''))
        .sort(),
    ).toEqual(expected);
  });

  it.each(countryCodes())('%s.json states as_of, source, generated_by and its years', (cc) => {
    const data = file(cc);
    expect(data.as_of).toMatch(/^20\d\d-[01]\d-[0-3]\d$/);
    expect(JSON.stringify(data.source)).toContain('date-holidays');
    expect(data.generated_by).toBe('scripts/gen-holidays.mjs');
    expect(data.years).toEqual({ from: FROM, to: TO });
    expect(Object.keys(data.calendars as object)).toContain(cc);
  });

  // The generator runs date-holidays for every year and region: a sample keeps this quick.
  it.each(['FR', 'GB', 'IE'])('%s.json is what the generator writes today', (cc) => {
    const generated = generateCountry(cc);
    const data = file(cc);
    expect(data.calendars).toEqual(generated.calendars);
    expect(data.years).toEqual(generated.years);
  });
});

describe('loadHolidayCalendar reads the data', () => {
  it('knows the years it covers, and no holiday outside them', async () => {
    const fr = await loadHolidayCalendar('FR');
    expect(fr.years).toEqual({ from: FROM, to: TO });
    expect(fr.holidayName(`${FROM}-07-14`)).toBe('Fête Nationale de la France');
    expect(fr.isHoliday(`${TO}-12-25`)).toBe(true);
    expect(calendarCovers(fr, `${FROM}-01-01`)).toBe(true);
    expect(calendarCovers(fr, `${FROM - 1}-12-31`)).toBe(false);
    expect(calendarCovers(fr, `${TO + 1}-01-01`)).toBe(false);
    expect(fr.isHoliday(`${FROM - 1}-12-25`)).toBe(false);
    expect(fr.isHoliday(`${TO + 1}-01-01`)).toBe(false);
  });

  it('adds and removes a region’s holidays: Bavaria has Epiphany, Germany does not', async () => {
    const [de, by] = await Promise.all([loadHolidayCalendar('DE'), loadHolidayCalendar('DE-BY')]);
    expect(de.isHoliday('2026-01-06')).toBe(false);
    expect(by.holidayName('2026-01-06')).toBe('Heilige Drei Könige');
    expect(by.isHoliday('2026-10-03')).toBe(true);
  });

  it('rejects a country or region it has no data for', async () => {
    expect(existsSync(holidaysDataPath('US'))).toBe(false);
    await expect(loadHolidayCalendar('US')).rejects.toThrow('No holiday calendar for country "US"');
    await expect(loadHolidayCalendar('DE-XX')).rejects.toThrow(
      'No holiday calendar for region "DE-XX"',
    );
    await expect(loadHolidayCalendar('France')).rejects.toThrow(RangeError);
  });
});
