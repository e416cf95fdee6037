import type { Diagnostic, Formatter } from '../diagnostics.js';
import { citedArticle } from './words.js';

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.
 * Escaping follows actions/toolkit `packages/core/src/command.ts` exactly; without it a `%`,
 * newline, `:` or `,` in a message or path truncates or corrupts the annotation.
 */
export const formatGithub: Formatter = (diagnostics) =>
  diagnostics.map((d) => annotation(d) + '\n').join('');

function annotation(d: Diagnostic): string {
  const properties: [key: string, value: string][] = [
    ['file', d.file],
    ['line', String(d.line)],
    ['col', String(d.column)],
    ['endLine', String(d.endLine)],
    ['endColumn', String(d.endColumn)],
    ['title', d.rule],
  ];
  const propertyList = properties
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  const article = citedArticle(d);
  const message = article === undefined ? d.message : `${d.message} (${article})`;
  return `::${d.severity} ${propertyList}::${escapeData(message)}`;
}

/** actions/toolkit `escapeData`. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** actions/toolkit `escapeProperty`: `:` and `,` delimit properties, so they are escaped too. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
