/**
 * `gdpr check --cache`: a second run on a register that has not changed replays the findings of
 * the first instead of parsing, validating and judging it again (CI re-runs, pre-commit hooks,
 * editors saving an unrelated file).
 *
 * The key covers everything a finding depends on: the tool (its version and the build of its
 * rules and validators), the rules run, the day and instant judged (`--today`/`--now`), the
 * working directory (findings name files relative to it) and every file under the register root
 * (path and content hash; files over 4 MB by size and modification time). `.git`,
 * `node_modules` and the cache itself are left out.
 *
 * A replay rests on the files' status when it can (the `metadata` strategy, the default): beside
 * the findings the cache keeps a digest of every file's path, inode, size and times of
 * modification and change (StatStamp); a run that finds them all as they were replays without
 * reading a file, and without loading the engine or the rules (this module, CacheReplay, is all
 * it loads). Otherwise (or with the `content` strategy) it reads every file and compares their
 * bytes.
 *
 * Any difference is a run of every rule on the whole register (cross-file rules see it all), but
 * not a parse of every file: beside the findings, the cache keeps each clean file's parse (its
 * data and positions) keyed by the hash of its bytes, in `<cache>.files` (parsed-files.ts), for
 * as long as the tool is the same. A file whose bytes did not change is not parsed again, and
 * the bytes the key hashed are the ones loaded (a file is read once). That half is
 * cache-compute.ts, loaded on the first register a run cannot replay (cache.ts, CheckCache, is
 * the two together). Both files are written atomically; one that cannot be read is ignored.
 */
import { nodeCrypto } from '../builtins.js';
import { readFileSync, readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics.js';
import { writeFileAtomicSync } from '../fsx/write.js';
import { PACKAGE_ROOT } from '../paths.js';
import { toolVersion } from '../version.js';
import type { CacheRun } from './cache-compute.js';
import type { CheckOptions } from './engine.js';
import type { Rule } from './rule.js';

/** One register's last findings: `key` hashes the files' bytes, `stat` their status (StatStamp). */
export interface CacheEntry {
  key: string;
  diagnostics: Diagnostic[];
  stat?: string;
}

/** The companion file of the per-file parses: `<cache>.files`. */
export const FILES_SUFFIX = '.files';

const SKIPPED = new Set([
  '.git',
  'node_modules',
  '.gdpr-cache',
  '.gdpr-cache.files',
  '.hg',
  '.svn',
]);

/**
 * A file whose status changed less than this long before a run began is not trusted to stand
 * for its bytes (see StatStamp): longer than the coarsest clock tick of a common file system
 * (two seconds, FAT).
 */
export const RECENT_MS = 3000;

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Every entry under the register root but its folders, in a fixed order (sorted by name, folder
 * by folder), with its absolute path and its path from the root (`/`-separated). `.git`,
 * `node_modules` and the cache's own files are left out; `unreadable` is told of a folder that
 * cannot be listed.
 */
export function walkRegister(
  root: string,
  cacheFile: string,
  visit: (path: string, rel: string, entry: Dirent) => void,
  unreadable: (rel: string) => void,
): void {
  const walk = (dir: string, relDir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      unreadable(relDir);
      return;
    }
    entries.sort(byName);
    const prefix = dir.endsWith(sep) ? dir : dir + sep;
    for (const entry of entries) {
      if (SKIPPED.has(entry.name)) continue;
      const path = prefix + entry.name;
      if (path === cacheFile || path === cacheFile + FILES_SUFFIX) continue;
      const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
      if (entry.isDirectory()) walk(path, rel);
      else visit(path, rel, entry);
    }
  };
  walk(root, '');
}

/**
 * What the files of a register are on disk beside their bytes: each one's path, kind, device,
 * inode, mode, size and times of modification and change, hashed with the rest of the key. A run
 * that finds them all as they were when the findings were computed replays them without reading
 * a file, as git's index does: writing a file changes its change time (ctime), which no program
 * can set back.
 *
 * A status stands for the bytes read with it only if the file did not change again within the
 * same tick of its file system's clock. So the list is kept only when every file had last
 * changed at least RECENT_MS before the run began (`before`), by this machine's clock, and every
 * file could be looked at; otherwise the next run reads the files and keeps the list then.
 */
export class StatStamp {
  private readonly hash = nodeCrypto().createHash('sha256');
  /** Entries not yet hashed: hashed by the thousand (one short string each would be slower). */
  private pending = '';
  private count = 0;
  private trusted = true;

  constructor(
    context: string,
    private readonly before: number,
  ) {
    this.hash.update(`stat ${context}\n`);
  }

  add(rel: string, entry: Dirent, s: Stats): void {
    if (!(s.mtimeMs < this.before && s.ctimeMs < this.before)) this.trusted = false;
    const kind = entry.isSymbolicLink() ? 'l' : entry.isFile() ? 'f' : 'o';
    this.pending += `${rel}\0${kind}\0${s.dev}\0${s.ino}\0${s.mode}\0${s.size}\0${s.mtimeMs}\0${s.ctimeMs}\0`;
    if (++this.count % 1024 === 0) {
      this.hash.update(this.pending);
      this.pending = '';
    }
  }

  /** A file or folder could not be looked at: the list cannot stand for the register. */
  distrust(): void {
    this.trusted = false;
  }

