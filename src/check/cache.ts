/**
 * `gdpr check --cache` in one piece: CacheReplay (cache-replay.ts, where the cache is described)
 * with its other half, cache-compute.ts, loaded on the first register it cannot replay.
 */
import { CacheReplay, type CacheStrategy } from './cache-replay.js';

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
