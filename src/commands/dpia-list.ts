/** `gdpr dpia list [path]`: every DPIA with its activities, status, residual risk and next review. */
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { dpiaRows, dpiaTable } from '../dpia/list.js';
import { openRegister } from '../register/open.js';

export interface DpiaListOptions {
  path?: string;
  format?: 'table' | 'json';
}

export async function dpiaList(options: DpiaListOptions, io: Io): Promise<number> {
  const register = openRegister(io.cwd, options.path ?? '.');
  const rows = dpiaRows(register);
  io.stdout.write(options.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : dpiaTable(rows));
  return EXIT.ok;
}
