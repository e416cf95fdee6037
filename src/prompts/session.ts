/**
 * What the wizards (`init`, `request new|update`, `dpia screen`) share: the terminal is loaded
 * only for an interactive run (inquirer stays out of scripts and CI), and a run without a
 * terminal that lacks answers lists them and exits 2 without writing anything.
 */
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import type { Asker, MissingAnswersError } from './asker.js';

export interface WizardDependencies {
  /** The terminal asker; injected by tests, loaded lazily otherwise. */
  terminal?: () => Promise<Asker>;
}

/** The terminal asker for an interactive run; `undefined` without a terminal. */
export async function terminalFor(io: Io, deps: WizardDependencies): Promise<Asker | undefined> {
  if (!io.interactive) return undefined;
  if (deps.terminal) return deps.terminal();
  return (await import('./inquirer.js')).terminalAsker();
}

const DEFAULT_HINT =
  'Answer them with the flags shown or with --answers FILE (a YAML map of these names).';

/** Lists the missing answers with the flag answering each, then `hint`; exit 2. */
export function reportMissing(
  e: MissingAnswersError,
  io: Io,
  flagOf: Readonly<Record<string, string>>,
  hint = DEFAULT_HINT,
): number {
  const width = Math.max(...e.missing.map((m) => m.name.length));
  const lines = e.missing.map(
    (m) =>
      `  ${m.name.padEnd(width)}  ${m.message}${flagOf[m.name] ? ` (${flagOf[m.name]})` : ''}\n`,
  );
  io.stderr.write(
    `gdpr: missing answers (no terminal to ask them); nothing was written:\n${lines.join('')}${hint}\n`,
  );
  return EXIT.usage;
}
