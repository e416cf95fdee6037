/**
 * `gdpr check --cache`: a second run on a register that has not changed replays the findings of
 * the first instead of parsing, validating and judging it again (CI re-runs, pre-commit hooks,
 * editors saving an unrelated file).
 *
 * The key covers everything a finding depends on: the tool (its version and the build of its
 * rules and validators), the rules run, the day and instant judged (`--today`/`--now`), the
 * working directory (findings name files relative to it) and every file under the register root
 * (path and content hash; files over 4 MB by size and modification time). `.git`,
 * `node_modules` and the cache itself are left out. Any difference is a full run, whose result
 * replaces the entry; cross-file rules therefore always see the whole register.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics.js';
import { writeFileAtomicSync } from '../fsx/write.js';
import { PACKAGE_ROOT } from '../paths.js';
import { toolVersion } from '../version.js';
import { checkRegister, type CheckOptions } from './engine.js';

/** Default cache file, in the working directory, as ESLint's `.eslintcache`. */
export const DEFAULT_CACHE_FILE = '.gdpr-cache';

const FORMAT = 1;
const HASHED_MAX_BYTES = 4 * 1024 * 1024;
const SKIPPED = new Set(['.git', 'node_modules', '.gdpr-cache', '.hg', '.svn']);

interface CacheFile {
  format: number;
  registers: Record<string, { key: string; diagnostics: Diagnostic[] }>;
}

/** What the tool itself contributes to the key: its version and when its rules were built. */
function toolStamp(): string {
  const stamps = [fileURLToPath(import.meta.url), join(PACKAGE_ROOT, 'dist', 'validators.cjs')].map(
    (path) => {
      try {
        const s = statSync(path);
        return `${s.size}:${s.mtimeMs}`;
      } catch {
        return '-';
      }
    },
  );
  return `${toolVersion()} ${stamps.join(' ')}`;
}

/** Every file under the register root, sorted, with its content hash (or size and mtime). */
function registerStamp(root: string, cacheFile: string, hash: ReturnType<typeof createHash>): void {
  const walk = (dir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      hash.update(`unreadable ${relative(root, dir)}\n`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (SKIPPED.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (path === cacheFile) continue;
      const rel = relative(root, path).split(sep).join('/');
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      let stat;
      try {
        stat = statSync(path);
      } catch {
        hash.update(`missing ${rel}\n`);
        continue;
      }
      if (entry.isSymbolicLink() || !stat.isFile() || stat.size > HASHED_MAX_BYTES) {
        hash.update(
          `${rel} ${entry.isSymbolicLink() ? 'link' : 'file'} ${stat.size} ${stat.mtimeMs}\n`,
        );
        continue;
      }
      hash.update(`${rel} ${stat.size}\n`);
      hash.update(readFileSync(path));
      hash.update('\n');
    }
  };
  walk(root);
}

/** The key of one register's check: any change to what the findings depend on changes it. */
export function checkKey(root: string, options: CheckOptions, cacheFile: string): string {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({
      tool: toolStamp(),
      rules: options.rules.map((r) => `${r.meta.id}:${r.meta.severity}`),
      today: options.today,
      now: options.now.toISOString(),
      lang: options.lang ?? (options.registerLanguage === true ? 'register' : 'en'),
      cwd: options.cwd,
      root,
    }),
  );
  registerStamp(root, cacheFile, hash);
  return hash.digest('hex');
}

function readCache(path: string): CacheFile {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheFile>;
    if (parsed.format === FORMAT && parsed.registers && typeof parsed.registers === 'object')
      return { format: FORMAT, registers: parsed.registers };
  } catch {
    // No cache, or one from another version or half-written by hand: start afresh.
  }
  return { format: FORMAT, registers: {} };
}

/**
 * The findings of `root`, replayed from `cacheFile` when nothing they depend on changed, else
 * computed by the engine and stored. A cache that cannot be read is ignored; one that cannot be
 * written is a usage error naming the file (as any other write).
 */
export async function checkWithCache(
  root: string,
  options: CheckOptions,
  cacheFile: string,
): Promise<{ diagnostics: Diagnostic[]; cached: boolean }> {
  const file = resolve(options.cwd, cacheFile);
  const key = checkKey(root, options, file);
  const cache = readCache(file);
  const hit = cache.registers[root];
  if (hit?.key === key) return { diagnostics: hit.diagnostics, cached: true };
  const { diagnostics } = await checkRegister(root, options);
  // Read again just before writing: another register of the same run may have been stored.
  const latest = readCache(file);
  latest.registers[root] = { key, diagnostics };
  writeFileAtomicSync(file, `${JSON.stringify(latest)}\n`, { force: true });
  return { diagnostics, cached: false };
}
