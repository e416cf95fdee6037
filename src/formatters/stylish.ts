import { Chalk } from 'chalk';
import { groupByFile, summarize, type Diagnostic, type Formatter } from '../diagnostics.js';
import { FALLBACK_LANGUAGE } from '../locale/index.js';
import { citedArticle, findingsLanguage, severityWord, summaryLine } from './words.js';

/**
 * Human-readable output modelled on ESLint's `stylish`: one block per file (in the order the caller
 * sorted them), one row per finding wrapped to `context.width` (the terminal's, given by the
 * caller; 100 columns when not given), then a summary. Prints nothing at all when clean, so
 * `gdpr check` stays silent in a passing pre-commit hook.
 */
export const formatStylish: Formatter = (diagnostics, context) => {
  if (diagnostics.length === 0) return '';
  // chalk 5 ignores NO_COLOR and sniffs the TTY itself; the CLI has already decided, so force it.
  const paint = new Chalk({ level: context.color ? 1 : 0 });

  const out: string[] = [];
  for (const [file, findings] of groupByFile(diagnostics)) {
    out.push(paint.underline(file));
    out.push(...alignedLines(findings, paint, context.width ?? DEFAULT_WIDTH));
    out.push('');
  }

  const counts = summarize(diagnostics);
  const summary = `✖ ${summaryLine(findingsLanguage(diagnostics), counts)}`;
  out.push(counts.errors > 0 ? paint.red.bold(summary) : paint.yellow.bold(summary));
  return out.join('\n') + '\n';
};

type Paint = InstanceType<typeof Chalk>;

/** The width used when the caller gives none (output is not a terminal). */
export const DEFAULT_WIDTH = 100;
/** Below this many columns for the message, wrapping would make a ribbon: let lines run long. */
const MIN_MESSAGE_WIDTH = 30;

interface Piece {
  text: string;
  kind: 'message' | 'rule' | 'article';
}

/**
 * ESLint-style rows: position and severity aligned per file, then the message, the rule and the
 * article. A row longer than the width wraps at spaces, its continuation lines starting under the
 * message; the rule and the article follow the message when they fit, else start a line of their
 * own, and are never cut (a word or an article wider than the space runs past it). Widths are
 * measured on the plain text and colour is applied after wrapping, so the layout is the same with
 * and without colour. Line numbers align right and columns left around the `:`, as in ESLint.
 */
function alignedLines(findings: readonly Diagnostic[], paint: Paint, width: number): string[] {
  const rows = findings.map((d) => ({
    line: String(d.line),
    column: String(d.column),
    severity: d.severity,
    severityWord: severityWord(d.lang ?? FALLBACK_LANGUAGE, d.severity),
    message: d.message.replace(/\s+/g, ' ').trim(),
    rule: d.rule,
    article: d.article === undefined ? '' : `(${citedArticle(d) ?? ''})`,
  }));
  const widest = (pick: (row: (typeof rows)[number]) => string): number =>
    Math.max(...rows.map((row) => pick(row).length));
  const lineWidth = widest((r) => r.line);
  const columnWidth = widest((r) => r.column);
  const severityWidth = widest((r) => r.severityWord);
  const indent = 2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2;
  const room = Math.max(MIN_MESSAGE_WIDTH, width - indent);

  return rows.flatMap((r) => {
    const severityColour = r.severity === 'error' ? paint.red : paint.yellow;
    const head =
      `  ${r.line.padStart(lineWidth)}:${r.column.padEnd(columnWidth)}  ` +
      severityColour(r.severityWord) +
      ' '.repeat(severityWidth - r.severityWord.length) +
      '  ';
    const pieces: Piece[] = [
      ...r.message.split(' ').map((text): Piece => ({ text, kind: 'message' })),
      { text: r.rule, kind: 'rule' },
    ];
    if (r.article !== '') pieces.push({ text: r.article, kind: 'article' });
    return wrap(pieces, room).map(
      (line, i) => (i === 0 ? head : ' '.repeat(indent)) + paintLine(line, paint),
    );
  });
}

/** Greedy wrap: words of the message joined by one space, the rule and the article by two. */
function wrap(pieces: readonly Piece[], room: number): Piece[][] {
  const lines: Piece[][] = [];
  let current: Piece[] = [];
  let length = 0;
  for (const piece of pieces) {
    const gap = current.length === 0 ? 0 : piece.kind === 'message' ? 1 : 2;
    if (current.length > 0 && length + gap + piece.text.length > room) {
      lines.push(current);
      current = [];
      length = 0;
    }
    length += (current.length === 0 ? 0 : gap) + piece.text.length;
    current.push(piece);
  }
  if (current.length > 0) lines.push(current);
  return lines;
}

function paintLine(line: readonly Piece[], paint: Paint): string {
  let out = '';
  line.forEach((piece, i) => {
    if (i > 0) out += piece.kind === 'message' ? ' ' : '  ';
    out += piece.kind === 'message' ? piece.text : paint.dim(piece.text);
  });
  return out;
}
