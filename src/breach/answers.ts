/** Shared plumbing of the breach commands that ask questions (`new`, `update`). */
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import type { Asker, MissingAnswersError } from '../prompts/asker.js';

/** Refuses answer names no question has (a typo would otherwise be ignored silently). */
export function checkAnswerNames(answers: Readonly<Record<string, unknown>>, known: readonly string[], file: string): void {
  const unknown = Object.keys(answers).filter((k) => !known.includes(k));
  if (unknown.length > 0) {
    throw new UsageError(`--answers ${file}: unknown answer${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; the questions are: ${known.join(', ')}`);
  }
}

export function reportMissing(e: MissingAnswersError, io: Io): number {
  const width = Math.max(...e.missing.map((m) => m.name.length));
  io.stderr.write(
    `gdpr: missing answers (no terminal to ask them); nothing was written:\n${e.missing.map((m) => `  ${m.name.padEnd(width)}  ${m.message}\n`).join('')}` +
      'Answer them with --answers FILE (a YAML map of these names), or run the command in a terminal.\n',
  );
  return EXIT.usage;
}

export async function loadTerminal(): Promise<Asker> {
  return (await import('../prompts/inquirer.js')).terminalAsker();
}
