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
 * Any difference is a run of every rule on the whole register (cross-file rules see it all), but
 * not a parse of every file: beside the findings, the cache keeps each clean file's parse (its
 * data and positions) keyed by the hash of its bytes, in `<cache>.files` (parsed-files.ts), for
 * as long as the tool is the same. A file whose bytes did not change is not parsed again, and
 * the bytes the key hashed are the ones loaded (a file is read once). Both files are written
 * atomically; one that cannot be read is ignored.
 */
import type { Hash } from 'node:crypto';
import { nodeCrypto, nodeV8 } from '../builtins.js';
import { readFileSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics.js';
import { readListedFile, readRegisterFile } from '../fsx/read.js';
import { writeFileAtomicSync } from '../fsx/write.js';
import { MAX_FILE_BYTES } from '../register/parse.js';
import { PACKAGE_ROOT } from '../paths.js';
import { toolVersion } from '../version.js';
import { checkRegister, type CheckOptions } from './engine.js';
import {
  packEntries,
  ParsedFiles,
  unpackEntries,
  type PackedEntries,
  type ParsedEntry,
} from './parsed-files.js';

/** Default cache file, in the working directory, as ESLint's `.eslintcache`. */
export const DEFAULT_CACHE_FILE = '.gdpr-cache';

const FORMAT = 1;
const HASHED_MAX_BYTES = 4 * 1024 * 1024;
const SKIPPED = new Set([
  '.git',
  'node_modules',
  '.gdpr-cache',
  '.gdpr-cache.files',
  '.hg',
  '.svn',
]);
/** The companion file of the per-file parses: `<cache>.files`. */
const FILES_SUFFIX = '.files';
const FILES_FORMAT = 2;

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

/**
 * Every file under the register root, sorted, with its content hash (or size and mtime). The
 * bytes of each regular file hashed are put in `read`, when given, by absolute path.
 */
function registerStamp(
  root: string,
  cacheFile: string,
  hash: Hash,
  read?: Map<string, Uint8Array>,
): void {
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
      if (path === cacheFile || path === cacheFile + FILES_SUFFIX) continue;
      const rel = relative(root, path).split(sep).join('/');
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      // A regular file is read in one go (its size is its length), without a stat first.
      const listed = entry.isFile() ? readListedFile(path, HASHED_MAX_BYTES) : undefined;
      if (listed !== undefined) {
        hash.update(`${rel} ${listed.byteLength}\n`);
        hash.update(listed);
        hash.update('\n');
        read?.set(path, listed);
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
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch {
        hash.update(`unreadable ${rel}\n`);
        continue;
      }
      hash.update(`${rel} ${stat.size}\n`);
      hash.update(bytes);
      hash.update('\n');
      if (entry.isFile()) read?.set(path, bytes);
    }
  };
  walk(root);
}

/** The key of one register's check: any change to what the findings depend on changes it. */
export function checkKey(
  root: string,
  options: CheckOptions,
  cacheFile: string,
  read?: Map<string, Uint8Array>,
): string {
  const hash = nodeCrypto().createHash('sha256');
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
  registerStamp(root, cacheFile, hash, read);
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

/** The per-file parses of the last runs, by absolute path; empty when unreadable or stale. */
function readParses(path: string, tool: string): Map<string, ParsedEntry> {
  try {
    const stored = nodeV8().deserialize(readFileSync(path)) as Partial<PackedEntries> & {
      format?: unknown;
      tool?: unknown;
    };
    if (stored.format !== FILES_FORMAT || stored.tool !== tool) return new Map();
    return unpackEntries(stored);
  } catch {
    // No file, a truncated one, or one of another Node version: parse afresh.
    return new Map();
  }
}

/**
 * One run's cache: `check` answers each register (replayed, or computed with the stored parses
 * of its unchanged files); `save` writes both files once, at the end of the run.
 */
export class CheckCache {
  private readonly file: string;
  private readonly tool = toolStamp();
  private parses: Map<string, ParsedEntry> | undefined;
  private readonly results = new Map<string, { key: string; diagnostics: Diagnostic[] }>();
  private readonly reparsed = new Map<string, Map<string, ParsedEntry>>();
  /** Files whose parse was reused, over the run (for tests and the benchmark). */
  reused = 0;

  constructor(cwd: string, cacheFile: string) {
    this.file = resolve(cwd, cacheFile);
  }

  async check(
    root: string,
    options: CheckOptions,
  ): Promise<{ diagnostics: Diagnostic[]; cached: boolean }> {
    const read = new Map<string, Uint8Array>();
    const key = checkKey(root, options, this.file, read);
    const hit = readCache(this.file).registers[root];
    if (hit?.key === key) return { diagnostics: hit.diagnostics, cached: true };
    this.parses ??= readParses(this.file + FILES_SUFFIX, this.tool);
    const store = new ParsedFiles(this.parses, true);
    // The files the key hashed are judged as hashed (a regular file, not a link, at most 4 MB,
    // the limit of the register's reader); any other is read by the register's reader.
    const readFile = (absPath: string, listedRegular: boolean): Uint8Array =>
      read.get(absPath) ?? readRegisterFile(root, absPath, MAX_FILE_BYTES, listedRegular);
    const { diagnostics } = await checkRegister(root, {
      ...options,
      parse: store.parse,
      readFile,
      fromDisk: true,
    });
    this.reused += store.hits;
    this.results.set(root, { key, diagnostics });
    this.reparsed.set(root, store.used);
    return { diagnostics, cached: false };
  }

  /**
   * Writes what this run computed. The findings file is read again just before: another run may
   * have stored other registers meanwhile. The parses of every register run here replace their
   * older ones (so deleted files leave); those of other registers are kept.
   */
  save(): void {
    if (this.results.size === 0) return;
    const latest = readCache(this.file);
    for (const [root, result] of this.results) latest.registers[root] = result;
    writeFileAtomicSync(this.file, `${JSON.stringify(latest)}\n`, { force: true });

    const files = new Map<string, ParsedEntry>();
    const roots = [...this.reparsed.keys()].map((r) => r + sep);
    for (const [absPath, entry] of this.parses ?? [])
      if (!roots.some((r) => absPath.startsWith(r))) files.set(absPath, entry);
    for (const used of this.reparsed.values())
      for (const [absPath, entry] of used) files.set(absPath, entry);
    writeFileAtomicSync(
      this.file + FILES_SUFFIX,
      nodeV8().serialize({ format: FILES_FORMAT, tool: this.tool, ...packEntries(files) }),
      { force: true },
    );
  }
}

/** The findings of one register through the cache file `cacheFile` (see CheckCache). */
export async function checkWithCache(
  root: string,
  options: CheckOptions,
  cacheFile: string,
): Promise<{ diagnostics: Diagnostic[]; cached: boolean }> {
  const cache = new CheckCache(options.cwd, cacheFile);
  const result = await cache.check(root, options);
  cache.save();
  return result;
}
