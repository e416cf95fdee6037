/**
 * The one way a file of the register is read from disk. Its type is checked before any byte is
 * read: a regular file, or a symbolic link that resolves to a regular file inside the register
 * (git stores symbolic links, so a pull request can add one pointing at `/dev/zero`, a FIFO or
 * `/etc/passwd`). A FIFO, a device or a socket is refused, never opened for a blocking read, and
 * the read is capped in bytes even when the file reports no size (`/proc`, devices).
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/** Why a file of the register was not read; `message` is the finding, in the user's words. */
export class FileRefusedError extends Error {
  override readonly name = 'FileRefusedError';
  constructor(
    message: string,
    readonly code: 'NOT_REGULAR' | 'OUTSIDE' | 'TOO_LARGE',
  ) {
    super(message);
  }
}

const CHUNK = 64 * 1024;

/** What kind of file system entry `st` is, in words ("a FIFO (named pipe)"). */
function describe(st: {
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
  isDirectory(): boolean;
}): string {
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  if (st.isDirectory()) return 'a directory';
  return 'not a regular file';
}

/** True when `path` is `root` or below it (both real paths). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Where a symbolic link at `absPath` leads, when it leads outside `root`: the finding to report.
 * Undefined for anything that is not a link, or a link that stays inside. Errors of the link
 * itself (a loop, a broken link) are thrown as the file system reports them.
 */
export function linkOutside(root: string, absPath: string): string | undefined {
  if (!lstatSync(absPath).isSymbolicLink()) return undefined;
  const target = realpathSync(absPath);
  if (isInside(realpathSync(root), target)) return undefined;
  return (
    `this is a symbolic link to ${target}, outside the register; a link is followed only ` +
    `when it stays inside the register folder. Replace it with the file itself`
  );
}

/**
 * Reads one file of the register at `absPath` (inside `root`), at most `maxBytes` bytes.
 * Throws FileRefusedError (the message is the finding) or the file system's own error (ENOENT,
 * EACCES, ELOOP, …) for the caller to word.
 */
export function readRegisterFile(root: string, absPath: string, maxBytes: number): Uint8Array {
  // The type of what the name leads to, before opening: opening a FIFO for reading blocks. A
  // name that is no link is itself what it leads to; only a link is resolved (and refused when
  // it leads outside the register).
  const own = lstatSync(absPath);
  let st = own;
  if (own.isSymbolicLink()) {
    const outside = linkOutside(root, absPath);
    if (outside) throw new FileRefusedError(outside, 'OUTSIDE');
    st = lstatSync(realpathSync(absPath));
  }
  if (st.isDirectory())
    throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${absPath}'`), {
      code: 'EISDIR',
    });
  if (!st.isFile())
    throw new FileRefusedError(
      `this is ${describe(st)}, not a regular file; a register holds only regular YAML files. ` +
        `Remove it or replace it with the file itself`,
      'NOT_REGULAR',
    );
  // O_NONBLOCK: should the file have been swapped for a FIFO since, opening does not block, and
  // the type is checked again on the open descriptor.
  const fd = openSync(absPath, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const fst = fstatSync(fd);
    if (!fst.isFile())
      throw new FileRefusedError(
        `this is ${describe(fst)}, not a regular file; a register holds only regular YAML files`,
        'NOT_REGULAR',
      );
    if (fst.size > maxBytes) throw tooLarge(fst.size, maxBytes);
    // Read up to one byte past the cap: a file that grows, or reports no size, is still bounded.
    // One buffer of the reported size (and a byte to see the end), grown only if the file grows.
    let buf = Buffer.allocUnsafe(Math.min(fst.size > 0 ? fst.size + 1 : CHUNK, maxBytes + 1));
    let total = 0;
    for (;;) {
      if (total === buf.byteLength) {
        const bigger = Buffer.allocUnsafe(Math.min(total + CHUNK, maxBytes + 1));
        buf.copy(bigger, 0, 0, total);
        buf = bigger;
      }
      const n = readSync(fd, buf, total, buf.byteLength - total, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge(undefined, maxBytes);
    }
    return buf.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(size: number | undefined, maxBytes: number): FileRefusedError {
  const limit = `${maxBytes / 1024 / 1024} MB`;
  const what =
    size === undefined
      ? `file is larger than the ${limit} limit`
      : `file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${limit} limit`;
  return new FileRefusedError(
    `${what} for a register file; split it (one file per record) or remove what does not belong in the register`,
    'TOO_LARGE',
  );
}

/**
 * A folder of the register layout (`activities`, `catalog`, …) that is something else: the
 * finding to report at its path, or undefined when it is a folder (or absent: folders are
 * optional). `what` names what belongs there ("a folder of activity files").
 */
export function layoutProblem(root: string, relPath: string, what: string): string | undefined {
  const absPath = join(root, relPath);
  let st;
  try {
    st = lstatSync(absPath);
  } catch {
    return undefined;
  }
  if (st.isSymbolicLink()) {
    let outside: string | undefined;
    try {
      outside = linkOutside(root, absPath);
      st = statSync(absPath);
    } catch (e) {
      return (
        `${relPath} is a symbolic link that cannot be followed ` +
        `(${(e as NodeJS.ErrnoException).code ?? 'error'}); replace it with ${what}`
      );
    }
    if (outside) return outside.replace('the file itself', 'the folder itself');
  }
  if (st.isDirectory()) return undefined;
  const is = st.isFile() ? 'a file' : describe(st);
  return `${relPath} is ${is}, but ${what} is expected here; move it aside and create the folder`;
}
