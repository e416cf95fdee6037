/**
 * The one skeleton of the commands that ask questions and write records (`init`, `breach
 * new|update`, `request new|update`, `dpia screen`):
 *
 * 1. answers come from flags and `--answers FILE` (or `-`, standard input), then from the
 *    terminal when there is one;
 * 2. every question is answered before anything is written: without a terminal, the missing
 *    answers are listed and the command exits 2 having written nothing;
 * 3. new files are checked before the first write and never replaced without `--force`: an
 *    existing one gives one message and exit 2, nothing written;
 * 4. every write is atomic (src/fsx/write.ts).
 */
import { existsSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { EXIT, UsageError } from '../errors.js';
import { FileExistsError, writeFileAtomicSync } from '../fsx/write.js';
import type { Io } from '../io.js';
import { InvalidAnswerError, MissingAnswersError, PresetAsker } from './asker.js';
import { reportMissing, terminalFor, type WizardDependencies } from './session.js';

/** Files that exist where a wizard would create new ones: its message is printed, exit 2. */
export class ExistingFilesError extends UsageError {}

export interface WizardFlow<T> {
  /** Answers from flags and `--answers`, by question name. */
  preset: Readonly<Record<string, unknown>>;
  /** Whether the terminal may ask what the preset leaves out; default: when there is one. */
  terminal?: boolean;
  /** Question name → the flag that answers it, shown in the missing-answers list. */
  flagOf?: Readonly<Record<string, string>>;
  /** The line under the missing-answers list. */
  hint?: string;
  /** Asks every question; `asker.assertComplete()` is called after it. */
  ask: (asker: PresetAsker) => Promise<T>;
  /** Writes (with `writeFiles`) and reports; returns the exit code. */
  write: (answers: T) => Promise<number> | number;
}

/**
 * Runs a wizard: asks, then writes. Missing answers and existing files end it with exit 2 and a
 * message, nothing written; an invalid preset answer is a usage error.
 */
export async function runWizard<T>(
  io: Io,
  deps: WizardDependencies,
  flow: WizardFlow<T>,
): Promise<number> {
  const fallback = flow.terminal === false ? undefined : await terminalFor(io, deps);
  const asker = new PresetAsker(flow.preset, fallback);
  let answers: T;
  try {
    answers = await flow.ask(asker);
    asker.assertComplete();
  } catch (e) {
    if (e instanceof MissingAnswersError) return reportMissing(e, io, flow.flagOf ?? {}, flow.hint);
    if (e instanceof InvalidAnswerError) throw new UsageError(e.message);
    throw e;
  }
  try {
    return await flow.write(answers);
  } catch (e) {
    if (!(e instanceof ExistingFilesError)) throw e;
    io.stderr.write(`gdpr: ${e.message}\n`);
    return EXIT.usage;
  }
}

export interface FileToWrite {
  abs: string;
  content: string;
  /** An existing record rewritten in place (an update): replacing it is the point. */
  replace?: boolean;
}

export interface WriteFilesOptions {
  /** Replace existing files (`--force`). */
  force?: boolean;
  /** The message when new files exist, given their paths as shown to the user. */
  existing?: (shown: readonly string[]) => string;
}

function defaultExisting(shown: readonly string[]): string {
  return shown.length === 1
    ? `${shown[0] ?? ''} already exists; nothing was written (use --force to replace it)`
    : `these files already exist; nothing was written (use --force to replace them):\n${shown.map((s) => `  ${s}`).join('\n')}`;
}

/** A path as shown to the user: relative to the working directory, `/`-separated. */
export function shownPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

/**
 * Writes `files` in order, each atomically, after checking that none of the new ones exists
 * (unless `force`). Returns the paths written, as shown to the user. Throws `ExistingFilesError`
 * before the first write when a new file exists, or when one appears while writing (it is kept).
 */
export function writeFiles(
  io: Io,
  files: readonly FileToWrite[],
  options: WriteFilesOptions = {},
): string[] {
  const force = options.force === true;
  const existing = force
    ? []
    : files
        .filter((f) => f.replace !== true && existsSync(f.abs))
        .map((f) => shownPath(f.abs, io.cwd));
  if (existing.length > 0) {
    const message = options.existing ?? defaultExisting;
    throw new ExistingFilesError(message(existing));
  }
  const written: string[] = [];
  for (const file of files) {
    try {
      writeFileAtomicSync(file.abs, file.content, { force: force || file.replace === true });
    } catch (e) {
      if (!(e instanceof FileExistsError)) throw e;
      throw new ExistingFilesError(
        `${shownPath(file.abs, io.cwd)} appeared while writing; it was kept. Written so far: ${written.join(', ') || 'nothing'}.`,
      );
    }
    written.push(shownPath(file.abs, io.cwd));
  }
  return written;
}
