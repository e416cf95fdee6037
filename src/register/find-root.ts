import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { CONFIG_FILE } from './kinds.js';

/**
 * Walks up from `start` to the first directory holding `gdpr.yaml` (the register root).
 * A `start` that is itself a `gdpr.yaml` file is accepted too.
 */
export function findRegisterRoot(start: string): string {
  const from = resolve(start);
  if (!existsSync(from)) {
    throw new ConfigError(
      `${start}: no such file or directory. Give the folder of a register (the one holding gdpr.yaml).`,
    );
  }
  let dir = statSync(from).isDirectory() ? from : dirname(from);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new ConfigError(
    `no ${CONFIG_FILE} found in ${start} or any folder above it. Run \`gdpr init ${start}\` to ` +
      `create a register, or give the path of an existing one.`,
  );
}
