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
  type Stats,
} from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import {
  FALLBACK_LANGUAGE,
  PROBLEMS_DOMAIN,
  renderWording,
  type Wording,
} from '../locale/index.js';

/**
 * Why a file of the register was not read. `wording` is the finding, a key of
 * `locales/<lang>/problems.json` with its values, worded in the language of the output;
 * `message` is the same in English.
 */
export class FileRefusedError extends Error {
  override readonly name = 'FileRefusedError';
  constructor(
    readonly wording: Wording,
    readonly code: 'NOT_REGULAR' | 'OUTSIDE' | 'TOO_LARGE',
  ) {
    super(renderWording(FALLBACK_LANGUAGE, PROBLEMS_DOMAIN, wording));
  }
}

const CHUNK = 64 * 1024;

/** What kind of file system entry `st` is ("a FIFO (named pipe)"): a key of `entry.*`. */
function describe(st: {
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
  isDirectory(): boolean;
}): Wording {
  if (st.isFIFO()) return { key: 'entry.fifo' };
  if (st.isCharacterDevice()) return { key: 'entry.character_device' };
  if (st.isBlockDevice()) return { key: 'entry.block_device' };
  if (st.isSocket()) return { key: 'entry.socket' };
  if (st.isDirectory()) return { key: 'entry.directory' };
  return { key: 'entry.other' };
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
export function linkOutside(root: string, absPath: string, folder = false): Wording | undefined {
  if (!lstatSync(absPath).isSymbolicLink()) return undefined;
  const target = realpathSync(absPath);
  if (isInside(realpathSync(root), target)) return undefined;
  return { key: folder ? 'file.link_outside_folder' : 'file.link_outside', values: { target } };
}

/**
 * Reads one file of the register at `absPath` (inside `root`), at most `maxBytes` bytes.
 * Throws FileRefusedError (its wording is the finding) or the file system's own error (ENOENT,
 * EACCES, ELOOP, …) for the caller to word.
 */
export function readRegisterFile(
  root: string,
  absPath: string,
  maxBytes: number,
  listedRegular = false,
): Uint8Array {
  // A name its folder listing gives as a regular file (not a link, FIFO or device) is opened
  // without looking again, but never through a link (O_NOFOLLOW: should it have been replaced
  // by one since, the open fails and the name is looked at as below); the type is checked
  // again on the open descriptor.
  if (listedRegular) {
    let fd: number | undefined;
    try {
      fd = openSync(absPath, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    } catch {
      // Replaced, removed or unreadable since it was listed: the full path says why.
    }
    if (fd !== undefined) return readOpen(fd, maxBytes);
  }
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
      { key: 'file.not_regular', values: { what: describe(st) } },
      'NOT_REGULAR',
    );
  // O_NONBLOCK: should the file have been swapped for a FIFO since, opening does not block, and
  // the type is checked again on the open descriptor.
  return readOpen(openSync(absPath, constants.O_RDONLY | constants.O_NONBLOCK), maxBytes);
}

/**
 * The bytes of a name its folder listing gave as a regular file, when it still is one (never
 * through a link) of at most `maxBytes`; else undefined, for the caller to look at it closer.
 * One open, one fstat and one read: `check --cache` reads every file of a register this way.
 * `onStat` is given the status of the descriptor read, taken before its bytes.
 */
export function readListedFile(
  absPath: string,
  maxBytes: number,
  onStat?: (stat: Stats) => void,
): Uint8Array | undefined {
  try {
    return readOpen(
      openSync(absPath, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW),
      maxBytes,
      onStat,
    );
  } catch {
    return undefined;
  }
}

/**
 * Reads again a file `readRegisterFile` read earlier in this run (its links were judged then):
 * opened without blocking, refused unless it is still a regular file, capped in bytes.
 */
export function rereadRegisterFile(absPath: string, maxBytes: number): Uint8Array {
  return readOpen(openSync(absPath, constants.O_RDONLY | constants.O_NONBLOCK), maxBytes);
}

/** Reads an open descriptor, a regular file at most `maxBytes` long, and closes it. */
function readOpen(fd: number, maxBytes: number, onStat?: (stat: Stats) => void): Uint8Array {
  try {
    const fst = fstatSync(fd);
    onStat?.(fst);
    if (!fst.isFile())
      throw new FileRefusedError(
        { key: 'file.not_regular_now', values: { what: describe(fst) } },
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
      const wanted = buf.byteLength - total;
      const n = readSync(fd, buf, total, wanted, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge(undefined, maxBytes);
      // A regular file that reported its size gives it in one read, short of the byte asked
      // past it: that is its end, no second read needed to see it.
      if (fst.size > 0 && n < wanted) break;
    }
    return buf.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(size: number | undefined, maxBytes: number): FileRefusedError {
  const limit = String(maxBytes / 1024 / 1024);
  return new FileRefusedError(
    size === undefined
      ? { key: 'file.over_limit', values: { limit } }
      : { key: 'file.too_large', values: { mb: (size / 1024 / 1024).toFixed(1), limit } },
    'TOO_LARGE',
  );
}

/**
 * A folder of the register layout (`activities`, `catalog`, …) that is something else: the
 * finding to report at its path, or undefined when it is a folder (or absent: folders are
 * optional). `what` names what belongs there ("a folder of activity files"), a wording of the
 * same catalogue.
 */
export function layoutProblem(root: string, relPath: string, what: Wording): Wording | undefined {
  const absPath = join(root, relPath);
  let st;
  try {
    st = lstatSync(absPath);
  } catch {
    return undefined;
  }
  if (st.isSymbolicLink()) {
    let outside: Wording | undefined;
    try {
      outside = linkOutside(root, absPath, true);
      st = statSync(absPath);
    } catch (e) {
      return {
        key: 'folder.link_broken',
        values: { path: relPath, code: (e as NodeJS.ErrnoException).code ?? 'error', what },
      };
    }
    if (outside) return outside;
  }
  if (st.isDirectory()) return undefined;
  const is = st.isFile() ? { key: 'entry.file' } : describe(st);
  return { key: 'folder.not_folder', values: { path: relPath, is, what } };
}
