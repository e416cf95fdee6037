/**
 * The one shape every finding takes, from the loader, the rules and the engine, on its way to a
 * formatter. Positions are 1-based; `file` is relative to the working directory with `/`
 * separators so that editors and CI annotations can open it.
 */
export type Severity = 'error' | 'warning';
export type SeveritySetting = Severity | 'off';

export interface Diagnostic {
  /** Rule id, e.g. `retention-required`. */
  rule: string;
  severity: Severity;
  /** Full sentence, saying what is wrong and how to fix it. */
  message: string;
  /** Path relative to the working directory, `/` separators. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Where inside the document, e.g. `purposes[0].legal_basis` ('' for the whole document). */
  path: string;
  /** The article or guidance the rule comes from, e.g. `GDPR Art. 30(1)(f)`; absent when none. */
  article?: string;
  /**
   * The language `message` is worded in, when it is not English. Text formats then cite the
   * article and write their own words in it; machine formats (JSON, SARIF) keep `article` as is.
   */
  lang?: string;
}

export interface Summary {
  errors: number;
  warnings: number;
}

export function summarize(diagnostics: readonly Diagnostic[]): Summary {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** Deterministic order: file, line, column, rule, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** Findings grouped by file, files in the order they first appear (the caller sorts). */
export function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const group = groups.get(d.file);
    if (group) group.push(d);
    else groups.set(d.file, [d]);
  }
  return groups;
}

/** Options every formatter receives from the caller (formatters never decide colour themselves). */
export interface FormatContext {
  /** Colour output (stylish only). Decided once by the CLI. */
  color: boolean;
  /**
   * Columns to wrap to (stylish only): the terminal's width when writing to one, else 100.
   * Decided by the CLI (`terminalWidth` in output.ts); the formatter stays pure.
   */
  width?: number | undefined;
  /** Working directory, for formatters that need absolute URIs (SARIF). */
  cwd: string;
  /** Tool version, for formats that record it (SARIF, JSON). */
  toolVersion: string;
  /** Rule metadata for formats that describe rules (SARIF). */
  rules: readonly {
    id: string;
    description: string;
    article?: string;
    severity: Severity;
    helpUri?: string;
  }[];
}

export type Formatter = (diagnostics: readonly Diagnostic[], context: FormatContext) => string;
