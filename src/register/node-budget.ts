/**
 * A bound on the number of values in one file, checked before the file is parsed: the YAML
 * syntax tree costs a few hundred bytes per value, so a file of many short values (a 4 MB list
 * of one-letter items holds a million) would take gigabytes to parse and check. Like the alias
 * bound, it refuses the file early with a clear message instead. No register file legitimately
 * holds this many values: a catalogue of 2 000 entries of ten values each holds 20 000.
 */
import { yamlLib } from './yaml-lib.js';

export const MAX_NODES = 50_000;

/**
 * The number of values (scalars and collections) in `text`, counted by the YAML lexer without
 * building a tree, stopping past `max`. Each value takes at least one character, so a text no
 * longer than `max` is not lexed at all.
 */
export function countNodes(text: string, max = MAX_NODES): number {
  if (text.length <= max) return 0;
  let n = 0;
  for (const token of new (yamlLib().Lexer)().lex(text)) {
    // The lexer marks each scalar with \x1f; flow collections open with [ or {; block
    // collections are at least one scalar each.
    if (token === '\x1f' || token === '[' || token === '{') if (++n > max) break;
  }
  return n;
}

/** The bound a file is over (locales/<lang>/problems.json `file.too_many_nodes`), or undefined. */
export function overNodeBudget(text: string, max = MAX_NODES): string | undefined {
  return countNodes(text, max) <= max ? undefined : String(max);
}
