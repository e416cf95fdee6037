import { createRequire } from 'node:module';

type NodeCrypto = typeof import('node:crypto');
let crypto: NodeCrypto | undefined;

/**
 * node:crypto, loaded on first use: loading it costs some 6 ms, and most runs of `check`, `due`
 * or `notice` hash nothing (no finding to fingerprint, no cache, no file written).
 */
export function nodeCrypto(): NodeCrypto {
  crypto ??= createRequire(import.meta.url)('node:crypto') as NodeCrypto;
  return crypto;
}
