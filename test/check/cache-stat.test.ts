import { readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckCache, type CacheStrategy } from '../../src/check/cache.js';
import { checkRegister } from '../../src/check/engine.js';
import { RULES } from '../../src/rules/index.js';
import { checkOptions } from '../helpers/check-options.js';
import { BASE_REGISTER, makeRegister } from '../helpers/register.js';

/** The base register with one warning: the customers activity was reviewed long ago. */
function register(): string {
  return makeRegister({
    'activities/customers.yaml': BASE_REGISTER['activities/customers.yaml']!.replace(
      'reviewed: 2026-06-01',
      'reviewed: 2024-06-01',
    ),
  });
}

const options = checkOptions;

interface Stored {
  registers: Record<string, { key: string; stat?: string; diagnostics: { message: string }[] }>;
}
const stored = (root: string): Stored['registers'][string] =>
  (JSON.parse(readFileSync(join(root, 'cache.json'), 'utf8')) as Stored).registers[root]!;

/** Rewrites the stored entry of `root` (to show which path a run took). */
function tamper(root: string, change: (entry: Stored['registers'][string]) => void): void {
  const path = join(root, 'cache.json');
  const cache = JSON.parse(readFileSync(path, 'utf8')) as Stored;
  change(cache.registers[root]!);
  writeFileSync(path, JSON.stringify(cache));
}

/** One run through `cache.json` in `root`. */
async function run(
  root: string,
  strategy?: CacheStrategy,
): Promise<{ messages: string[]; cached: boolean; reused: number }> {
  const cache = new CheckCache(root, 'cache.json', strategy);
  const r = await cache.check(root, options(root));
  cache.save();
  return { messages: r.diagnostics.map((d) => d.message), cached: r.cached, reused: cache.reused };
}

/** This machine's clock moved on: the files written so far are no longer recent. */
function later(seconds = 10): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(Date.now() + seconds * 1000));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('check --cache, from the files’ status', () => {
  it('keeps no status while a file changed within the last seconds: the next run reads the files', async () => {
    const root = register();
    expect((await run(root)).cached).toBe(false);
    expect(stored(root).stat).toBeUndefined();
    expect((await run(root)).cached).toBe(true);
    expect(stored(root).stat).toBeUndefined();
  });

  it('keeps the status once every file is older, and then replays without comparing bytes', async () => {
    const root = register();
    const first = await run(root);
    later();
    // The bytes are the same: a replay, and the status is kept for next time.
    expect((await run(root)).cached).toBe(true);
    expect(stored(root).stat).toMatch(/^[0-9a-f]{64}$/);

    // The status alone now answers: a stored entry whose byte key no longer matches still replays
    // (its findings, marked here, are given back)…
    tamper(root, (entry) => {
      entry.key = 'x';
      for (const d of entry.diagnostics) d.message = `REPLAYED ${d.message}`;
    });
    const replayed = await run(root);
    expect(replayed.cached).toBe(true);
    expect(replayed.messages).toEqual(first.messages.map((m) => `REPLAYED ${m}`));
    // …while the content strategy compares the bytes, finds the key changed and checks again.
    const content = await run(root, 'content');
    expect(content.cached).toBe(false);
    expect(content.messages).toEqual(first.messages);
  });

  it('sees a change that keeps the size and sets the modification time back', async () => {
    const root = register();
    const path = join(root, 'activities', 'customers.yaml');
    // A whole second, which every file system keeps exactly.
    const time = Math.floor(Date.now() / 1000) - 60;
    utimesSync(path, time, time);
    const plain = (await checkRegister(root, options(root))).diagnostics.map((d) => d.message);
    await run(root);
    later();
    await run(root);
    expect(stored(root).stat).toBeDefined();

    const before = statSync(path);
    const text = readFileSync(path, 'utf8');
    const changed = text.replace('reviewed: 2024-06-01', 'reviewed: 2026-06-01');
    expect(changed).not.toBe(text);
    expect(Buffer.byteLength(changed)).toBe(before.size);
    writeFileSync(path, changed);
    utimesSync(path, time, time);
    expect(statSync(path).mtimeMs).toBe(before.mtimeMs);

    later(20);
    const after = await run(root);
    expect(after.cached).toBe(false);
    expect(after.messages).toEqual(
      (await checkRegister(root, options(root))).diagnostics.map((d) => d.message),
    );
    expect(after.messages).not.toEqual(plain);
  });

  it('sees a file added, renamed or removed', async () => {
    const root = register();
    await run(root);
    later();
    await run(root);
    const mark = (): void => {
      tamper(root, (entry) => {
        for (const d of entry.diagnostics) d.message = `REPLAYED ${d.message}`;
      });
    };
    mark();
    expect((await run(root)).messages.some((m) => m.startsWith('REPLAYED'))).toBe(true);

    writeFileSync(join(root, 'notes.txt'), 'a note');
    later(20);
    expect((await run(root)).messages.some((m) => m.startsWith('REPLAYED'))).toBe(false);

    later(30);
    await run(root);
    mark();
    renameSync(join(root, 'notes.txt'), join(root, 'notes.md'));
    later(40);
    expect((await run(root)).messages.some((m) => m.startsWith('REPLAYED'))).toBe(false);
  });

  it('keys the status with the day judged, as the bytes', async () => {
    const root = register();
    await run(root);
    later();
    await run(root);
    tamper(root, (entry) => {
      for (const d of entry.diagnostics) d.message = `REPLAYED ${d.message}`;
    });
    const cache = new CheckCache(root, 'cache.json');
    const other = await cache.check(root, { ...options(root), today: '2026-12-06' });
    expect(other.cached).toBe(false);
    expect(other.diagnostics.some((d) => d.message.startsWith('REPLAYED'))).toBe(false);
  });

  it('loads the rules only when it cannot replay', async () => {
    const root = register();
    const load = vi.fn(() => Promise.resolve(RULES));
    const lazy = { ...options(root), rules: { key: 'built-in', load } };
    const check = async (): Promise<boolean> => {
      const cache = new CheckCache(root, 'cache.json');
      const r = await cache.check(root, lazy);
      cache.save();
      return r.cached;
    };
    expect(await check()).toBe(false);
    expect(load).toHaveBeenCalledTimes(1);
    later();
    expect(await check()).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
    expect(await check()).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
    // The rules named by a key and the same rules listed are two keys: no replay across them.
    expect((await run(root)).cached).toBe(false);
  });
});
