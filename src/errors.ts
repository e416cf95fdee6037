/**
 * Typed errors that end a command with exit code 2 (usage, configuration) as ESLint and
 * changesets do. Anything else escaping a command is an internal error (also 2).
 * `file`/`line`/`column` position the problem when there is one.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface Position {
  file: string;
  line?: number;
  column?: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    message: string,
    readonly position?: Position,
  ) {
    super(message);
  }
}

/**
 * The register lacks an item a document must contain (exit 1, like a finding): the record is
 * incomplete, the command line was fine.
 */
export class IncompleteRecordError extends Error {
  override readonly name = 'IncompleteRecordError';
}

/**
 * The register has syntax or schema problems: commands other than `check` refuse to work on it.
 * `header` says so in the language of the command; `lines` are the problems, `file:line:col: …`.
 */
export class InvalidRegisterError extends Error {
  override readonly name = 'InvalidRegisterError';
  constructor(
    readonly lines: readonly string[],
    header: string,
  ) {
    super(`${header}\n${lines.map((l) => `  ${l}`).join('\n')}`);
  }
}

/** Exit codes of every command (README "Exit codes"). */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export function formatPosition(p: Position | undefined): string {
  if (!p) return '';
  return p.line ? `${p.file}:${p.line}:${p.column ?? 1}: ` : `${p.file}: `;
}
