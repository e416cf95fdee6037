import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { FALLBACK_LANGUAGE } from '../locale/index.js';
import { CONFIG_FILE } from './kinds.js';
import { refusalText } from './wording.js';

/**
 * Walks up from `start` to the first directory holding `gdpr.yaml` (the register root).
 * A `start` that is itself a `gdpr.yaml` file is accepted too. Without a register there is no
 * register language: the refusal is in `lang` (a command's `--lang`), else English.
 */
export function findRegisterRoot(start: string, lang: string = FALLBACK_LANGUAGE): string {
  const from = resolve(start);
  if (!existsSync(from)) throw new ConfigError(refusalText(lang, 'no_such_path', { start }));
  let dir = statSync(from).isDirectory() ? from : dirname(from);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new ConfigError(refusalText(lang, 'no_register', { file: CONFIG_FILE, start }));
}
