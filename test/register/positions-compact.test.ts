import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { locateRange, type Target } from '../../src/register/locate.js';
import { parseFile } from '../../src/register/parse.js';
import type { DocPath, SourceFile } from '../../src/register/source.js';

/** Texts whose lines and offsets the compact tables must answer as the parser does. */
const MULTILINE = `a: "double
  quoted"
b: 'single

  quoted'
c: plain
  continued
d: >-
  folded

  text


e: [1,
  2]
f: { g: h,
  i: j }
# comment
`;
/** Over 2^15 characters: offsets no longer fit in 16 bits. */
const LONG = `name: Long\nsystems:\n${Array.from({ length: 3000 }, (_, i) => `  - system-${String(i).padStart(5, '0')}\n`).join('')}tail: { x: 1 }\n`;

function paths(value: unknown, prefix: DocPath = []): DocPath[] {
  const out: DocPath[] = [prefix];
  if (Array.isArray(value)) {
    value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
    out.push([...prefix, value.length]);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
    out.push([...prefix, 'no-such-key']);
  }
  return out;
}

describe('positions of clean files, kept without their syntax tree', () => {
  for (const [name, text] of [
    ['multi-line scalars', MULTILINE],
    ['multi-line scalars, CRLF', MULTILINE.replace(/\n/g, '\r\n')],
    ['a file over 32 767 characters', LONG],
  ] as const) {
    it(`${name}: the same ranges and line positions as the parser's`, () => {
      const { file, problems } = parseFile('/r/f.yaml', 'f.yaml', 'activity', Buffer.from(text));
      expect(problems).toEqual([]);
      expect(file.positions).toBeDefined();
      const lineCounter = new LineCounter();
      const doc = parseDocument(text, { lineCounter, version: '1.2', schema: 'core' });
      const tree: SourceFile = { ...file, positions: undefined, doc, lineCounter };
      for (const path of paths(file.data))
        for (const target of ['value', 'key'] as Target[])
          expect(locateRange(file, path, target), `${JSON.stringify(path)} ${target}`).toEqual(
            locateRange(tree, path, target),
          );
      for (let offset = 0; offset <= text.length; offset += 3)
        expect(file.lineCounter.linePos(offset)).toEqual(lineCounter.linePos(offset));
    });
  }

  it('lists hold no spare room and aliases stay one value', () => {
    const { file } = parseFile(
      '/r/f.yaml',
      'f.yaml',
      'activity',
      Buffer.from('a: &x [1, 2]\nb: *x\nc: { __proto__: [3] }\n'),
    );
    const data = file.data as { a: number[]; b: number[]; c: Record<string, unknown> };
    expect(data.a).toEqual([1, 2]);
    expect(data.b).toBe(data.a);
    expect(Object.getPrototypeOf(data.c)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(data.c, '__proto__')?.value).toEqual([3]);
  });
});
