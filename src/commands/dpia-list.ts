/** `gdpr dpia list [path]`: every DPIA with its activities, status, residual risk and next review. */
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { dpiaRows, dpiaTable } from '../dpia/list.js';
import { parseClock } from '../options.js';
import { listJson } from '../json.js';
import { emit, outputOf } from '../output.js';
import { openRegister } from '../register/open.js';
import type { DPIA_LIST, OptionsOf } from './specs.js';

/** The options and arguments of `gdpr dpia list`, as declared in specs.ts. */
export type DpiaListOptions = OptionsOf<typeof DPIA_LIST>;

export async function dpiaList(options: DpiaListOptions, io: Io): Promise<number> {
  const { today } = parseClock(options);
  const register = openRegister(io.cwd, options.path, { lang: undefined });
  const rows = dpiaRows(register);
  // The JSON keeps its documented fields; "Title (id)" is for people.
  const text =
    options.format === 'json'
      ? listJson(
          'dpias',
          rows.map(({ record: _shown, ...row }) => row),
        )
      : dpiaTable(rows, today);
  await emit(io, text, outputOf(options));
  return EXIT.ok;
}
