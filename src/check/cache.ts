/**
 * `gdpr check --cache` in one piece: CacheReplay (cache-replay.ts, where the cache is described)
 * with its other half, cache-compute.ts, loaded on the first register it cannot replay.
 */
import type { Diagnostic } from '../diagnostics.js';
import { CacheReplay, type CachedCheckOptions, type CacheStrategy } from './cache-replay.js';

export {
  DEFAULT_CACHE_FILE,
  type CachedCheckOptions,
  type CacheStrategy,
  type LazyRules,
} from './cache-replay.js';

/** One run's cache: `check` answers each register, `save` writes what changed at the end. */
export class CheckCache extends CacheReplay {
  constructor(cwd: string, cacheFile: string, strategy: CacheStrategy = 'metadata') {
    super(cwd, cacheFile, strategy, () => import('./cache-compute.js'));
  }
}

/** The findings of one register through the cache file `cacheFile` (see CheckCache). */
export async function checkWithCache(
  root: string,
  options: CachedCheckOptions,
  cacheFile: string,
  strategy: CacheStrategy = 'metadata',
): Promise<{ diagnostics: Diagnostic[]; cached: boolean }> {
  const cache = new CheckCache(options.cwd, cacheFile, strategy);
  const result = await cache.check(root, options);
  cache.save();
  return result;
}
