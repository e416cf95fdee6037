import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkRegister } from '../../src/check/engine.js';
import { RULES } from '../../src/rules/index.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { makeRegister } from '../helpers/register.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'atelier-durand');

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else if (name.endsWith('.yaml')) out.push(relative(EXAMPLE, p).split('\\').join('/'));
  }
  return out;
}

const exampleFiles = Object.fromEntries(
  listFiles(EXAMPLE).map((f) => [f, readFileSync(join(EXAMPLE, f), 'utf8')]),
);
const exampleNames = Object.keys(exampleFiles);

function assertWellFormed(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.endLine).toBeGreaterThanOrEqual(1);
    expect(typeof d.message).toBe('string');
    expect(d.message).not.toMatch(/\{\{|undefined|\[object Object\]/);
  }
}

async function check(root: string): Promise<Diagnostic[]> {
  const { diagnostics } = await checkRegister(root, {
    today: '2026-11-23',
    now: new Date('2026-11-23T00:00:00Z'),
    cwd: root,
    rules: RULES,
  });
  return diagnostics;
}

/** A text edit somewhere in a file: the kinds of damage hands and merges do. */
const mutation = fc.record({
  file: fc.constantFrom(...exampleNames),
  at: fc.nat(),
  kind: fc.constantFrom(
    'delete',
    'insert',
    'duplicate-line',
    'drop-line',
    'swap-lines',
    'replace-value',
  ),
  text: fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom(
      ':',
      '- ',
      '\t',
      '"',
      "'",
      '&a',
      '*a',
      '{',
      '[',
      '#',
      '\n',
      '  ',
      '~',
      'null',
      'true',
      '2026-13-45',
      'P-1Y',
      'ZZ',
    ),
  ),
});

function mutate(text: string, m: { at: number; kind: string; text: string }): string {
  const lines = text.split('\n');
  const i = lines.length ? m.at % lines.length : 0;
  const pos = text.length ? m.at % text.length : 0;
  switch (m.kind) {
    case 'delete':
      return text.slice(0, pos) + text.slice(pos + 1 + (m.at % 5));
    case 'insert':
      return text.slice(0, pos) + m.text + text.slice(pos);
    case 'duplicate-line':
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    case 'drop-line':
      lines.splice(i, 1);
      return lines.join('\n');
    case 'swap-lines': {
      const j = (i + 1) % lines.length;
      [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
      return lines.join('\n');
    }
    default:
      return lines.map((l, k) => (k === i ? l.replace(/:\s.*$/, `: ${m.text}`) : l)).join('\n');
  }
}

describe('property: the loader and the rules never crash, only report', () => {
  it('random mutations of the example register give diagnostics, never exceptions', async () => {
    const root = makeRegister(exampleFiles, {});
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const touched = new Map<string, string>();
        for (const m of mutations)
          touched.set(m.file, mutate(touched.get(m.file) ?? exampleFiles[m.file]!, m));
        for (const [f, t] of touched) writeFileSync(join(root, f), t);
        try {
          assertWellFormed(await check(root));
        } finally {
          for (const f of touched.keys()) writeFileSync(join(root, f), exampleFiles[f]!);
        }
      }),
      { numRuns: 150, seed: 20261123 },
    );
  });

  it('random YAML documents in every file kind give diagnostics, never exceptions', async () => {
    const root = makeRegister();
    const kinds = [
      'gdpr.yaml',
      'activities/a.yaml',
      'parties/p.yaml',
      'notices/n.yaml',
      'incidents/i.yaml',
      'requests/r.yaml',
      'dpias/d.yaml',
      'catalog/data-categories.yaml',
      'catalog/retention.yaml',
    ];
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(
          fc.constantFrom(
            'name',
            'id',
            'purposes',
            'data',
            'category',
            'retention',
            'status',
            'role',
            'types',
            'x',
            'languages',
            'organisation',
            'country',
          ),
          tie('node'),
          { maxKeys: 4 },
        ),
      ),
    })).node;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...kinds), value, async (file, doc) => {
        mkdirSync(dirname(join(root, file)), { recursive: true });
        writeFileSync(join(root, file), stringify(doc));
        assertWellFormed(await check(root));
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('random bytes never crash the loader', async () => {
    const root = makeRegister();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        writeFileSync(join(root, 'activities', 'customers.yaml'), bytes);
        assertWellFormed(await check(root));
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
