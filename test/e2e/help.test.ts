import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram, run } from '../../src/cli.js';
import { memoryIo } from '../helpers/io.js';

interface Page {
  path: string[];
  leaf: boolean;
}

/** Every help page, walked from the program declaration: the program, each group, each command. */
function pages(): Page[] {
  const program = buildProgram(() => undefined, memoryIo('.'));
  const out: Page[] = [{ path: [], leaf: false }];
  const walk = (cmd: typeof program, path: string[]): void => {
    for (const sub of cmd.commands) {
      const p = [...path, sub.name()];
      out.push({ path: p, leaf: sub.commands.length === 0 });
      walk(sub, p);
    }
  };
  walk(program, []);
  return out;
}

/** The commands that judge time: each takes both --today and --now. */
const JUDGE_TIME = [
  'check',
  'breach new',
  'breach assess',
  'breach update',
  'breach draft',
  'breach list',
  'request new',
  'request update',
  'request list',
  'due',
  'dpia screen',
  'dpia list',
  'init',
  'diff',
  'site',
];

/** The commands that write what they produce: each takes -o, --output. */
const WRITE_OUTPUT = [
  'check',
  'rules',
  'notice',
  'register',
  'breach draft',
  'breach list',
  'request list',
  'due',
  'dpia list',
  'drift',
  'diff',
  'site',
];

async function help(path: string[]): Promise<string> {
  const io = memoryIo('.');
  expect(await run([...path, '--help'], io)).toBe(0);
  expect(io.err()).toBe('');
  return io.out();
}

describe('every --help page', () => {
  const all = pages();

  it('the walk finds every page (program, 4 groups, 22 commands)', () => {
    expect(all).toHaveLength(27);
    const leaves = all.filter((p) => p.leaf).map((p) => p.path.join(' '));
    for (const name of [...JUDGE_TIME, ...WRITE_OUTPUT]) expect(leaves).toContain(name);
  });

  for (const page of all) {
    const name = page.path.join(' ') || 'gdpr';
    it(`${name}: one or two examples, each a command of this page`, async () => {
      const text = await help(page.path);
      const examples = text.split('\nExamples:\n')[1];
      expect(examples, 'an Examples section').toBeDefined();
      const lines = (examples ?? '').split('\n').filter((l) => l.startsWith('  $ '));
      expect(lines.length).toBeGreaterThanOrEqual(1);
      expect(lines.length).toBeLessThanOrEqual(2);
      for (const l of lines)
        expect(l.startsWith(`  $ ${['gdpr', ...page.path].join(' ')}`), l).toBe(true);
    });

    if (!page.leaf) continue;
    it(`${name}: time and output options`, async () => {
      const text = await help(page.path);
      const options = text.split('\nOptions:\n')[1]?.split('\nExamples:\n')[0] ?? '';
      const judges = JUDGE_TIME.includes(name);
      expect(options.includes('--today <date>'), '--today').toBe(judges);
      expect(options.includes('--now <instant>'), '--now').toBe(judges);
      const writes = WRITE_OUTPUT.includes(name);
      // A file, or for `site` the folder of its pages.
      expect(/^ {2}-o, --output <(file|dir)> /m.test(options), '-o, --output').toBe(writes);
      // The former name stays accepted but is not shown.
      expect(options).not.toMatch(/--out\b(?!put)/);
    });
  }
});

describe('--out, the former name of --output', () => {
  it('still writes the output file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gdpr-out-'));
    const io = memoryIo(process.cwd());
    const file = join(dir, 'rules.md');
    expect(await run(['rules', '--format', 'md', '--out', file], io)).toBe(0);
    expect(io.out()).toBe('');
    expect(readFileSync(file, 'utf8')).toContain('# ');
  });
});
