import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gdpr, REPO_ROOT } from '../helpers/cli.js';
import { runLoggingImports } from '../helpers/imports.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'atelier-durand');
const TODAY = ['--today', '2026-11-23'];
const RULES_BUNDLE = '/dist/cli/check-engine.js';

/** A cache file of its own, outside the register (whose files are older than a few seconds). */
const cacheFile = (): string => join(mkdtempSync(join(tmpdir(), 'gdpr-cache-')), 'cache.json');

describe('gdpr check --cache-strategy', () => {
  it('replays an unchanged register from its files’ status without loading the rules or the engine', () => {
    const cache = cacheFile();
    const args = ['check', EXAMPLE, ...TODAY, '--format', 'json', '--cache-location', cache];
    const cold = runLoggingImports(args);
    expect(cold.modules.some((m) => m.endsWith(RULES_BUNDLE))).toBe(true);
    // The first run keeps the files' status when they are old enough, else the second does.
    runLoggingImports(args);
    expect(JSON.parse(readFileSync(cache, 'utf8'))).toMatchObject({
      registers: { [EXAMPLE]: { stat: expect.stringMatching(/^[0-9a-f]{64}$/) } },
    });
    const warm = runLoggingImports(args);
    expect(warm.modules.some((m) => m.endsWith(RULES_BUNDLE))).toBe(false);
    expect(warm.modules.some((m) => m.includes('/node_modules/ajv/'))).toBe(false);
    expect(warm.result.stdout).toBe(cold.result.stdout);
    expect(warm.result.status).toBe(cold.result.status);

    // `content` compares the bytes: the engine is loaded to hash and, on a match, not run.
    const content = runLoggingImports([...args, '--cache-strategy', 'content']);
    expect(content.modules.some((m) => m.endsWith(RULES_BUNDLE))).toBe(true);
    expect(content.result.stdout).toBe(cold.result.stdout);
  });

  it('gives a replayed SARIF report the whole list of rules, as a run without the cache', () => {
    const cache = cacheFile();
    const args = ['check', EXAMPLE, ...TODAY, '--format', 'sarif'];
    const plain = gdpr(args);
    for (let i = 0; i < 3; i++) expect(gdpr([...args, '--cache-location', cache])).toEqual(plain);
    expect(plain.stdout).toContain('"id": "retention-required"');
  });

  it('still refuses an unknown rule to suppress on a replay', () => {
    const cache = cacheFile();
    const args = ['check', EXAMPLE, ...TODAY, '--cache-location', cache];
    gdpr(args);
    gdpr(args);
    const r = gdpr([...args, '--suppress-rule', 'retention-requird']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown rule `retention-requird`');
    expect(r.stderr).toContain('retention-required');
  });

  it('refuses a strategy it does not know, naming the two', () => {
    const r = gdpr(['check', EXAMPLE, ...TODAY, '--cache-strategy', 'mtime']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Allowed choices are metadata, content');
    expect(r.stdout).toBe('');
  });
});
