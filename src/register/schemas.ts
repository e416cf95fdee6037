import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_DIR } from '../paths.js';

/**
 * The register's JSON Schemas (schemas/*.schema.json), read once per process: the validator,
 * the record editor (key order) and the translation rule (which fields are texts) share them.
 */
let cache: Map<string, Readonly<Record<string, unknown>>> | undefined;

function all(): Map<string, Readonly<Record<string, unknown>>> {
  if (!cache) {
    cache = new Map();
    for (const name of readdirSync(SCHEMA_DIR)
      .filter((f) => f.endsWith('.schema.json'))
      .sort()) {
      cache.set(
        name,
        JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8')) as Record<string, unknown>,
      );
    }
  }
  return cache;
}

/** Every schema by file name (e.g. `activity.schema.json`), in file-name order. */
export function registerSchemas(): ReadonlyMap<string, Readonly<Record<string, unknown>>> {
  return all();
}

export function registerSchema(fileName: string): Readonly<Record<string, unknown>> {
  const schema = all().get(fileName);
  if (!schema) throw new Error(`schema ${fileName} is missing from ${SCHEMA_DIR}`);
  return schema;
}
