import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckCache } from '../../src/check/cache.js';
import { checkOptions } from '../helpers/check-options.js';

async function registerOf(activities: number): Promise<string> {
  const { generateRegister } = await import('../../bench/generate.mjs');
  const root = join(mkdtempSync(join(tmpdir(), 'gdpr-parses-')), 'register');
  generateRegister(root, activities);
  return root;
}

async function run(root: string, today = '2026-12-05'): Promise<number> {
  const cache = new CheckCache(root, 'cache.json');
  await cache.check(root, checkOptions(root, today));
  cache.save();
  return cache.reused;
}

/** Appends a comment to the first `n` activities. */
function edit(root: string, n: number, mark: string): void {
  const dir = join(root, 'activities');
  for (const name of readdirSync(dir).sort().slice(0, n)) {
    const path = join(dir, name);
    writeFileSync(path, `${readFileSync(path, 'utf8')}# ${mark}\n`);
  }
}

describe('check --cache, the stored parses', () => {
  it('are not rewritten for a file or two edited in a large register, and are for more', async () => {
    const root = await registerOf(300);
    await run(root);
    const files = join(root, 'cache.json.files');
    const stored = readFileSync(files);
    edit(root, 1, 'one');
    const total = (await run(root)) + 1;
    // One file of some 300 parsed anew: the stored parses stay as they were…
    expect(readFileSync(files).equals(stored)).toBe(true);
    // …and the next run parses that file again, reusing every other.
    edit(root, 2, 'two');
    expect(await run(root)).toBe(total - 2);
    expect(readFileSync(files).equals(stored)).toBe(true);

    // Enough files changed (one in a hundred or more): the parses are written anew, and reused.
    edit(root, 10, 'ten');
    expect(await run(root)).toBe(total - 10);
    expect(readFileSync(files).equals(stored)).toBe(false);
    // Another day: every rule runs again, on parses all reused.
    expect(await run(root, '2026-12-06')).toBe(total);
  });
});
