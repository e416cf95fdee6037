import { createRequire } from 'node:module';

/**
 * Node's built-in modules that few runs use, loaded on first use (Node keeps each once loaded):
 * loading node:crypto costs some 6 ms, and most runs of `check`, `due` or `notice` hash nothing
 * (no finding to fingerprint, no cache, no file written); node:v8 serves the cache only.
 */
const load = createRequire(import.meta.url);

export function nodeCrypto(): typeof import('node:crypto') {
  return load('node:crypto') as typeof import('node:crypto');
}

export function nodeV8(): typeof import('node:v8') {
  return load('node:v8') as typeof import('node:v8');
}
