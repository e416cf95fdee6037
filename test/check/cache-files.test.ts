import {
  linkSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { CheckCache } from '../../src/check/cache.js';
import { checkRegister, type CheckOptions } from '../../src/check/engine.js';
import {
  contentHash,
  entryOf,
  packEntries,
  ParsedFiles,
  unpackEntries,
} from '../../src/check/parsed-files.js';
import { parseFile } from '../../src/register/parse.js';
import { RULES } from '../../src/rules/index.js';
import { BASE_REGISTER, makeRegister } from '../helpers/register.js';

/** The base register with one warning and a second activity holding multi-line scalars. */
function register(): string {
  return makeRegister({
    'activities/customers.yaml': BASE_REGISTER['activities/customers.yaml']!.replace(
      'reviewed: 2026-06-01',
      'reviewed: 2024-06-01',
    ),
    'activities/copy.yaml': BASE_REGISTER['activities/customers.yaml']!.replace(
      /^name: .*$/m,
      'name: >\n  Customer management,\n  the copy\n# a comment\n',
    ),
  });
}

function options(root: string): CheckOptions {
  return {
    today: '2026-12-05',
    now: new Date('2026-12-05T12:00:00Z'),
    cwd: root,
    rules: RULES,
    registerLanguage: true,
  };
}

async function uncached(root: string): Promise<string> {
  return JSON.stringify((await checkRegister(root, options(root))).diagnostics);
}

/** One run through the cache file `cache.bin` of `root`: its findings and how many parses it reused. */
async function cached(root: string): Promise<{ out: string; reused: number; replayed: boolean }> {
  const cache = new CheckCache(root, 'cache.bin');
  const r = await cache.check(root, options(root));
  cache.save();
  return { out: JSON.stringify(r.diagnostics), reused: cache.reused, replayed: r.cached };
}

const FILES = Object.keys(BASE_REGISTER).length + 1;

describe('check --cache, per file', () => {
  it('re-parses only the changed file, and finds what a run without the cache finds', async () => {
    const root = register();
    const first = await cached(root);
    expect(first).toEqual({ out: await uncached(root), reused: 0, replayed: false });
    expect((await cached(root)).replayed).toBe(true);

    const path = join(root, 'activities', 'copy.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('2026-06-01', '2023-01-01'));
    const changed = await cached(root);
    expect(changed.replayed).toBe(false);
    expect(changed.reused).toBe(FILES - 1);
    expect(changed.out).toBe(await uncached(root));
    expect(changed.out).toContain('copy.yaml');
    expect(changed.out).not.toBe(first.out);
  });

  it('keeps the registers of one run in one cache, each replaced only when it runs again', async () => {
    const [a, b] = [register(), register()];
    const run = async () => {
      const cache = new CheckCache(a, 'cache.bin');
      const out = [];
      for (const root of [a, b]) out.push(await cache.check(root, options(root)));
      cache.save();
      return {
        out: out.map((r) => JSON.stringify(r.diagnostics)),
        reused: cache.reused,
        out2: out,
      };
    };
    const first = await run();
    expect(first.out).toEqual([await uncached(a), await uncached(b)]);
    const path = join(b, 'activities', 'copy.yaml');
    writeFileSync(path, `${readFileSync(path, 'utf8')}# changed\n`);
    const second = await run();
    expect(second.out2.map((r) => r.cached)).toEqual([true, false]);
    expect(second.reused).toBe(FILES - 1);
    expect(second.out).toEqual([await uncached(a), await uncached(b)]);
    // The parses of `a` were kept while `b` ran again.
    writeFileSync(join(a, 'cache.bin'), '{}');
    expect((await run()).reused).toBe(2 * FILES);
  });

  it('reads links, and files it did not hash, through the register reader, as without the cache', async () => {
    const root = register();
    const outside = join(makeRegister(), 'activities', 'customers.yaml');
    symlinkSync(outside, join(root, 'activities', 'away.yaml'));
    symlinkSync(join(root, 'activities', 'copy.yaml'), join(root, 'activities', 'linked.yaml'));
    const plain = await uncached(root);
    expect(plain).toContain('away.yaml');
    expect((await cached(root)).out).toBe(plain);
    const path = join(root, 'activities', 'copy.yaml');
    writeFileSync(path, `${readFileSync(path, 'utf8')}# changed\n`);
    expect((await cached(root)).out).toBe(await uncached(root));
  });

  it('sees a change of the rules configuration in gdpr.yaml', async () => {
    const root = register();
    await cached(root);
    const config = join(root, 'gdpr.yaml');
    writeFileSync(config, `${readFileSync(config, 'utf8')}rules:\n  review-overdue: off\n`);
    const off = await cached(root);
    expect(off.reused).toBe(FILES - 1);
    expect(off.out).toBe(await uncached(root));
    expect(off.out).not.toContain('review-overdue');
  });

  it('drops the parses of another version of the tool', async () => {
    const root = register();
    await cached(root);
    const files = join(root, 'cache.bin.files');
    const stored = deserialize(readFileSync(files)) as { tool: string };
    writeFileSync(files, serialize({ ...stored, tool: `${stored.tool} older` }));
    writeFileSync(join(root, 'cache.bin'), '{}');
    const again = await cached(root);
    expect(again.reused).toBe(0);
    expect(again.out).toBe(await uncached(root));
    expect((await cached(root)).replayed).toBe(true);
  });

  it('ignores a truncated or damaged file of parses, without a crash', async () => {
    const root = register();
    await cached(root);
    const files = join(root, 'cache.bin.files');
    const whole = readFileSync(files);
    const { tool } = deserialize(whole) as { tool: string };
    for (const damage of [
      () => {
        truncateSync(files, Math.floor(whole.length / 2));
      },
      () => {
        writeFileSync(files, 'not a cache');
      },
      () => {
        writeFileSync(files, serialize({ format: 1, tool, paths: [1], data: 'x' }));
      },
    ]) {
      damage();
      writeFileSync(join(root, 'cache.bin'), '{ not json');
      const r = await cached(root);
      expect(r.reused).toBe(0);
      expect(r.out).toBe(await uncached(root));
    }
  });

  it('writes both files atomically: a new file replaces the old one, no temporary file is left', async () => {
    const root = register();
    await cached(root);
    const files = join(root, 'cache.bin.files');
    const before = readFileSync(files);
    linkSync(files, join(root, 'old-parses'));
    const path = join(root, 'activities', 'copy.yaml');
    writeFileSync(path, `${readFileSync(path, 'utf8')}# changed\n`);
    await cached(root);
    // A write in place would have changed the old file through its second name.
    expect(readFileSync(join(root, 'old-parses')).equals(before)).toBe(true);
    expect(readFileSync(files).equals(before)).toBe(false);
    expect(
      readdirSync(root)
        .filter((n) => n.startsWith('cache.bin'))
        .sort(),
    ).toEqual(['cache.bin', 'cache.bin.files']);
  });
});

describe('a stored parse', () => {
  const text =
    'a: .nan\nb: -.inf\nc: -0\nd: |\n  two\n  lines\ne: "quoted\n  on two lines"\n"1": one\n__proto__: x\n';
  const bytes = new TextEncoder().encode(`\ufeff${text}`);

  it('gives back the same data, positions and line numbers as a parse', () => {
    const parsed = parseFile('/r/gdpr.yaml', 'gdpr.yaml', 'config', bytes);
    expect(parsed.problems).toEqual([]);
    const entry = entryOf(parsed, contentHash('config', bytes))!;
    const stored = unpackEntries(
      deserialize(serialize(packEntries(new Map([['/r/gdpr.yaml', entry]])))) as object,
    );
    const store = new ParsedFiles(stored, false);
    const again = store.parse('/r/gdpr.yaml', 'gdpr.yaml', 'config', bytes);
    expect(store.hits).toBe(1);
    expect(again.file.text).toBe(parsed.file.text);
    expect(again.file.data).toStrictEqual(parsed.file.data);
    expect(Object.is((again.file.data as { c: number }).c, -0)).toBe(true);
    expect(Object.keys(again.file.data as object)).toEqual(Object.keys(parsed.file.data as object));
    expect(again.file.positions?.nodes).toEqual(parsed.file.positions?.nodes);
    expect(again.file.positions?.keys).toEqual(parsed.file.positions?.keys);
    for (let offset = 0; offset <= text.length + 1; offset++)
      expect(again.file.lineCounter.linePos(offset)).toEqual(
        parsed.file.lineCounter.linePos(offset),
      );
  });

  it('is not used for other bytes', () => {
    const parsed = parseFile('/r/gdpr.yaml', 'gdpr.yaml', 'config', bytes);
    const entry = entryOf(parsed, contentHash('config', bytes))!;
    const store = new ParsedFiles(new Map([['/r/gdpr.yaml', entry]]), false);
    const other = new TextEncoder().encode('a: 1\n');
    expect(store.parse('/r/gdpr.yaml', 'gdpr.yaml', 'config', other).file.data).toEqual({ a: 1 });
    expect(store.hits).toBe(0);
  });
});
