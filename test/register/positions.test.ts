import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { locateRange, type Target } from '../../src/register/locate.js';
import { parseFile } from '../../src/register/parse.js';
import type { DocPath, SourceFile } from '../../src/register/source.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return yamlFiles(p);
      return /\.ya?ml$/.test(name) ? [p] : [];
    });
}

/** Every path of a value, plus a missing key and a missing index under each map and sequence. */
function paths(value: unknown, prefix: DocPath = []): DocPath[] {
  const out: DocPath[] = [prefix];
  if (Array.isArray(value)) {
    value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
    out.push([...prefix, value.length], [...prefix, value.length, 'x']);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
    out.push([...prefix, 'no-such-key'], [...prefix, 'no-such-key', 0]);
  }
  return out;
}

const TRICKY = `# modeline
plain: value
"quoted key": 1
'single': 2
3: three
true: yes
empty:
nested:
  list:
    - a
    - { b: 1, c: [x, y] }
    - [1, 2]
  block: |
    line one
    line two
anchor: &a { k: v, deep: { z: 1 } }
alias: *a
null_value: null
tilde: ~
`;

describe('positions: the compact table answers as the syntax tree does', () => {
  const sources: [string, string][] = [
    ['tricky', TRICKY],
    ['tricky CRLF', TRICKY.replace(/\n/g, '\r\n')],
    ...yamlFiles(EXAMPLES).map((p): [string, string] => [
      relative(EXAMPLES, p),
      readFileSync(p, 'utf8'),
    ]),
  ];
  for (const [name, text] of sources) {
    it(name, () => {
      const { file, problems } = parseFile(
        '/r/f.yaml',
        'f.yaml',
        'activity',
        new TextEncoder().encode(text),
      );
      if (problems.length > 0) return; // broken examples keep their tree: nothing to compare
      expect(file.doc).toBeUndefined();
      expect(file.positions).toBeDefined();
      const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      const lineCounter = new LineCounter();
      const doc = parseDocument(body, {
        lineCounter,
        uniqueKeys: true,
        version: '1.2',
        schema: 'core',
      });
      const tree: SourceFile = { ...file, positions: undefined, doc, lineCounter };
      for (const path of paths(file.data)) {
        for (const target of ['value', 'key'] as Target[]) {
          expect(locateRange(file, path, target), `${JSON.stringify(path)} ${target}`).toEqual(
            locateRange(tree, path, target),
          );
        }
      }
      for (let offset = 0; offset <= body.length; offset += 7) {
        expect(file.lineCounter.linePos(offset)).toEqual(lineCounter.linePos(offset));
      }
    });
  }
});
