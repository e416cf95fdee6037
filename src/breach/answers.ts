/**
 * What the breach commands that ask questions (`new`, `update`) add to the shared wizard
 * skeleton (src/prompts/wizard.ts): their answers come from a file, never from flags.
 */
import { UsageError } from '../errors.js';

/** Refuses answer names no question has (a typo would otherwise be ignored silently). */
export function checkAnswerNames(
  answers: Readonly<Record<string, unknown>>,
  known: readonly string[],
  file: string,
): void {
  const unknown = Object.keys(answers).filter((k) => !known.includes(k));
  if (unknown.length > 0) {
    throw new UsageError(
      `--answers ${file}: unknown answer${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; ` +
        `the questions are: ${known.join(', ')}`,
    );
  }
}

/** The line under the missing-answers list of `breach new|update`. */
export const BREACH_MISSING_HINT =
  'Answer them with --answers FILE (a YAML map of these names), or run the command in a terminal.';
