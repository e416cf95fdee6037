/**
 * Inline suppressions in YAML comments, as ESLint's `eslint-disable-next-line`:
 *
 *     # gdpr-disable-next-line national-id-number -- payroll may use the NIR (décret 2019-341)
 *
 * hides the findings of the named rules (comma-separated) on the next line. The reason after
 * `--` is required; a directive without one, naming an unknown rule, or hiding nothing is a
 * finding of rule `suppression-directive`.
 */
import { DIRECTIVE } from '../register/source.js';

export { DIRECTIVE };

export interface Directive {
  /** 1-based line of the comment. */
  line: number;
  /** The line whose findings it hides. */
  target: number;
  rules: { id: string; range: [number, number] }[];
  reason: string | undefined;
  /** Offsets of the directive word, for findings about the directive itself. */
  range: [number, number];
}

const PATTERN = new RegExp(`^[ \\t]*#[ \\t]*${DIRECTIVE}\\b(.*)$`);

export function parseDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  if (!text.includes(DIRECTIVE)) return out;
  let offset = 0;
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const lineStart = offset;
    offset += raw.length + 1;
    const m = PATTERN.exec(raw.replace(/\r$/, ''));
    if (!m) return;
    const wordAt = lineStart + raw.indexOf(DIRECTIVE);
    const restAt = wordAt + DIRECTIVE.length;
    const rest = m[1] ?? '';
    const sep = rest.indexOf('--');
    const list = sep >= 0 ? rest.slice(0, sep) : rest;
    const reason = sep >= 0 ? rest.slice(sep + 2).trim() : '';
    const rules: Directive['rules'] = [];
    for (const found of list.matchAll(/[^\s,]+/g)) {
      const start = restAt + found.index;
      rules.push({ id: found[0], range: [start, start + found[0].length] });
    }
    out.push({
      line: i + 1,
      target: i + 2,
      rules,
      reason: reason === '' ? undefined : reason,
      range: [wordAt, restAt],
    });
  });
  return out;
}
