/**
 * The register's history, read from git through its command line (`git` on the PATH): which
 * commit a `--since` names, and the register's files as they were at that commit, written to a
 * temporary folder so the ordinary loader reads them. A clone without the history (shallow, or
 * not a git repository) gets a clear message, not a stack trace.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { UsageError } from '../errors.js';

export interface GitCommit {
  sha: string;
  /** Committer date, YYYY-MM-DD. */
  date: string;
  subject: string;
}

function git(cwd: string, args: readonly string[], input?: string): string {
  const result = spawnSync('git', args, {
    cwd,
    input,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
  if (result.error !== undefined) {
    throw new UsageError(
      `git could not be run (${result.error.message}); gdpr diff reads the register's history ` +
        `with git: install git or put it on the PATH`,
    );
  }
  if (result.status !== 0) throw new GitFailed(result.stderr.trim());
  return result.stdout;
}

class GitFailed extends Error {}

/** The top folder of the git work tree holding `dir`. */
export function workTreeRoot(dir: string): string {
  try {
    return git(dir, ['rev-parse', '--show-toplevel']).trim();
  } catch (e) {
    if (e instanceof GitFailed) {
      throw new UsageError(
        `${dir} is not in a git repository: gdpr diff compares the register with its history in ` +
          `git (git init, commit the register, then compare later commits)`,
      );
    }
    throw e;
  }
}

function isShallow(top: string): boolean {
  try {
    return git(top, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
  } catch {
    return false;
  }
}

function shallowHint(top: string): string {
  return isShallow(top)
    ? '; this clone is shallow (its history is cut): fetch it with `git fetch --unshallow`, or ' +
        '`fetch-depth: 0` in actions/checkout'
    : '';
}

function commitOf(top: string, rev: string): GitCommit {
  const out = git(top, ['log', '-1', '--format=%H%x00%cs%x00%s', rev, '--']);
  const [sha = '', date = '', subject = ''] = out.trim().split('\0');
  return { sha, date, subject };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The commit `since` names: a revision (tag, branch, sha, `HEAD~3`), or a date `YYYY-MM-DD`,
 * meaning the register as it stood at the start of that day (the last commit before it).
 */
export function resolveSince(top: string, since: string): GitCommit {
  if (since.startsWith('-'))
    throw new UsageError(`--since ${since}: a revision or a date cannot start with "-"`);
  if (DATE.test(since)) {
    let sha: string;
    try {
      sha = git(top, ['rev-list', '-1', `--before=${since}T00:00:00`, 'HEAD', '--']).trim();
    } catch {
      sha = '';
    }
    if (sha === '') {
      let first: string;
      try {
        first = git(top, ['log', '--reverse', '--format=%cs', 'HEAD', '--']).split('\n')[0] ?? '';
      } catch {
        first = '';
      }
      throw new UsageError(
        `--since ${since}: no commit before that day${first === '' ? '' : ` (the history starts on ${first})`}${shallowHint(top)}`,
      );
    }
    return commitOf(top, sha);
  }
  try {
    git(top, ['rev-parse', '--verify', '--quiet', `${since}^{commit}`]);
  } catch {
    throw new UsageError(
      `--since ${since}: no such revision in this repository (give a tag, a branch, a commit or ` +
        `a date YYYY-MM-DD)${shallowHint(top)}`,
    );
  }
  return commitOf(top, since);
}

/** HEAD's commit, and whether the register's folder has changes not yet committed. */
export function headState(top: string, registerRoot: string): { head?: GitCommit; dirty: boolean } {
  let head: GitCommit | undefined;
  try {
    head = commitOf(top, 'HEAD');
  } catch {
    head = undefined;
  }
  const prefix = relative(top, registerRoot) || '.';
  const status = git(top, ['status', '--porcelain', '--untracked-files=all', '--', prefix]);
  return head === undefined
    ? { dirty: status.trim() !== '' }
    : { head, dirty: status.trim() !== '' };
}

/**
 * Writes the register's files (its folder, `registerRoot`, inside the work tree `top`) as they
 * were at `commit` into a new temporary folder, and returns that folder. Only the register's own
 * files are read: `git ls-tree` lists them, one `git cat-file --batch` reads them all.
 */
export function checkoutRegister(top: string, registerRoot: string, commit: string): string {
  const prefix = relative(top, registerRoot).split(sep).join('/');
  const listing = git(top, [
    'ls-tree',
    '-r',
    '-z',
    '--full-tree',
    commit,
    '--',
    prefix === '' ? '.' : prefix,
  ]);
  const entries = listing
    .split('\0')
    .filter((line) => line !== '')
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode = '', type = '', sha = ''] = line.slice(0, tab).split(' ');
      return { mode, type, sha, path: line.slice(tab + 1) };
    })
    .filter((e) => e.type === 'blob' && e.mode !== '120000' && /\.(ya?ml|json|hbs)$/i.test(e.path));
  const out = mkdtempSync(join(tmpdir(), 'gdpr-diff-'));
  if (entries.length === 0) return out;
  const batch = execFileSync('git', ['cat-file', '--batch'], {
    cwd: top,
    input: entries.map((e) => e.sha).join('\n') + '\n',
    maxBuffer: 1024 * 1024 * 1024,
  });
  let offset = 0;
  for (const entry of entries) {
    const headerEnd = batch.indexOf(0x0a, offset);
    const header = batch.subarray(offset, headerEnd).toString('utf8');
    const size = Number(header.split(' ')[2]);
    const content = batch.subarray(headerEnd + 1, headerEnd + 1 + size);
    offset = headerEnd + 1 + size + 1;
    const rel = prefix === '' ? entry.path : entry.path.slice(prefix.length + 1);
    if (rel.split('/').some((part) => part === '..' || part === '')) continue;
    const target = join(out, ...rel.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return out;
}
