// `npm run gen:holidays`: writes data/law/holidays/<CC>.json, the public holidays of the EEA
// countries, the United Kingdom and Switzerland and of each of their regions, for the years
// FROM–TO, from the date-holidays package (a development dependency: the installed package
// reads only these files, src/law/holidays.ts).
//
// Public holidays only (date-holidays type "public": not bank, school, optional or observance
// days). A holiday spanning several days marks each of them. A region's calendar is stored as
// its differences from the country's: a name where it has a holiday the country has not (or a
// different name), null where the country's holiday is not one there.
//
//   node scripts/gen-holidays.mjs [--as-of YYYY-MM-DD] [--check] [CC ...]
//
// --check compares the files with what the generator would write now (calendars and years;
// not as_of) and exits 1 if one differs. test/law/holidays-data.test.ts runs the same
// comparison for a sample.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const HOLIDAYS_DIR = join(ROOT, 'data', 'law', 'holidays');
/** The years covered: from the GDPR's predecessors to well past any request open today. */
export const FROM = 2000;
export const TO = 2060;
const require = createRequire(import.meta.url);

/** EEA members (data/law/eea.json), the United Kingdom and Switzerland. */
export function countryCodes() {
  const eea = JSON.parse(readFileSync(join(ROOT, 'data', 'law', 'eea.json'), 'utf8'));
  return [...eea.members.map((m) => m.code), 'GB', 'CH'].sort();
}

function shiftDate(date, days) {
  const shifted = new Date(`${date}T00:00:00Z`);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}

/** date → name of one calendar for the years FROM–TO (same rules as the former runtime lookup). */
function calendarDates(Holidays, country, state) {
  const holidays =
    state === undefined
      ? new Holidays(country, { types: ['public'] })
      : new Holidays(country, state, { types: ['public'] });
  const byYear = new Map();
  for (let year = FROM - 1; year <= TO; year += 1) {
    const byDate = new Map();
    for (const holiday of holidays.getHolidays(year)) {
      if (holiday.type !== 'public') continue;
      const first = holiday.date.slice(0, 10);
      const span = Math.max(
        1,
        Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000),
      );
      for (let offset = 0; offset < span; offset += 1) {
        const day = shiftDate(first, offset);
        if (!byDate.has(day)) byDate.set(day, holiday.name);
      }
    }
    byYear.set(year, byDate);
  }
  // A date's name is its own year's, else the previous year's (a holiday spilling over New Year).
  const dates = new Map();
  for (let year = FROM; year <= TO; year += 1) {
    const own = byYear.get(year);
    const previous = byYear.get(year - 1);
    const candidates = [...own.keys(), ...previous.keys()].filter(
      (d) => Number(d.slice(0, 4)) === year,
    );
    for (const date of candidates.sort()) {
      if (!dates.has(date)) dates.set(date, own.get(date) ?? previous.get(date));
    }
  }
  return dates;
}

/** { "2000": { "01-01": "name", … }, … } with dates sorted. */
function byYearObject(entries) {
  const out = {};
  for (const [date, name] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const year = date.slice(0, 4);
    (out[year] ??= {})[date.slice(5)] = name;
  }
  return out;
}

/** The calendars of one country: the country's own, then each region's differences. */
export function generateCountry(country) {
  const Holidays = require('date-holidays');
  const probe = new Holidays();
  if (probe.getCountries()[country] === undefined)
    throw new Error(`date-holidays knows no country ${country}`);
  const base = calendarDates(Holidays, country);
  const calendars = { [country]: byYearObject(base) };
  const states = Object.keys(probe.getStates(country) ?? {}).sort();
  for (const state of states) {
    const own = calendarDates(Holidays, country, state);
    const diff = new Map();
    for (const [date, name] of own) if (base.get(date) !== name) diff.set(date, name);
    for (const date of base.keys()) if (!own.has(date)) diff.set(date, null);
    calendars[`${country}-${state.toUpperCase()}`] = { base: country, ...byYearObject(diff) };
  }
  const version = require('date-holidays/package.json').version;
  return {
    description: `Public holidays of ${country} and of its regions, ${FROM}–${TO}, for rolling a deadline's last day over (Regulation 1182/71 Art. 3(4)). A region's calendar lists only its differences from the country's: a name where it has a holiday the country has not, null where the country's holiday is not one there. Outside the years, deadlines roll over weekends only and gdpr warns.`,
    source: [
      `date-holidays ${version} (https://github.com/commenthol/date-holidays), holidays of type "public"`,
      'https://eur-lex.europa.eu/eli/reg/1971/1182/oj',
    ],
    generated_by: 'scripts/gen-holidays.mjs',
    years: { from: FROM, to: TO },
    calendars,
  };
}

function main(argv) {
  let asOf = new Date().toISOString().slice(0, 10);
  let check = false;
  const codes = [];
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--as-of') asOf = argv[(i += 1)];
    else if (argv[i] === '--check') check = true;
    else codes.push(argv[i].toUpperCase());
  }
  mkdirSync(HOLIDAYS_DIR, { recursive: true });
  let stale = 0;
  for (const country of codes.length > 0 ? codes : countryCodes()) {
    const generated = generateCountry(country);
    const path = join(HOLIDAYS_DIR, `${country}.json`);
    if (check) {
      const current = JSON.parse(readFileSync(path, 'utf8'));
      const same =
        JSON.stringify(current.calendars) === JSON.stringify(generated.calendars) &&
        JSON.stringify(current.years) === JSON.stringify(generated.years);
      if (!same) {
        stale += 1;
        console.error(`${path} is stale: run npm run gen:holidays`);
      }
      continue;
    }
    writeFileSync(path, serialise({ as_of: asOf, ...generated }));
  }
  if (stale > 0) process.exit(1);
}

/** JSON with one line per year of a calendar: readable, and small diffs when data changes. */
function serialise(file) {
  const lines = ['{'];
  const keys = Object.keys(file);
  keys.forEach((key, i) => {
    const comma = i < keys.length - 1 ? ',' : '';
    if (key !== 'calendars') {
      lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(file[key])}${comma}`);
      return;
    }
    lines.push('  "calendars": {');
    const codes = Object.keys(file.calendars);
    codes.forEach((code, j) => {
      const calendar = file.calendars[code];
      const entries = Object.entries(calendar);
      lines.push(`    ${JSON.stringify(code)}: {`);
      entries.forEach(([k, v], n) => {
        lines.push(
          `      ${JSON.stringify(k)}: ${JSON.stringify(v)}${n < entries.length - 1 ? ',' : ''}`,
        );
      });
      lines.push(`    }${j < codes.length - 1 ? ',' : ''}`);
    });
    lines.push(`  }${comma}`);
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  main(process.argv.slice(2));
