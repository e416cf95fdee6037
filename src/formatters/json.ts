import { summarize, type Diagnostic, type Formatter, type Severity } from '../diagnostics.js';

/** Bumped only on a breaking change to {@link JsonReport}; adding a key is not breaking. */
export const JSON_REPORT_VERSION = 1;

/**
 * The machine-readable output of `gdpr check --format json`. This is a public, versioned
 * interface: scripts and dashboards parse it, so its shape only changes together with `version`.
 *
 * ```json
 * {
 *   "version": 1,
 *   "summary": { "errors": 1, "warnings": 0 },
 *   "diagnostics": [
 *     {
 *       "rule": "retention-required",
 *       "severity": "error",
 *       "message": "…",
 *       "file": "register/activities/payroll.yaml",
 *       "line": 4, "column": 3, "endLine": 4, "endColumn": 18,
 *       "path": "purposes[0]",
 *       "article": "GDPR Art. 30(1)(f)"
 *     }
 *   ]
 * }
 * ```
 *
 * - `diagnostics` is in the order the caller sorted it (file, line, column, rule, message).
 * - `file` is relative to the working directory, with `/` separators.
 * - `line`, `column`, `endLine`, `endColumn` are 1-based.
 * - `path` locates the finding inside the YAML document (`''` for the whole document).
 * - `article` is the legal source of the rule, or `null` when there is none (always present, so
 *   consumers need not distinguish a missing key from a missing article).
 * - The output is pretty-printed with two spaces and ends with a newline.
 */
export interface JsonReport {
  version: typeof JSON_REPORT_VERSION;
  summary: { errors: number; warnings: number };
  diagnostics: JsonDiagnostic[];
}

export interface JsonDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  path: string;
  article: string | null;
}

/** The report as an object (the programmatic API returns it; the formatter prints it). */
export function jsonReport(diagnostics: readonly Diagnostic[]): JsonReport {
  return {
    version: JSON_REPORT_VERSION,
    summary: summarize(diagnostics),
    diagnostics: diagnostics.map(toJsonDiagnostic),
  };
}

export const formatJson: Formatter = (diagnostics) => [...jsonChunks(diagnostics)].join('');

/** Diagnostics written per piece of {@link jsonChunks}: a few tens of kilobytes. */
const PER_CHUNK = 128;

/**
 * The report in pieces, the same bytes as `JSON.stringify(jsonReport(diagnostics), null, 2)`
 * and a newline: each diagnostic is stringified on its own and indented to its depth. A large
 * register's report is written piece by piece rather than built whole (50 000 findings make a
 * string of 26 million characters, twice that in memory when a message has a typographic
 * apostrophe).
 */
export function* jsonChunks(diagnostics: readonly Diagnostic[]): Generator<string> {
  const summary = JSON.stringify(summarize(diagnostics), null, 2).replace(/\n/g, '\n  ');
  const head = `{\n  "version": ${JSON.stringify(JSON_REPORT_VERSION)},\n  "summary": ${summary},\n  "diagnostics": [`;
  if (diagnostics.length === 0) {
    yield `${head}]\n}\n`;
    return;
  }
  let chunk = `${head}\n`;
  const last = diagnostics.length - 1;
  for (const [i, d] of diagnostics.entries()) {
    const item = JSON.stringify(toJsonDiagnostic(d), null, 2);
    chunk += `    ${item.replace(/\n/g, '\n    ')}${i === last ? '\n' : ',\n'}`;
    if (i % PER_CHUNK === PER_CHUNK - 1 && i !== last) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}  ]\n}\n`;
}

/** Rebuilt key by key so that the key order is fixed and no extra property leaks into the output. */
function toJsonDiagnostic(d: Diagnostic): JsonDiagnostic {
  return {
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    path: d.path,
    article: d.article ?? null,
  };
}
