import { resolve } from 'node:path';
import { summarize, type Diagnostic } from './diagnostics.js';
import { EXIT } from './errors.js';
import { writeFileAtomicSync } from './fsx/write.js';
import type { Io, Writer } from './io.js';

/**
 * Writes a command's output to `--output FILE` atomically (a reader never sees half a file,
 * an interrupted run leaves the old file), or to standard output.
 */
export async function emit(
  io: Io,
  content: string | Uint8Array | Iterable<string>,
  outputFile: string | undefined,
): Promise<void> {
  if (outputFile === undefined || outputFile === '-') {
    if (typeof content === 'string') io.stdout.write(content);
    else if (content instanceof Uint8Array) io.stdout.write(Buffer.from(content).toString('utf8'));
    else await writePieces(io.stdout, content);
    return;
  }
  // An output file is replaced on purpose (it is generated), atomically.
  writeFileAtomicSync(resolve(io.cwd, outputFile), content, { force: true });
}

/**
 * Writes the pieces one after the other, each once the stream has taken the one before: output
 * to a pipe is asynchronous, and without waiting a slow reader would have the whole output wait
 * in memory. A stream that closes or fails (the reader went away) ends the wait.
 */
async function writePieces(out: Writer, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    if (out.write(piece) !== false || out.once === undefined) continue;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        for (const event of EVENTS) out.off?.(event, done);
        resolve();
      };
      for (const event of EVENTS) out.once?.(event, done);
    });
  }
}

const EVENTS = ['drain', 'close', 'error'] as const;

/**
 * The width stylish output wraps to: the terminal's when standard output is one; undefined
 * otherwise (a pipe, a file: the formatter's default, 100 columns).
 */
export function terminalWidth(io: Io, outputFile: string | undefined): number | undefined {
  const toStdout = outputFile === undefined || outputFile === '-';
  const columns = io.stdout.columns;
  return toStdout && io.stdout.isTTY === true && columns !== undefined && columns > 0
    ? columns
    : undefined;
}

/** The file of `-o, --output`, or of `--out`, its former name (still accepted, hidden in help). */
export function outputOf(options: {
  readonly output?: string | undefined;
  readonly out?: string | undefined;
}): string | undefined {
  return options.output ?? options.out;
}

/**
 * The exit code of a command that reports findings (`check`, `drift`): 1 on an error, or on more
 * warnings than `--max-warnings` (said on standard error); else 0.
 */
export function findingsExitCode(
  io: Io,
  diagnostics: readonly Diagnostic[],
  maxWarnings: number | undefined,
): number {
  const { errors, warnings } = summarize(diagnostics);
  if (errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(
      `gdpr: too many warnings (${warnings}); the maximum is ${maxWarnings} (--max-warnings).\n`,
    );
    return EXIT.findings;
  }
  return EXIT.ok;
}
