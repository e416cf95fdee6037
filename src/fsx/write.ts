import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { nodeCrypto } from '../builtins.js';
import { UsageError } from '../errors.js';

export class FileExistsError extends Error {
  override readonly name = 'FileExistsError';
  constructor(readonly path: string) {
    super(`${path} already exists; nothing was overwritten (use --force to replace it)`);
  }
}

/**
 * Writes a whole file atomically: the content goes to a temporary file beside the target, is
 * flushed, then takes the target's name in one step. Without `force` the last step is a hard
 * link, which fails if the target exists, so an existing record is never replaced — even by a
 * file that appeared after we looked. An interrupted run leaves at most a temporary file that
 * is removed on the way out.
 */
export function writeFileAtomicSync(
  target: string,
  content: string | Uint8Array | Iterable<string>,
  options: { force?: boolean } = {},
): void {
  try {
    writeAtomic(target, content, options);
  } catch (e) {
    throw writeError(target, e);
  }
}

/** A file-system error while writing `target` is a usage error (exit 2) naming path and cause. */
export class WriteError extends UsageError {
  constructor(
    readonly path: string,
    cause: string,
  ) {
    super(`cannot write ${path}: ${cause}`);
  }
}

const CAUSES: Readonly<Record<string, string>> = {
  EISDIR: 'it is a folder; give a file name',
  ENOTDIR: 'a parent of it is a file, not a folder (ENOTDIR)',
  EACCES: 'permission denied (EACCES)',
  EPERM: 'operation not permitted (EPERM)',
  ENOENT: 'its folder does not exist and cannot be created (ENOENT)',
  ENOSPC: 'no space left on the device (ENOSPC)',
  EDQUOT: 'disk quota exceeded (EDQUOT)',
  EROFS: 'the file system is read-only (EROFS)',
  ENAMETOOLONG: 'the name is too long (ENAMETOOLONG)',
  EMFILE: 'too many open files (EMFILE)',
  EIO: 'input/output error (EIO)',
};

function writeError(target: string, e: unknown): unknown {
  if (e instanceof FileExistsError || e instanceof WriteError) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !code.startsWith('E')) return e;
  return new WriteError(
    target,
    CAUSES[code] ?? `${(e as Error).message.split(',')[0] ?? code} (${code})`,
  );
}

function writeAtomic(
  target: string,
  content: string | Uint8Array | Iterable<string>,
  options: { force?: boolean },
): void {
  // Renaming a file onto a folder fails with a message naming the temporary file: say it first.
  if (isDirectory(target)) throw new WriteError(target, CAUSES.EISDIR ?? 'it is a folder');
  const dir = dirname(target);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    // mkdir -p over a path where a parent is a file says EEXIST; say what is wrong.
    if ((e as NodeJS.ErrnoException).code === 'EEXIST')
      throw new WriteError(target, CAUSES.ENOTDIR ?? 'ENOTDIR');
    throw e;
  }
  const tmp = join(
    dir,
    `.${basename(target)}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`,
  );
  const fd = openSync(tmp, 'wx', 0o644);
  try {
    const pieces =
      typeof content === 'string' || content instanceof Uint8Array ? [content] : content;
    for (const piece of pieces) {
      const buf = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
      let off = 0;
      while (off < buf.byteLength) off += writeSync(fd, buf, off, buf.byteLength - off);
    }
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    unlinkSync(tmp);
    throw e;
  }
  closeSync(fd);
  try {
    if (options.force) {
      renameSync(tmp, target);
      return;
    }
    try {
      linkSync(tmp, target);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(target);
      throw e;
    }
    unlinkSync(tmp);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already renamed or removed */
    }
    throw e;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
