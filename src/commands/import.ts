/**
 * `gdpr import <file>`: a register from a spreadsheet. Reads the file (src/import/), maps
 * what it can, keeps the rest verbatim, and writes gdpr.yaml, the catalogues, the activities
 * and the parties into an empty (or absent) folder — never over existing files without
 * `--force` — then prints the report: every value it could not map, with its cell.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXIT, UsageError } from '../errors.js';
import { writeFileAtomicSync } from '../fsx/write.js';
import {
  buildRegister,
  parseMapping,
  readSource,
  readWorkbook,
  WorkbookError,
  type Mapping,
} from '../import/index.js';
import type { Io } from '../io.js';
import { message } from '../locale/index.js';
import { shownPath } from '../paths.js';
import { writeFiles } from '../prompts/wizard.js';
import { LOCAL_SCHEMA_DIR, localSchemaFiles } from '../register/local-schemas.js';
import type { IMPORT, OptionsOf } from './specs.js';

export type ImportCommandOptions = OptionsOf<typeof IMPORT>;

/** Spreadsheets larger than this are refused before reading. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

export async function importCommand(options: ImportCommandOptions, io: Io): Promise<number> {
  const file = resolve(io.cwd, options.file);
  const shown = shownPath(io.cwd, file);
  const bytes = readInput(file, shown);
  let mapping: Mapping | undefined;
  if (options.mapping !== undefined) {
    const mappingFile = resolve(io.cwd, options.mapping);
    const mappingText = new TextDecoder('utf-8').decode(
      readInput(mappingFile, shownPath(io.cwd, mappingFile)),
    );
    mapping = parseMapping(mappingText, shownPath(io.cwd, mappingFile));
  }

  const dir = resolve(io.cwd, options.into ?? '.');
  const shownDir = shownPath(io.cwd, dir);
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new UsageError(`${shownDir} is not a folder`);
    if (readdirSync(dir).length > 0 && options.force !== true)
      throw new UsageError(
        `${shownDir} is not empty; nothing was written (import into a new folder with --into, or ` +
          `use --force to replace files of the same names)`,
      );
  }

  let built;
  try {
    const workbook = readWorkbook(bytes, shown);
    const source = readSource(workbook, shown, { from: options.from, mapping });
    built = buildRegister(source);
    writeFiles(
      io,
      built.files.map((f) => ({ abs: join(dir, ...f.path.split('/')), content: f.content })),
      { force: options.force },
    );
    for (const f of localSchemaFiles())
      writeFileAtomicSync(join(dir, f.path), f.content, { force: true });
    const lang = source.lang;
    const say = (key: string, values: Record<string, string | number> = {}): string =>
      message(lang, 'import', key, values);
    const out = [
      say('summary.written', { activities: built.activities, source: shown, dir: shownDir }),
      ...built.files.map((f) => `  ${join(shownDir, f.path)}`),
      `  ${join(shownDir, LOCAL_SCHEMA_DIR)}/`,
      '',
    ];
    if (built.report.length > 0) {
      out.push(say('summary.report', { n: built.report.length }));
      for (const r of built.report) out.push(`  ${r.ref}: ${r.message}`);
    } else out.push(say('summary.clean'));
    out.push('', say('summary.next', { dir: shownDir }), '');
    io.stdout.write(out.join('\n'));
  } catch (e) {
    if (e instanceof WorkbookError)
      throw new UsageError(
        `${shown}: ${e.part ? `${e.part}: ` : ''}${e.message.replace(`${shown}: `, '')}`,
      );
    throw e;
  }
  return EXIT.ok;
}

function readInput(abs: string, shown: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(abs);
    if (!stat.isFile()) throw new UsageError(`${shown} is not a file`);
    size = stat.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(
      `cannot read ${shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  if (size > MAX_FILE_BYTES) throw new UsageError(`${shown} is larger than 50 MB`);
  try {
    return readFileSync(abs);
  } catch (e) {
    throw new UsageError(
      `cannot read ${shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
}
