/**
 * `--history FILE`: the findings of past runs of `gdpr check`, for the chart of findings over
 * time. The file is a JSON list of `gdpr check --format json` reports, each with the day it was
 * made added as `date`: `[{ "date": "2026-09-01", "summary": { "errors": 2, "warnings": 5 } }, …]`
 * (other fields, such as `diagnostics`, are allowed and ignored). A bad entry is reported at its
 * line and column.
 */
import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { ConfigError } from '../errors.js';

export interface HistoryPoint {
  /** YYYY-MM-DD */
  date: string;
  errors: number;
  warnings: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EXAMPLE = '[{ "date": "2026-09-01", "summary": { "errors": 2, "warnings": 5 } }]';

/** Reads the history file; `shown` is its path as the user gave it (for messages). */
export function readHistory(path: string, shown: string): HistoryPoint[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new ConfigError(
      `cannot read the --history file (${code || (e as Error).message}); give a JSON file of ` +
        `past \`gdpr check --format json\` reports`,
      { file: shown },
    );
  }
  return parseHistory(text, shown);
}

export function parseHistory(text: string, shown: string): HistoryPoint[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (node: Node | null | undefined): { file: string; line?: number; column?: number } => {
    const offset = node?.range?.[0];
    if (offset === undefined) return { file: shown };
    const pos = lineCounter.linePos(offset);
    return { file: shown, line: pos.line, column: pos.col };
  };
  const syntax = doc.errors[0];
  if (syntax !== undefined) {
    const pos = lineCounter.linePos(syntax.pos[0]);
    throw new ConfigError(
      `is not valid JSON (${syntax.message.split('\n')[0] ?? syntax.code}); the --history file ` +
        `is a list like ${EXAMPLE}`,
      { file: shown, line: pos.line, column: pos.col },
    );
  }
  const root = doc.contents;
  if (!isSeq(root))
    throw new ConfigError(
      `the --history file must be a list of past \`gdpr check --format json\` reports, each with ` +
        `its date, like ${EXAMPLE}`,
      at(root),
    );
  const points: HistoryPoint[] = [];
  const seen = new Set<string>();
  for (const item of root.items) {
    const node = item as Node | null;
    if (!isMap(node))
      throw new ConfigError(
        `each entry of the --history file is a report object with \`date\` and \`summary\`, like ${EXAMPLE}`,
        at(node),
      );
    const date: unknown = node.get('date');
    const dateNode = node.get('date', true) as Node | undefined;
    if (typeof date !== 'string' || !DATE.test(date) || Number.isNaN(Date.parse(date)))
      throw new ConfigError(
        'this report has no valid `date`: add the day it was made, as "YYYY-MM-DD"',
        at(dateNode ?? node),
      );
    if (seen.has(date))
      throw new ConfigError(
        `two reports have the date ${date}: keep one report per day`,
        at(dateNode),
      );
    seen.add(date);
    const summary = node.get('summary', true) as Node | undefined;
    const errors: unknown = isMap(summary) ? summary.get('errors') : undefined;
    const warnings: unknown = isMap(summary) ? summary.get('warnings') : undefined;
    if (!isCount(errors) || !isCount(warnings))
      throw new ConfigError(
        'this report has no `summary` with whole numbers `errors` and `warnings`; use the JSON ' +
          'report of `gdpr check --format json` as it is, with its `date` added',
        at(summary ?? node),
      );
    points.push({ date, errors, warnings });
  }
  return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
