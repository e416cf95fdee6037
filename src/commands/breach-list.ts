/** `gdpr breach list [path]`: the breach register (Art. 33(5)) with each decision and deadline. */
import { incidentRows, incidentTable } from '../breach/list.js';
import { displayZone } from '../breach/zone.js';
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { parseNow } from '../options.js';
import { openRegister } from '../register/open.js';

export interface BreachListOptions {
  path?: string;
  open?: boolean;
  now?: string;
  format?: 'table' | 'json';
}

export async function breachList(options: BreachListOptions, io: Io): Promise<number> {
  const now = parseNow(options.now, undefined);
  const register = openRegister(io.cwd, options.path ?? '.');
  const rows = incidentRows(register, now, { open: options.open === true });
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    io.stdout.write(incidentTable(rows, displayZone(register.config?.data.organisation.country, io.env), { open: options.open === true }));
  }
  return EXIT.ok;
}
