/**
 * One stable identity per finding, for tools that follow findings from run to run: SARIF
 * `partialFingerprints` (GitHub code scanning), the GitLab Code Quality `fingerprint`, and a
 * suppressions file. It hashes the rule, the file and the JSON path inside the document — never
 * the line — so moving a record up or down the file, or editing a comment above it, keeps the
 * same fingerprint, while the same problem at another key or in another file gets another one.
 */
import { nodeCrypto } from './builtins.js';

/** What a fingerprint is computed from: a Diagnostic has these three fields. */
export interface FingerprintSource {
  /** Rule id, e.g. `retention-required`. */
  rule: string;
  /** Path relative to the working directory, `/` separators. */
  file: string;
  /** JSON path inside the document, e.g. `purposes[0].legal_basis` ('' for the whole document). */
  path: string;
}

/** Version of the recipe: bump it if the inputs ever change, so old and new never collide. */
export const FINGERPRINT_VERSION = 1;

/** 32 lowercase hex digits (the first 128 bits of a SHA-256 of rule, file and path). */
export function fingerprint(source: FingerprintSource): string {
  return nodeCrypto()
    .createHash('sha256')
    .update(`gdpr/v${String(FINGERPRINT_VERSION)}\0${source.rule}\0${source.file}\0${source.path}`)
    .digest('hex')
    .slice(0, 32);
}
