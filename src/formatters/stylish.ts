import { Chalk } from 'chalk';
import { groupByFile, summarize, type Diagnostic, type Formatter } from '../diagnostics.js';

/**
 * Human-readable output modelled on ESLint's `stylish`: one block per file (in the order the caller
 * sorted them), one aligned line per finding, then a summary. Prints nothing at all when clean, so
 * `gdpr check` stays silent in a passing pre-commit hook.
 */
export const formatStylish: Formatter = (diagnostics, context) => {
  if (diagnostics.length === 0) return '';
  // chalk 5 ignores NO_COLOR and sniffs the TTY itself; the CLI has already decided, so force it.
  const paint = new Chalk({ level: context.color ? 1 : 0 });

  const out: string[] = [];
  for (const [file, findings] of groupByFile(diagnostics)) {
    out.push(paint.underline(file));
    out.push(...alignedLines(findings, paint));
    out.push('');
  }

  const { errors, warnings } = summarize(diagnostics);
  const total = errors + warnings;
  const summary =
    `✖ ${total} ${plural(total, 'problem')} ` +
    `(${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')})`;
  out.push(errors > 0 ? paint.red.bold(summary) : paint.yellow.bold(summary));
  return out.join('\n') + '\n';
};

type Paint = InstanceType<typeof Chalk>;

/**
 * Widths are measured on the plain text and colour is applied after padding, so alignment is the
 * same with and without colour. Line numbers align right and columns left around the `:`, as in
 * ESLint, so that `9:1` and `12:14` line up on the colon.
 */
function alignedLines(findings: readonly Diagnostic[], paint: Paint): string[] {
  const rows = findings.map((d) => ({
    line: String(d.line),
    column: String(d.column),
    severity: d.severity,
    // One finding per line keeps the output greppable; a multi-line message would break the table.
    message: d.message.replace(/\r\n|\r|\n/g, ' '),
    rule: d.rule,
    article: d.article === undefined ? '' : `(${d.article})`,
  }));
  const width = (pick: (row: (typeof rows)[number]) => string): number =>
    Math.max(...rows.map((row) => pick(row).length));
  const lineWidth = width((r) => r.line);
  const columnWidth = width((r) => r.column);
  const severityWidth = width((r) => r.severity);
  const messageWidth = width((r) => r.message);
  const ruleWidth = width((r) => r.rule);

  return rows.map((r) => {
    const severityColour = r.severity === 'error' ? paint.red : paint.yellow;
    const cells = [
      `${r.line.padStart(lineWidth)}:${r.column.padEnd(columnWidth)}`,
      severityColour(r.severity) + ' '.repeat(severityWidth - r.severity.length),
      r.message.padEnd(messageWidth),
    ];
    if (r.article === '') {
      cells.push(paint.dim(r.rule));
    } else {
      cells.push(paint.dim(r.rule) + ' '.repeat(ruleWidth - r.rule.length), paint.dim(r.article));
    }
    return `  ${cells.join('  ')}`.trimEnd();
  });
}

function plural(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}
