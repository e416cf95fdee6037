import type { Diagnostic, FormatContext, Formatter } from '../diagnostics.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab'] as const;
export type FormatName = (typeof FORMATS)[number];

export function isFormatName(value: string): value is FormatName {
  return (FORMATS as readonly string[]).includes(value);
}

/**
 * The formats that describe every rule of the tool, not only those found (SARIF's
 * `tool.driver.rules`); the others are given none (`FormatContext.rules` is empty), so that a
 * check its cache replays does not load the rules.
 */
export function describesRules(name: FormatName): boolean {
  return name === 'sarif';
}

/**
 * Imports only the formatter asked for, so `gdpr check` does not load the code of the other four
 * on every run.
 */
export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).formatStylish;
    case 'json':
      return (await import('./json.js')).formatJson;
    case 'sarif':
      return (await import('./sarif.js')).formatSarif;
    case 'junit':
      return (await import('./junit.js')).formatJunit;
    case 'github':
      return (await import('./github.js')).formatGithub;
    case 'gitlab':
      return (await import('./gitlab.js')).formatGitlab;
    default:
      // Reached only when an unchecked string slips past the type; the CLI validates with isFormatName.
      throw new Error(
        `Unknown format "${String(name satisfies never)}"; expected one of: ${FORMATS.join(', ')}.`,
      );
  }
}

/**
 * The formatter asked for, writing its output in pieces: JSON streams its diagnostics (a large
 * register's report is never one string); the others give their output as one piece.
 */
export async function loadChunkedFormatter(
  name: FormatName,
): Promise<(diagnostics: readonly Diagnostic[], context: FormatContext) => Iterable<string>> {
  if (name === 'json') return (await import('./json.js')).jsonChunks;
  const formatter = await loadFormatter(name);
  return (diagnostics, context) => [formatter(diagnostics, context)];
}
