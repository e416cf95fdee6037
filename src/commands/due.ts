/** `gdpr due [path]`: every deadline of the register, soonest first, as a table, JSON or iCalendar. */
import { calendarJson, collectDeadlines, withinHorizon } from '../calendar/deadlines.js';
import { calendarIcs, calendarTable } from '../calendar/render.js';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { parseClock } from '../options.js';
import { emit, outputOf } from '../output.js';
import { openRegister } from '../register/open.js';
import { refusalText } from '../register/wording.js';
import { commandLanguage } from '../locale/index.js';
import { registerHolidays } from '../model/requests.js';
import type { DUE, OptionsOf } from './specs.js';

/** The options and arguments of `gdpr due`, as declared in specs.ts. */
export type DueOptions = OptionsOf<typeof DUE>;

export async function due(options: DueOptions, io: Io): Promise<number> {
  const output = outputOf(options);
  const { today } = parseClock(options);
  // No --lang: the refusals speak the register's first language, as `check` does.
  const register = openRegister(io.cwd, options.path, { lang: undefined });
  const calendar = await registerHolidays(register, (m) => io.stderr.write(`warning: ${m}\n`));
  let entries = collectDeadlines(register, calendar, today);
  if (options.within !== undefined) {
    try {
      entries = withinHorizon(entries, today, options.within);
    } catch {
      throw new UsageError(
        refusalText(commandLanguage(undefined, register.config?.data.languages), 'within', {
          value: options.within,
        }),
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
