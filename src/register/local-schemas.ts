/**
 * The register's own copy of the JSON Schemas, in `.gdpr/schemas/` at its root. The modelines
 * that `gdpr init` and the record commands write point there, so an editor validates the files
 * without `node_modules` (a register checked with `npx` or a global install has none).
 * `gdpr schemas` refreshes the copy after an upgrade.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SCHEMA_DIR } from '../paths.js';
import { CONFIG_FILE } from './kinds.js';

/** Relative to the register root, with forward slashes. */
export const LOCAL_SCHEMA_DIR = '.gdpr/schemas';

export interface SchemaFile {
  /** Relative to the register root, with forward slashes. */
  path: string;
  content: string;
}

/** The package's schemas as files of the register's copy, in file-name order. */
export function localSchemaFiles(): SchemaFile[] {
  return readdirSync(SCHEMA_DIR)
    .filter((name) => name.endsWith('.schema.json'))
    .sort()
    .map((name) => ({
      path: `${LOCAL_SCHEMA_DIR}/${name}`,
      content: readFileSync(join(SCHEMA_DIR, name), 'utf8'),
    }));
}

/**
 * The folder new modelines point at: the register's copy when it has one, else the package's
 * schemas (a register made before the copy existed keeps working until `gdpr schemas`).
 */
export function schemaDirOf(registerRoot: string): string {
  const local = join(registerRoot, LOCAL_SCHEMA_DIR);
  return existsSync(local) ? local : SCHEMA_DIR;
}

/** schemaDirOf the register holding `fileAbs` (the nearest folder up with `gdpr.yaml`). */
export function schemaDirForFile(fileAbs: string): string {
  for (let dir = dirname(fileAbs); ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_FILE))) return schemaDirOf(dir);
    if (dirname(dir) === dir) return SCHEMA_DIR;
  }
}
