/**
 * `gdpr check` without a cache: the engine bundled with the command (one file to load). With
 * `--cache`, cli.ts runs check-cached.ts instead, which loads the engine only when it must.
 */
import type { Io } from '../io.js';
import * as engine from './check-engine.js';
import { runCheck, type CheckCommandOptions } from './check/run.js';

export type { CheckCommandOptions } from './check/run.js';

export function check(options: CheckCommandOptions, io: Io): Promise<number> {
  return runCheck(options, io, () => Promise.resolve(engine));
}
