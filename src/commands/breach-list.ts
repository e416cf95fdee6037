/** `gdpr breach list [path]`: the breach register (Art. 33(5)) with each decision and deadline. */
import { incidentRows, incidentTable } from '../breach/list.js';
import { displayZone } from '../breach/zone.js';
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { parseClock } from '../options.js';
import { listJson } from '../json.js';
import { emit, outputOf } from '../output.js';
import { openRegister } from '../register/open.js';
import type { BREACH_LIST, OptionsOf } from './specs.js';

/** The options and arguments of `gdpr breach list`, as declared in specs.ts. */
export type BreachListOptions = OptionsOf<typeof BREACH_LIST>;

export async function breachList(options: BreachListOptions, io: Io): Promise<number> {
  const { now } = parseClock(options);
  const register = openRegister(io.cwd, options.path, { lang: undefined });
  const rows = incidentRows(register, now, { open: options.open === true });
  const text =
    options.format === 'json'
      ? listJson('incidents', rows)
      : incidentTable(rows, displayZone(register.config?.data.organisation.country, io.env), {
          open: options.open === true,
        });
  await emit(io, text, outputOf(options));
  return EXIT.ok;
}
