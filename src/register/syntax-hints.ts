/**
 * YAML's own words for a syntax error ("Implicit keys need to be on a single line") say what
 * the parser saw, not what the author did. This turns the parser's errors into problems that
 * point at the actual fault (the over-indented key, the opening quote, the tab) with a hint on
 * how to fix it, and keeps one problem per slip: an indentation mistake makes the parser report
 * two or three errors on the lines around it, of which only the first is useful.
 */
import type { YAMLError } from 'yaml';
import { englishProblem, wording, type Wording } from './wording.js';

export interface SyntaxProblem {
  code: string;
  range: [number, number];
  /** In English; `wording` is the same for the language of the output. */
  message: string;
  wording: Wording;
}

/** The parser's errors, in order, as problems with hints; errors cascading from one slip dropped. */
export function syntaxProblems(text: string, errors: readonly YAMLError[]): SyntaxProblem[] {
  const out: SyntaxProblem[] = [];
  /** Lines (0-based) already explained by a kept problem: errors there are its cascade. */
  const covered: [number, number][] = [];
  for (const err of errors) {
    const errLine = lineOf(text, err.pos[0]);
    if (covered.some(([a, b]) => errLine >= a && errLine <= b)) continue;
    const p = explain(text, err);
    out.push(p);
    const faultLine = lineOf(text, p.range[0]);
    covered.push([Math.min(errLine, faultLine) - 1, Math.max(errLine, faultLine) + 1]);
    // A quote left open swallows the rest of the file: nothing after it is worth reporting.
    if (p.code === 'UNCLOSED_QUOTE') covered.push([faultLine, Number.MAX_SAFE_INTEGER]);
  }
  return out;
}

function explain(text: string, err: YAMLError): SyntaxProblem {
  const said = cleanYamlMessage(err.message);
  const at = err.pos[0];
  const problem = (
    code: string,
    offset: number,
    key: string,
    values?: Wording['values'],
  ): SyntaxProblem => {
    const w = wording('syntax.with_parser', { hint: wording(`syntax.${key}`, values), said });
    return { code, range: [offset, offset + 1], message: englishProblem(w), wording: w };
  };

  const tab = tabIndentationAt(text, at) ?? tabIndentationInRange(text, err.pos);
  if (tab !== undefined) return problem('TAB_AS_INDENT', tab, 'tab');

  if (err.code === 'MISSING_CHAR' && /^Missing closing (["'])quote/.test(said)) {
    const quote = said.includes('"') ? '"' : "'";
    const open = unclosedQuote(text, quote, at);
    return problem('UNCLOSED_QUOTE', open ?? at, 'unclosed_quote', {
      quote,
      escape: quote === '"' ? '\\"' : "''",
    });
  }

  if (err.code === 'BLOCK_AS_IMPLICIT_KEY' || err.code === 'MULTILINE_IMPLICIT_KEY') {
    const line = lineStart(text, at);
    const rest = text.slice(at, lineEnd(text, at));
    const second = /\S:(\s|$)/.exec(rest);
    if (said.startsWith('Nested mappings') && second) {
      return problem('TWO_KEYS_ON_ONE_LINE', at + second.index + 1, 'two_keys');
    }
    if (said.includes('block sequence')) {
      return problem('BAD_INDENT', firstContent(text, line), 'list_item_indent');
    }
    const next = nextContentLine(text, line);
    if (next !== undefined && indentOf(text, next) > indentOf(text, line)) {
      return problem('BAD_INDENT', firstContent(text, next), 'over_indented');
    }
  }

  if (err.code === 'MISSING_CHAR' && said.startsWith('Sequence item without - indicator')) {
    return problem('BAD_INDENT', firstContent(text, lineStart(text, at)), 'outside_list_item');
  }

  if (err.code === 'BAD_INDENT' && said.includes('must start at the same column')) {
    const start = lineStart(text, at);
    const list = said.includes('sequence');
    return problem(
      'BAD_INDENT',
      firstContent(text, start),
      list ? 'list_item_not_aligned' : 'key_not_aligned',
    );
  }

  if (err.code === 'MISSING_CHAR' && said.startsWith('Implicit map keys need to be followed')) {
    return problem('MISSING_CHAR', firstContent(text, lineStart(text, at)), 'missing_colon');
  }

  const w = wording('syntax.parser', { said });
  return {
    code: err.code,
    range: [at, Math.max(err.pos[1], at + 1)],
    message: englishProblem(w),
    wording: w,
  };
}

/** yaml's messages end with " at line X, column Y" even with prettyErrors off: we print positions ourselves. */
export function cleanYamlMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').replace(/\s+$/, '');
}

function lineOf(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
}

function lineEnd(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i;
}

function indentOf(text: string, start: number): number {
  return /^ */.exec(text.slice(start, lineEnd(text, start)))?.[0].length ?? 0;
}

function firstContent(text: string, start: number): number {
  return start + indentOf(text, start);
}

/** Start of the next line that holds something other than spaces or a comment. */
function nextContentLine(text: string, start: number): number | undefined {
  for (let i = text.indexOf('\n', start); i >= 0; i = text.indexOf('\n', i + 1)) {
    const line = text.slice(i + 1, lineEnd(text, i + 1)).trim();
    if (line !== '' && !line.startsWith('#')) return i + 1;
  }
  return undefined;
}

/** Offset of a tab in the indentation of the line holding `offset`, if there is one. */
function tabIndentationAt(text: string, offset: number): number | undefined {
  const start = lineStart(text, offset);
  const indent = /^[ \t]*/.exec(text.slice(start, start + 200))?.[0] ?? '';
  const i = indent.indexOf('\t');
  return i >= 0 ? start + i : undefined;
}

/** A tab indenting one of the lines the error spans, or the line after it (the parser may stop short). */
function tabIndentationInRange(text: string, [from, to]: [number, number]): number | undefined {
  const last = nextContentLine(text, lineStart(text, Math.max(from, to - 1)));
  for (let s = lineStart(text, from); s <= (last ?? s);) {
    const tab = tabIndentationAt(text, s);
    if (tab !== undefined) return tab;
    const end = text.indexOf('\n', s);
    if (end < 0) break;
    s = end + 1;
  }
  return undefined;
}

/** The first quote before `before` that opens a scalar and does not close on its own line. */
function unclosedQuote(text: string, quote: string, before: number): number | undefined {
  const opener = new RegExp(`(^|[:\\-\\[{,]\\s*|^\\s*)${quote === '"' ? '"' : "'"}`, 'gm');
  for (let m = opener.exec(text); m && m.index < before; m = opener.exec(text)) {
    const open = m.index + m[0].length - 1;
    const rest = text.slice(open + 1, lineEnd(text, open));
    const closes =
      quote === '"' ? /(^|[^\\])(\\\\)*"/.test(rest) : /'(?!')/.test(rest.replace(/''/g, ''));
    if (!closes) return open;
    opener.lastIndex = open + 1;
  }
  return undefined;
}
