import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { UsageError } from '../errors.js';

/**
 * Reads `--answers FILE` (YAML or JSON): a mapping from question name to answer. `-` reads
 * standard input (`gdpr breach new --answers - < incident.yaml`).
 */
export function readAnswersFile(
  cwd: string,
  file: string,
  readStdin: () => string = () => readFileSync(0, 'utf8'),
): Record<string, unknown> {
  let text: string;
  try {
    text = file === '-' ? readStdin() : readFileSync(resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new UsageError(
      `--answers ${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  let data: unknown;
  try {
    data = parse(text, { prettyErrors: true, uniqueKeys: true });
  } catch (e) {
    throw new UsageError(`--answers ${file}: ${(e as Error).message}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new UsageError(`--answers ${file}: expected a mapping of question names to answers`);
  return data as Record<string, unknown>;
}

/** The answers of `--answers FILE` with the flags given on the command line on top: flags win. */
export function mergeFlags(
  presetAnswers: Readonly<Record<string, unknown>>,
  flags: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const answers: Record<string, unknown> = { ...presetAnswers };
  for (const [name, value] of Object.entries(flags)) if (value !== undefined) answers[name] = value;
  return answers;
}
