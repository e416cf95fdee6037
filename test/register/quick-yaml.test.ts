import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { PARSE_OPTIONS } from '../../src/register/parse.js';
import { buildPositions, tableValues, type Positions } from '../../src/register/positions.js';
import { quickParse } from '../../src/register/quick-yaml.js';

/**
 * `quickParse` either gives up or gives exactly what `yaml` and `buildPositions` give: the same
 * data (+0 and -0 apart) and the same position table. Held to it over every YAML file of the
 * project, over those files mutated at random, and over generated documents full of the YAML
 * it must give up on.
 */
const ROOT = join(import.meta.dirname, '..', '..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      if (name === 'node_modules' || name.startsWith('.') || name === 'dist') return [];
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return yamlFiles(p);
      return /\.ya?ml$/.test(name) ? [p] : [];
    });
}

const FILES = ['examples', 'templates', 'data', 'test', 'schemas']
  .flatMap((d) => yamlFiles(join(ROOT, d)))
  .map((p) => ({ name: relative(ROOT, p), text: readFileSync(p, 'utf8').replace(/^\ufeff/, '') }));

interface Outcome {
  quick: boolean;
}

function table(p: Positions | undefined): unknown {
  if (!p) return undefined;
  return { nodes: Array.from(tableValues(p.nodes)), keys: p.keys ? [...p.keys] : undefined };
}

/** Compares one text; returns whether the quick reader took it. */
function compare(text: string, label: string): Outcome {
  const quick = quickParse(text);
  if (!quick) return { quick: false };
  const doc = parseDocument(text, PARSE_OPTIONS);
  expect(
    doc.errors.map((e) => e.code),
    `${label}: yaml finds errors the quick reader missed\n${text}`,
  ).toEqual([]);
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  expect(quick.data, `${label}: data\n${text}`).toStrictEqual(data);
  expect(table(quick.positions), `${label}: positions\n${text}`).toStrictEqual(
    table(buildPositions(doc.contents, text)),
  );
  return { quick: true };
}

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCALARS = [
  'plain',
  'two words',
  'x # c',
  'x #c',
  'a: b',
  'a:b',
  'http://x.example/a',
  '10:30',
  '1',
  '-1',
  '+1',
  '0',
  '007',
  '1.5',
  '1.',
  '.5',
  '.',
  '1e3',
  '1E-3',
  '.inf',
  '-.inf',
  '.nan',
  '0x1F',
  '0o7',
  '0o9',
  'true',
  'True',
  'TRUE',
  'tRue',
  'False',
  'null',
  'Null',
  '~',
  'NULL',
  'nul',
  '"dq"',
  '"d\\"q"',
  '"\\u00e9\\n\\t\\x41\\U0001F600"',
  '"\\q"',
  '"\\uZZZZ"',
  '"a  b"',
  '"# not a comment"',
  "'sq'",
  "'it''s'",
  "''",
  '""',
  '"unterminated',
  "'open",
  '[a, b]',
  '[a,b,]',
  '[ a , b ]',
  '{a: b}',
  '{ "k": v }',
  '{"k":v}',
  '{a: [1, {b: c}]}',
  '[]',
  '{}',
  '[ ]',
  '{ }',
  '-',
  '- x',
  '|',
  '>',
  '|-',
  '&a x',
  '*a',
  '!t x',
  '!!str 1',
  '@x',
  '`x',
  'a,b',
  'x]',
  '"x" y',
  'C#',
  'a  b  ',
  '[a: b]',
  '{a}',
  '{a: }',
  '{a:b}',
  '[http://x]',
  '[a:b]',
  '[a:]',
  'é ü « »',
  '%x',
  '? x',
  ': x',
  '-x',
  '?x',
  ':x',
  'x:',
  '[a, [b, c]]',
  '[a, {b: c}]',
  '{a: b, a: c}',
  '{a: b,}',
  '[a b, c d]',
  '[a #c]',
  '[a] x',
  '{a: b} # c',
  '"a" # c',
  "'a'# c",
  '"a"#c',
  '[,]',
  '[a,,b]',
  '{a: b c: d}',
  '2026-01-15',
  '1_000',
  '0.0',
  '-0',
  '00',
  '1:2:3',
  'a\\b',
  'a "b" c',
  "a 'b' c",
  '[a, "b, c", \'d\']',
  '{ a: "x", b: \'y\' }',
  '{ fr: [a, b] }',
  'x\u2028y',
  '--- x',
  '...',
  '#',
  ' # c',
  '"a\\\\"',
  '"\\\\"',
];

