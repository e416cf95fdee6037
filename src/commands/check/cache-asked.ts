import type { CheckCommandOptions } from './run.js';

/** Whether `gdpr check` uses its cache: `--cache`, or an option that implies it. */
export function cacheAsked(
  o: Pick<CheckCommandOptions, 'cache' | 'cacheLocation' | 'cacheStrategy'>,
): boolean {
  return o.cache === true || o.cacheLocation !== undefined || o.cacheStrategy !== undefined;
}
