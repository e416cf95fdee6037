/** `gdpr request list [path]`: every request with its due date, status and days left or late. */
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { parseToday } from '../options.js';
import { openRegister } from '../register/open.js';
import { registerHolidays } from '../model/requests.js';
import { filterRequestRows, requestJson, requestRows, requestTable } from '../requests/list.js';

export interface RequestListOptions {
  path?: string;
  open?: boolean;
  overdue?: boolean;
  today?: string;
  format?: 'table' | 'json';
}

export async function requestList(options: RequestListOptions, io: Io): Promise<number> {
  const today = parseToday(options.today);
  const register = openRegister(io.cwd, options.path ?? '.');
  const calendar = await registerHolidays(register, (m) => io.stderr.write(`warning: ${m}\n`));
  const rows = filterRequestRows(requestRows(register, calendar, today), { open: options.open, overdue: options.overdue });
  io.stdout.write(options.format === 'json' ? requestJson(rows) : requestTable(rows));
  return EXIT.ok;
}
