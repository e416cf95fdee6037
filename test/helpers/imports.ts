/**
 * The built command line run with an import log (record-imports.mjs): every module the command
 * makes the process resolve, ESM imports as URLs and CommonJS requires as paths, in order, with
 * the run's result for the caller's own assertions.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, REPO_ROOT } from './cli.js';

export function runLoggingImports(args: readonly string[]): {
  modules: string[];
  result: SpawnSyncReturns<string>;
} {
  const log = join(mkdtempSync(join(tmpdir(), 'gdpr-imports-')), 'imports.log');
  const result = spawnSync(
    process.execPath,
    ['--import', join(REPO_ROOT, 'test', 'helpers', 'record-imports.mjs'), BIN, ...args],
    {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', GDPR_IMPORT_LOG: log },
      encoding: 'utf8',
    },
  );
  return { modules: readFileSync(log, 'utf8').split('\n').filter(Boolean), result };
}
