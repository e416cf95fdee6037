/** `gdpr due [path]`: every deadline of the register, soonest first, as a table, JSON or iCalendar. */
import { calendarJson, collectDeadlines, withinHorizon } from '../calendar/deadlines.js';
import { calendarIcs, calendarTable } from '../calendar/render.js';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { parseClock } from '../options.js';
import { emit, outputOf } from '../output.js';
import { openRegister } from '../register/open.js';
import { registerHolidays } from '../model/requests.js';
import type { DUE, OptionsOf } from './specs.js';

/** The options and arguments of `gdpr due`, as declared in specs.ts. */
export type DueOptions = OptionsOf<typeof DUE>;

export async function due(options: DueOptions, io: Io): Promise<number> {
  const output = outputOf(options);
  const { today } = parseClock(options);
  const register = openRegister(io.cwd, options.path);
  const calendar = await registerHolidays(register, (m) => io.stderr.write(`warning: ${m}\n`));
  let entries = collectDeadlines(register, calendar, today);
  if (options.within !== undefined) {
    try {
      entries = withinHorizon(entries, today, options.within);
    } catch {
      throw new UsageError(
        `--within must be an ISO 8601 duration in days, weeks, months or years, e.g. P30D or P3M ` +
          `(got "${options.within}")`,
      );
    }
  }
  let text: string;
  if (options.format === 'json') text = calendarJson(entries);
  else if (options.format === 'ics') {
    const organisation = register.config?.data.organisation.name;
    text = await calendarIcs(entries, {
      today,
      name: organisation ? `GDPR deadlines — ${organisation}` : 'GDPR deadlines',
    });
  } else text = calendarTable(entries, today);
  await emit(io, text, output);
  return EXIT.ok;
}