/** Keys and values inside the subset: documents made of them exercise the structure. */
const SAFE_KEYS = [
  'a',
  'name',
  'fr',
  'en',
  'x-y',
  'key two',
  'é',
  '"q"',
  "'s'",
  'b',
  'id',
  'k ',
  'C#',
  'x.y',
];
/** Keys of every kind, the subset's and those it must give up on. */
const KEYS = [
  ...SAFE_KEYS,
  '2024',
  'true',
  'null',
  '~',
  '"a\\"b"',
  '__proto__',
  '<<',
  'k#x',
  'k:x',
  '-k',
  '?k',
  '.5',
  'key ',
  'toString',
  '"2"',
  '[k]',
  '{k}',
  '&a k',
  '*a',
  '!t k',
  '"\\u00e9"',
  "'it''s'",
  '-',
  '? k',
  '1.0',
  'constructor',
];
const SAFE_SCALARS = [
  'plain',
  'two words',
  'x # c',
  'http://x.example/a',
  '10:30',
  '1',
  '0',
  '007',
  '1.5',
  '.5',
  'true',
  'False',
  'null',
  '~',
  '"dq"',
  '"d\\"q"',
  "'it''s'",
  '""',
  '[a, b]',
  '[ a , b ]',
  '{a: b}',
  '{ "k": v }',
  '{a: [1, {b: c}]}',
  '[]',
  '{}',
  '-x',
  'C#',
  'a  b  ',
  '[http://x]',
  'é ü « »',
  '2026-01-15',
  '[a, "b, c", \'d\']',
  '{ fr: [a, b] }',
  '{a: b,}',
  '"a  b"',
  '-',
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

/** A document of nested block maps and sequences with values from the lists above. */
function generate(r: () => number): string {
  const lines: string[] = [];
  const safe = r() < 0.5;
  const keys = safe ? SAFE_KEYS : KEYS;
  const scalars = safe ? SAFE_SCALARS : SCALARS;
  const step = () => (r() < 0.9 ? 2 : pick(r, [1, 3, 4]));
  const noise = (indent: number) => {
    const x = r();
    if (x < 0.05) lines.push('');
    else if (x < 0.1) lines.push(`${' '.repeat(pick(r, [0, indent, indent + 2]))}# note`);
  };
  const value = (indent: number, depth: number, first: string): void => {
    const x = r();
    if (depth < 4 && x < 0.2) {
      lines.push(first.trimEnd() + (r() < 0.1 ? '  # c' : ''));
      map(indent + step(), depth + 1);
    } else if (depth < 4 && x < 0.35) {
      lines.push(first.trimEnd());
      seq(r() < 0.4 ? indent : indent + step(), depth + 1);
    } else if (x < 0.4) {
      lines.push(first.trimEnd() + pick(r, ['', ' ', '  # empty']));
    } else {
      lines.push(first + pick(r, scalars) + (r() < 0.1 ? pick(r, [' # c', '  ', ' #', '#c']) : ''));
    }
  };
  const map = (indent: number, depth: number, firstPrefix?: string) => {
    const n = 1 + Math.floor(r() * 4);
    for (let i = 0; i < n; i++) {
      noise(indent);
      const prefix = i === 0 && firstPrefix !== undefined ? firstPrefix : ' '.repeat(indent);
      value(indent, depth, `${prefix}${pick(r, keys)}${r() < 0.05 ? ' ' : ''}: `);
    }
  };
  const seq = (indent: number, depth: number) => {
    const n = 1 + Math.floor(r() * 4);
    for (let i = 0; i < n; i++) {
      noise(indent);
      const x = r();
      const dash = `${' '.repeat(indent)}-${r() < 0.1 ? '  ' : ' '}`;
      if (depth < 4 && x < 0.3) map(dash.length, depth + 1, dash);
      else if (depth < 4 && x < 0.35) {
        lines.push(`${' '.repeat(indent)}-`);
        map(indent + step(), depth + 1);
      } else value(indent, depth, dash);
    }
  };
  if (r() < 0.2) seq(0, 0);
  else map(0, 0);
  const text = lines.join('\n');
  return r() < 0.05 ? text : `${text}\n`;
}

/** One of a few small edits: a character inserted or removed, a line's indentation moved. */
function mutate(r: () => number, text: string): string {
  const at = Math.floor(r() * text.length);
  const x = r();
  if (x < 0.3)
    return (
      text.slice(0, at) +
      pick(r, [' ', ':', '-', '#', '"', "'", '[', '{', ',', '\n', '&', '|', 'x', '\t', '\r']) +
      text.slice(at)
    );
  if (x < 0.6) return text.slice(0, at) + text.slice(at + 1);
  const lines = text.split('\n');
  const i = Math.floor(r() * lines.length);
  lines[i] = r() < 0.5 ? ` ${lines[i] ?? ''}` : (lines[i] ?? '').replace(/^ /, '');
  return lines.join('\n');
}

describe('quickParse', () => {
  it('reads every YAML file of the project as yaml does, and takes every register file', () => {
    expect(FILES.length).toBeGreaterThan(100);
    const refused: string[] = [];
    for (const f of FILES) if (!compare(f.text, f.name).quick) refused.push(f.name);
    // The example registers are written in the subset: none of their files falls back to yaml.
    expect(refused.filter((n) => n.startsWith('examples/atelier-durand/'))).toEqual([]);
    expect(refused.length).toBeLessThan(FILES.length / 4);
  });

  it('agrees with yaml on the project files mutated at random', () => {
    const r = random(13);
    let taken = 0;
    let total = 0;
    for (const f of FILES) {
      for (let k = 0; k < 8; k++) {
        let text = f.text;
        for (let m = 1 + Math.floor(r() * 3); m > 0; m--) text = mutate(r, text);
        total++;
        if (compare(text, `${f.name} (mutation ${k})`).quick) taken++;
      }
    }
    // Most small edits keep a file in the subset: the comparison is not vacuous.
    expect(taken).toBeGreaterThan(total / 4);
  });

  it('agrees with yaml on generated documents', () => {
    const r = random(2026);
    let taken = 0;
    const N = 4000;
    for (let i = 0; i < N; i++) if (compare(generate(r), `generated ${i}`).quick) taken++;
    expect(taken).toBeGreaterThan(N / 20);
  });

  it('gives up on what it does not read', () => {
    for (const text of [
      'a: &x 1\nb: *x\n',
      'a: |\n  text\n',
      'a: b\n  c\n',
      'a: [b,\n  c]\n',
      '---\na: 1\n',
      'a: 1\na: 2\n',
      'a:\tb\n',
      'a: 1\r\n',
      'a: 1',
      'a: 1e3\n',
      '"a\nb": 1\n',
      'scalar\n',
      '  a: 1\n',
    ])
      expect(quickParse(text), text).toBeUndefined();
  });

  it('reads an empty document as yaml does', () => {
    expect(quickParse('# only a comment\n\n')).toEqual({ data: null, positions: undefined });
    expect(parseDocument('# only a comment\n\n', PARSE_OPTIONS).toJS()).toBeNull();
  });
});
