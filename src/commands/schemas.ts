/**
 * `gdpr schemas [path]`: writes (or refreshes, after an upgrade) the register's copy of the JSON
 * Schemas in `.gdpr/schemas/`, which the modelines of its files point at. The copy is generated:
 * it is replaced without --force, atomically, file by file.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { EXIT } from '../errors.js';
import { writeFileAtomicSync } from '../fsx/write.js';
import type { Io } from '../io.js';
import { findRegisterRoot } from '../register/find-root.js';
import { LOCAL_SCHEMA_DIR, localSchemaFiles } from '../register/local-schemas.js';

export interface SchemasOptions {
  path?: string;
}

export function schemas(options: SchemasOptions, io: Io): Promise<number> {
  const root = findRegisterRoot(resolve(io.cwd, options.path ?? '.'));
  let changed = 0;
  const files = localSchemaFiles();
  for (const file of files) {
    const abs = join(root, file.path);
    if (current(abs) === file.content) continue;
    writeFileAtomicSync(abs, file.content, { force: true });
    changed++;
  }
  const where = relative(io.cwd, join(root, LOCAL_SCHEMA_DIR)).split(sep).join('/') || '.';
  io.stdout.write(
    changed === 0
      ? `${where}/: the ${String(files.length)} schemas are up to date.\n`
      : `${where}/: wrote ${String(changed)} of ${String(files.length)} schemas.\n`,
  );
  return Promise.resolve(EXIT.ok);
}

function current(abs: string): string | undefined {
  try {
    return readFileSync(abs, 'utf8');
  } catch {
    return undefined;
  }
}