  /** The digest of the list, or undefined when it cannot stand for the bytes. */
  digest(): string | undefined {
    return this.trusted ? this.hash.update(this.pending).digest('hex') : undefined;
  }
}

/** Default cache file, in the working directory, as ESLint's `.eslintcache`. */
export const DEFAULT_CACHE_FILE = '.gdpr-cache';

const FORMAT = 1;

interface CacheFile {
  format: number;
  registers: Record<string, CacheEntry>;
}

/**
 * What a replay may rest on: `metadata`, the files' status when it is as it was (else their
 * bytes); `content`, always their bytes (for a file system whose times cannot be trusted).
 */
export type CacheStrategy = 'metadata' | 'content';

/**
 * Rules loaded only when a register must be checked: the command line's own, which the tool's
 * stamp stands for in the key (`key` names them there), so a replay does not load them.
 */
export interface LazyRules {
  key: string;
  load: () => Promise<readonly Rule[]>;
}

/** The options of a cached check: the engine's, whose rules may be loaded on demand. */
export type CachedCheckOptions = Omit<CheckOptions, 'rules'> & {
  rules: readonly Rule[] | LazyRules;
};

const isLazy = (rules: readonly Rule[] | LazyRules): rules is LazyRules => 'load' in rules;

/**
 * What the tool itself contributes to the key: its version and when it was built (every build
 * writes every file of it: the time of this module's file and of the validators).
 */
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

/**
 * The status digest of the register as it is now (see StatStamp), without reading a file; or
 * undefined when a file or folder cannot be looked at.
 */
function statDigest(root: string, cacheFile: string, context: string): string | undefined {
  const stamp = new StatStamp(context, Infinity);
  walkRegister(
    root,
    cacheFile,
    (path, rel, entry) => {
      let s: Stats | undefined;
      try {
        s = statSync(path, { throwIfNoEntry: false });
      } catch {
        // Unreadable: s stays undefined.
      }
      if (s === undefined) stamp.distrust();
      else stamp.add(rel, entry, s);
    },
    () => {
      stamp.distrust();
    },
  );
  return stamp.digest();
}

/** Everything but the files that a register's findings depend on, as one string. */
function keyContext(root: string, tool: string, options: CachedCheckOptions): string {
  return JSON.stringify({
    tool,
    rules: isLazy(options.rules)
      ? options.rules.key
      : options.rules.map((r) => `${r.meta.id}:${r.meta.severity}`),
    today: options.today,
    now: options.now.toISOString(),
    lang: options.lang ?? (options.registerLanguage === true ? 'register' : 'en'),
    cwd: options.cwd,
    root,
  });
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
 * One run's cache: `check` answers each register (replayed, or computed with the stored parses
 * of its unchanged files); `save` writes what changed once, at the end of the run.
 */
export class CacheReplay {
  private readonly file: string;
  private readonly tool = toolStamp();
  private stored: CacheFile | undefined;
  /** The other half, loaded on the first register that cannot be replayed from its status. */
  private run: CacheRun | undefined;
  /** Registers whose entry changed: computed, or replayed from their bytes with a new status. */
  private readonly results = new Map<string, CacheEntry>();
  private computed = false;

  constructor(
    cwd: string,
    cacheFile: string,
    private readonly strategy: CacheStrategy,
    /** The other half, cache-compute.ts (or a module that re-exports it). */
    private readonly compute: () => Promise<{ CacheRun: typeof CacheRun }>,
  ) {
    this.file = resolve(cwd, cacheFile);
  }

  /** Files whose parse was reused, over the run (for tests and the benchmark). */
  get reused(): number {
    return this.run?.reused ?? 0;
  }

  async check(
    root: string,
    options: CachedCheckOptions,
  ): Promise<{ diagnostics: Diagnostic[]; cached: boolean }> {
    const context = keyContext(root, this.tool, options);
    this.stored ??= readCache(this.file);
    const stored = this.stored.registers[root];
    if (
      this.strategy === 'metadata' &&
      stored?.stat !== undefined &&
      statDigest(root, this.file, context) === stored.stat
    )
      return { diagnostics: stored.diagnostics, cached: true };

    if (this.run === undefined) {
      const { CacheRun } = await this.compute();
      this.run = new CacheRun(this.file, this.tool);
    }
    const { rules, ...rest } = options;
    const result = await this.run.check(root, context, rest, stored, () =>
      isLazy(rules) ? rules.load() : Promise.resolve(rules),
    );
    if (result.entry) this.results.set(root, result.entry);
    if (!result.cached) this.computed = true;
    return { diagnostics: result.diagnostics, cached: result.cached };
  }

  /**
   * Writes what this run computed. The findings file is read again just before: another run may
   * have stored other registers meanwhile. A run that only replayed writes the findings file only
   * to keep a new status digest, and not at all when it cannot (the next run reads the files
   * again, as this one did).
   */
  save(): void {
    if (this.results.size === 0) return;
    if (!this.computed) {
      try {
        this.writeFindings();
      } catch {
        // A cache location that cannot be written costs speed, not findings.
      }
      return;
    }
    this.writeFindings();
    this.run?.saveParses();
  }

  private writeFindings(): void {
    const latest = readCache(this.file);
    for (const [root, entry] of this.results) latest.registers[root] = entry;
    writeFileAtomicSync(this.file, `${JSON.stringify(latest)}\n`, { force: true });
  }
}
