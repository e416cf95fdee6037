/**
 * The half of `check --cache` a replay does not need (cache.ts loads it on the first register it
 * cannot replay): the content key, the stored parses of the files, and the run of the engine.
 */
import { nodeCrypto, nodeV8 } from '../builtins.js';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { readListedFile, readRegisterFile } from '../fsx/read.js';
import { writeFileAtomicSync } from '../fsx/write.js';
import { MAX_FILE_BYTES } from '../register/parse.js';
import {
  FILES_SUFFIX,
  RECENT_MS,
  StatStamp,
  walkRegister,
  type CacheEntry,
} from './cache-replay.js';
import { checkRegister, type CheckOptions } from './engine.js';
import type { Rule } from './rule.js';
import {
  packEntries,
  ParsedFiles,
  unpackEntries,
  type PackedEntries,
  type ParsedEntry,
} from './parsed-files.js';

const HASHED_MAX_BYTES = 4 * 1024 * 1024;
const FILES_FORMAT = 2;

/**
 * The content key: every file under the register root, in order, with its content hash (or,
 * for a link, another kind of file or one over 4 MB, its size and mtime). The bytes of each
 * regular file hashed are put in `read`, by absolute path, and each file's status in `stamp`.
 */
function contentKey(
  root: string,
  context: string,
  cacheFile: string,
  read: Map<string, Uint8Array>,
  stamp: StatStamp,
): string {
  const hash = nodeCrypto().createHash('sha256');
  hash.update(context);
  walkRegister(
    root,
    cacheFile,
    (path, rel, entry) => {
      /** The file could not be looked at or read: named as such, and its status not kept. */
      const fail = (what: string): void => {
        stamp.distrust();
        hash.update(`${what} ${rel}\n`);
      };
      // A regular file is read in one go (its size is its length), without a stat first.
      let fstat: Stats | undefined;
      const listed = entry.isFile()
        ? readListedFile(path, HASHED_MAX_BYTES, (s) => (fstat = s))
        : undefined;
      if (listed !== undefined && fstat !== undefined) {
        stamp.add(rel, entry, fstat);
        hash.update(`${rel} ${listed.byteLength}\n`);
        hash.update(listed);
        hash.update('\n');
        read.set(path, listed);
        return;
      }
      let stat;
      try {
        stat = statSync(path);
      } catch {
        fail('missing');
        return;
      }
      stamp.add(rel, entry, stat);
      if (entry.isSymbolicLink() || !stat.isFile() || stat.size > HASHED_MAX_BYTES) {
        hash.update(
          `${rel} ${entry.isSymbolicLink() ? 'link' : 'file'} ${stat.size} ${stat.mtimeMs}\n`,
        );
        return;
      }
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch {
        fail('unreadable');
        return;
      }
      hash.update(`${rel} ${stat.size}\n`);
      hash.update(bytes);
      hash.update('\n');
      if (entry.isFile()) read.set(path, bytes);
    },
    (rel) => {
      stamp.distrust();
      hash.update(`unreadable ${rel}\n`);
    },
  );
  return hash.digest('hex');
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

/** What one register's run through the content key gives, and what to store of it. */
export interface ComputedRun {
  diagnostics: Diagnostic[];
  /** True when the stored findings stood (same bytes). */
  cached: boolean;
  /** The entry to store; undefined when the stored one stands as it is. */
  entry: CacheEntry | undefined;
}

/**
 * The registers of one run that could not be replayed from their files' status: each is keyed by
 * its bytes (replayed when they are the same), else checked with the stored parses of its
 * unchanged files.
 */
export class CacheRun {
  private parses: Map<string, ParsedEntry> | undefined;
  private readonly reparsed = new Map<string, Map<string, ParsedEntry>>();
  /** Files whose parse was reused, over the run. */
  reused = 0;

  /** The companion file of the parses, `<cache>.files`. */
  private readonly filesFile: string;

  constructor(
    private readonly file: string,
    private readonly tool: string,
  ) {
    this.filesFile = file + FILES_SUFFIX;
  }

  async check(
    root: string,
    context: string,
    options: Omit<CheckOptions, 'rules'>,
    stored: CacheEntry | undefined,
    rules: () => Promise<readonly Rule[]>,
  ): Promise<ComputedRun> {
    const read = new Map<string, Uint8Array>();
    const stamp = new StatStamp(context, Date.now() - RECENT_MS);
    const key = contentKey(root, context, this.file, read, stamp);
    const stat = stamp.digest();
    if (stored?.key === key) {
      const entry =
        stat === stored.stat
          ? undefined
          : { key, diagnostics: stored.diagnostics, ...(stat && { stat }) };
      return { diagnostics: stored.diagnostics, cached: true, entry };
    }
    this.parses ??= readParses(this.filesFile, this.tool);
    const store = new ParsedFiles(this.parses, true);
    // The files the key hashed are judged as hashed (a regular file, not a link, at most 4 MB,
    // the limit of the register's reader); any other is read by the register's reader.
    const readFile = (absPath: string, listedRegular: boolean): Uint8Array =>
      read.get(absPath) ?? readRegisterFile(root, absPath, MAX_FILE_BYTES, listedRegular);
    const { diagnostics } = await checkRegister(root, {
      ...options,
      rules: await rules(),
      parse: store.parse,
      readFile,
      fromDisk: true,
    });
    this.reused += store.hits;
    this.reparsed.set(root, store.used);
    return { diagnostics, cached: false, entry: { key, diagnostics, ...(stat && { stat }) } };
  }

  /**
   * Writes the parses: those of every register checked here replace their older ones (so
   * deleted files leave); those of other registers are kept. Nothing when none was checked, nor
   * when fewer than one in a hundred of the files checked were parsed anew or left (rewriting
   * every parse would cost more than parsing those few again next time, as on a register where
   * one file was edited).
   */
  saveParses(): void {
    const stored = this.parses ?? new Map<string, ParsedEntry>();
    const roots = [...this.reparsed.keys()].map((r) => r + sep);
    const files = new Map<string, ParsedEntry>();
    for (const [absPath, entry] of stored)
      if (!roots.some((r) => absPath.startsWith(r))) files.set(absPath, entry);
    let checked = 0;
    for (const used of this.reparsed.values())
      for (const [absPath, entry] of used) {
        files.set(absPath, entry);
        checked++;
      }
    // Parsed anew (an entry not the stored one) or left (stored, no longer kept).
    let changed = 0;
    for (const [absPath, entry] of files) if (stored.get(absPath) !== entry) changed++;
    for (const absPath of stored.keys()) if (!files.has(absPath)) changed++;
    if (changed === 0 || changed * 100 < checked) return;
    writeFileAtomicSync(
      this.filesFile,
      nodeV8().serialize({ format: FILES_FORMAT, tool: this.tool, ...packEntries(files) }),
      { force: true },
    );
  }
}
