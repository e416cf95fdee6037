/** `gdpr request list [path]`: every request with its due date, status and days left or late. */
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { parseClock } from '../options.js';
import { emit, outputOf } from '../output.js';
import { openRegister } from '../register/open.js';
import { registerHolidays } from '../model/requests.js';
import { filterRequestRows, requestJson, requestRows, requestTable } from '../requests/list.js';
import type { REQUEST_LIST, OptionsOf } from './specs.js';

/** The options and arguments of `gdpr request list`, as declared in specs.ts. */
export type RequestListOptions = OptionsOf<typeof REQUEST_LIST>;

export async function requestList(options: RequestListOptions, io: Io): Promise<number> {
  const { today } = parseClock(options);
  const register = openRegister(io.cwd, options.path, { lang: undefined });
  const calendar = await registerHolidays(register, (m) => io.stderr.write(`warning: ${m}\n`));
  const rows = filterRequestRows(requestRows(register, calendar, today), {
    open: options.open,
    overdue: options.overdue,
  });
  await emit(
    io,
    options.format === 'json' ? requestJson(rows) : requestTable(rows),
    outputOf(options),
  );
  return EXIT.ok;
}
