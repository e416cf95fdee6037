import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { loadRegister } from '../../src/register/load.js';
import { locate } from '../../src/register/locate.js';
import { parseFile } from '../../src/register/parse.js';
import type { DocPath, SourceFile } from '../../src/register/source.js';
import { UsageError } from '../../src/errors.js';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'atelier-durand');

/** Every path to a value of `data`, maps and lists included. */
function paths(value: unknown, at: DocPath = []): DocPath[] {
  const out: DocPath[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

describe('a clean file read from disk finds its positions without its text', () => {
  it('every position is the one a fresh parse gives, after every file has changed on disk', () => {
    const root = join(mkdtempSync(join(tmpdir(), 'gdpr-textfree-')), 'register');
    cpSync(EXAMPLE, root, { recursive: true });
    const register = loadRegister(root);
    const originals = new Map<SourceFile, Uint8Array>();
    for (const file of register.files) {
      if (file.doc !== undefined || file.positions === undefined) continue;
      originals.set(file, readFileSync(file.absPath));
      // Longer and different: a position read from the disk now would be wrong.
      writeFileSync(file.absPath, `# changed\n${readFileSync(file.absPath, 'utf8')}`);
    }
    expect(originals.size).toBeGreaterThan(30);
    for (const [file, bytes] of originals) {
      const fresh = parseFile(file.absPath, file.relPath, file.kind, bytes).file;
      for (const path of paths(file.data)) {
        for (const target of ['value', 'key'] as const) {
          expect(locate(file, path, target), `${file.relPath} ${JSON.stringify(path)}`).toEqual(
            locate(fresh, path, target),
          );
        }
      }
    }
  });

  it('asked for its text after it changed, says so instead of answering wrong', () => {
    const root = join(mkdtempSync(join(tmpdir(), 'gdpr-textfree-')), 'register');
    cpSync(EXAMPLE, root, { recursive: true });
    const register = loadRegister(root);
    const file = register.files.find((f) => f.relPath === 'activities/invoicing.yaml');
    expect(file?.withoutDirectives).toBe(true);
    expect(file?.text).toBe(readFileSync(join(root, 'activities', 'invoicing.yaml'), 'utf8'));
    writeFileSync(join(root, 'activities', 'invoicing.yaml'), 'name: other\n');
    expect(() => file?.text).toThrow(UsageError);
    expect(() => file?.text).toThrow(
      'activities/invoicing.yaml changed while gdpr was reading the register; run the command again',
    );
  });

  it('a file with an inline directive keeps its text', () => {
    const root = join(mkdtempSync(join(tmpdir(), 'gdpr-textfree-')), 'register');
    cpSync(EXAMPLE, root, { recursive: true });
    const path = join(root, 'activities', 'payroll.yaml');
    const text = readFileSync(path, 'utf8').replace(
      /^(purposes:)/m,
      '# gdpr-disable-next-line lawful-basis -- example\n$1',
    );
    writeFileSync(path, text);
    const register = loadRegister(root);
    writeFileSync(path, 'changed: true\n');
    const file = register.files.find((f) => f.relPath === 'activities/payroll.yaml');
    expect(file?.withoutDirectives).toBe(false);
    expect(file?.text).toBe(text);
    for (const f of register.files)
      if (f !== file && f.doc === undefined)
        expect(f.withoutDirectives, relative(root, f.absPath)).toBe(
          !readFileSync(f.absPath, 'utf8').includes('gdpr-disable-next-line'),
        );
  });

  it('more distinct key names than the shared table holds: the rest are compared in the text', () => {
    // Two files of 20 000 distinct keys each, by groups of 100 (a key is checked against its
    // map's other keys): the table is full in the second.
    const GROUPS = 200;
    const PER_GROUP = 100;
    const fileOf = (prefix: string) => {
      const lines: string[] = [];
      for (let g = 0; g < GROUPS; g++) {
        lines.push(`${prefix}g${g}:`);
        for (let i = 0; i < PER_GROUP; i++) lines.push(`  ${prefix}${g}x${i}: ${i}`);
      }
      const text = `${lines.join('\n')}\nlast:\n  nested: [a, b]\n`;
      const parsed = parseFile('/r/f.yaml', 'f.yaml', 'activity', new TextEncoder().encode(text));
      expect(parsed.problems).toEqual([]);
      return parsed.file;
    };
    fileOf('a');
    const file = fileOf('b');
    for (const [g, i] of [
      [0, 0],
      [0, 1],
      [120, 50],
      [GROUPS - 1, PER_GROUP - 1],
    ] as const) {
      const key = `b${g}x${i}`;
      const line = g * (PER_GROUP + 1) + i + 2;
      expect(locate(file, [`bg${g}`, key], 'key'), key).toEqual({
        start: { line, column: 3 },
        end: { line, column: key.length + 3 },
      });
      expect(locate(file, [`bg${g}`, key]).start, key).toEqual({ line, column: key.length + 5 });
    }
    const last = GROUPS * (PER_GROUP + 1) + 2;
    expect(locate(file, ['last', 'nested', 1]).start).toEqual({ line: last, column: 15 });
    expect(locate(file, ['bg3', 'b0x0'], 'key').start).toEqual({
      line: 3 * (PER_GROUP + 1) + 1,
      column: 1,
    });
  });

  it.each([
    ['10 000 short lines (line starts packed by pieces)', '- 1\n'.repeat(10_000)],
    [
      'a text over 65 535 characters (line starts in 32 bits)',
      Array.from({ length: 4_000 }, (_, i) => `a-longer-key-name-${i}: ${i}\n`).join(''),
    ],
  ])('%s: the line of every offset is the parser’s', (_name, text) => {
    expect(text.length > 0xffff).toBe(_name.includes('65 535'));
    const lineCounter = new LineCounter();
    parseDocument(text, { lineCounter });
    const file = parseFile('/r/f.yaml', 'f.yaml', 'activity', new TextEncoder().encode(text)).file;
    expect(file.doc).toBeUndefined();
    for (let offset = 0; offset <= text.length; offset += 13)
      expect(file.lineCounter.linePos(offset)).toEqual(lineCounter.linePos(offset));
    expect(file.lineCounter.linePos(text.length)).toEqual(lineCounter.linePos(text.length));
  });
});
