/**
 * A language's differences live in its locale folder, never in a comparison: `lang === 'fr'`
 * in src/ is a defect (docs/LANGUAGES.md). The scan covers every source file; the files listed
 * in PENDING still compare and are being moved to locales/ — the list may only shrink, and a
 * file that no longer compares must leave it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';

const SRC = join(REPO_ROOT, 'src');
// The official languages of the EU (ISO 639-1): not 'md' or 'if', which are no languages.
const LANGUAGES = 'bg|cs|da|de|el|en|es|et|fi|fr|ga|hr|hu|it|lt|lv|mt|nl|pl|pt|ro|sk|sl|sv';
const CODE = String.raw`'(?:${LANGUAGES})'`;
const COMPARISON = new RegExp(
  String.raw`(?:[!=]==?\s*${CODE})|(?:${CODE}\s*[!=]==?)|(?:case\s+${CODE}\s*:)`,
);

const PENDING = new Set<string>([]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

function comparisons(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => (COMPARISON.test(line) ? [`${i + 1}: ${line.trim()}`] : []));
}

describe('no language code compared to a literal in src/', () => {
  it('finds the comparisons it is meant to find', () => {
    for (const line of [
      "if (lang === 'fr') x();",
      "const x = 'en' !== lang;",
      "case 'de':",
      "lang == 'es'",
    ])
      expect(COMPARISON.test(line), line).toBe(true);
    for (const line of ["const id = 'fr';", "format === 'md'", 'lang === FALLBACK'])
      expect(COMPARISON.test(line), line).toBe(false);
  });

  it('src/ outside the pending files compares no language code', () => {
    const found = sourceFiles(SRC)
      .map((file) => relative(REPO_ROOT, file).split('\\').join('/'))
      .filter((rel) => !PENDING.has(rel))
      .flatMap((rel) => comparisons(join(REPO_ROOT, rel)).map((hit) => `${rel}:${hit}`));
    expect(found).toEqual([]);
  });

  it('every pending file still compares (otherwise remove it from PENDING)', () => {
    for (const rel of PENDING) expect(comparisons(join(REPO_ROOT, rel)), rel).not.toEqual([]);
  });
});
