/**
 * `gdpr check --cache` (or `--cache-location`, `--cache-strategy`): the engine, the rules and the
 * half of the cache that reads the files (check-engine.ts, a bundle of its own) load only when a
 * register cannot be replayed from its files' status, or the rules are named.
 */
import type { Io } from '../io.js';
import { runCheck, type CheckCommandOptions } from './check/run.js';

export function checkCached(options: CheckCommandOptions, io: Io): Promise<number> {
  return runCheck(options, io, () => import('./check-engine.js'));
}
