/**
 * Writes the site into its folder. A site is written whole into a new folder beside the target
 * and then takes its place, so that a reader never sees half a site and a page of a record that
 * no longer exists does not linger. The folder is recognised as a previous output of
 * `gdpr site` by its marker file, `.gdpr-site.json`: such a folder is replaced; an empty or
 * missing one is created; any other folder is refused, unless `force` is given, in which case
 * the pages are written into it (each atomically) and nothing else in it is touched.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
} from 'node:fs';
import { nodeCrypto } from '../builtins.js';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { WriteError, writeFileAtomicSync } from '../fsx/write.js';

export const SITE_MARKER = '.gdpr-site.json';

/** The marker's content: what made the folder, so that the next run may replace it. */
export const MARKER_CONTENT = `${JSON.stringify({ generator: 'gdpr site', version: 1 }, null, 2)}\n`;

export type FolderState = 'missing' | 'empty' | 'site' | 'other';

export function folderState(dir: string, shown: string = dir): FolderState {
  let stat;
  try {
    stat = lstatSync(dir);
  } catch {
    return 'missing';
  }
  if (!stat.isDirectory())
    throw new UsageError(`${shown} is not a folder; give --output a folder for the site`);
  const entries = readdirSync(dir);
  if (entries.length === 0) return 'empty';
  const marker = join(dir, SITE_MARKER);
  return existsSync(marker) && lstatSync(marker).isFile() ? 'site' : 'other';
}

/**
 * Writes `files` (paths relative to `dir`, `/`-separated) and the marker. Returns how the
 * folder was treated.
 */
export function writeSite(
  dir: string,
  files: ReadonlyMap<string, string>,
  options: { force?: boolean; shown: string },
): FolderState {
  const state = folderState(dir, options.shown);
  if (state === 'other' && !options.force)
    throw new UsageError(
      `${options.shown} is not empty and holds no earlier output of \`gdpr site\` (no ` +
        `${SITE_MARKER}); nothing was written. Give an empty or new folder, or --force to write ` +
        `the pages into it`,
    );
  const all = new Map(files);
  all.set(SITE_MARKER, MARKER_CONTENT);
  if (state === 'other') {
    for (const [path, content] of all)
      writeFileAtomicSync(join(dir, ...path.split('/')), content, { force: true });
    return state;
  }
  const parent = dirname(dir);
  const suffix = `${process.pid}-${nodeCrypto().randomBytes(4).toString('hex')}`;
  const staging = join(parent, `.${basename(dir)}.new-${suffix}`);
  try {
    mkdirSync(parent, { recursive: true });
    for (const [path, content] of all)
      writeFileAtomicSync(join(staging, ...path.split('/')), content);
    if (state === 'missing') {
      renameSync(staging, dir);
    } else if (state === 'empty') {
      rmdirSync(dir);
      renameSync(staging, dir);
    } else {
      const old = join(parent, `.${basename(dir)}.old-${suffix}`);
      renameSync(dir, old);
      renameSync(staging, dir);
      rmSync(old, { recursive: true, force: true });
    }
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    if (e instanceof UsageError) throw e;
    const err = e as NodeJS.ErrnoException;
    throw new WriteError(options.shown, err.code ?? err.message);
  }
  return state;
}
