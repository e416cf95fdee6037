/**
 * `gdpr import`'s core: bytes of a spreadsheet → what it says (readSource), then register
 * files and a report (buildRegister, ./build.ts). Which layout: `--from`, else recognised —
 * the record `gdpr register` writes (its sheet names), the CNIL model (its sheet names or
 * record-sheet labels), else a sheet with one row per activity (the ICO template is one).
 */
import { readCnil, isCnilWorkbook } from './cnil.js';
import { readIco } from './ico.js';
import { foldHeader, type Mapping } from './mapping.js';
import type { ImportedRegister } from './model.js';
import { isRecordWorkbook, readRecord } from './record.js';
import { findHeaderRow, readActivityRows, type HeaderRow } from './table.js';
import { containsWord, normalise, vocabulary } from './vocabulary.js';
import {
  cellName,
  isOleCompound,
  isZip,
  readCsv,
  readPackage,
  WorkbookError,
  type Workbook,
} from './workbook.js';

export { buildRegister, type BuildResult, type BuiltFile, type ReportLine } from './build.js';
export { parseMapping, type Mapping } from './mapping.js';
export { WorkbookError } from './workbook.js';

export const IMPORT_SOURCES = ['cnil', 'ico', 'csv'] as const;
export type ImportFrom = (typeof IMPORT_SOURCES)[number];

export function readWorkbook(bytes: Uint8Array, file: string): Workbook {
  if (isOleCompound(bytes))
    throw new WorkbookError(
      'an old binary Office file (.xls); open it and save it as .xlsx or .ods first',
    );
  if (isZip(bytes)) return readPackage(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new WorkbookError('not a spreadsheet: neither xlsx, ODS nor UTF-8 CSV text');
  }
  if (text.includes('\u0000'))
    throw new WorkbookError('not a spreadsheet: neither xlsx, ODS nor CSV text');
  const name = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'csv';
  return readCsv(text, name);
}

export function readSource(
  workbook: Workbook,
  file: string,
  options: { from?: ImportFrom | undefined; mapping?: Mapping | undefined },
): ImportedRegister {
  const { from, mapping } = options;
  if (mapping || from === 'csv') return readTable(workbook, file, mapping);
  if (from === 'cnil') return nonEmpty(readCnil(workbook), file, 'the CNIL model (ODS)');
  if (from === 'ico') return readIco(workbook, file);
  if (isRecordWorkbook(workbook)) return readRecord(workbook);
  if (isCnilWorkbook(workbook)) return nonEmpty(readCnil(workbook), file, 'the CNIL model (ODS)');
  if (workbook.sheets.some((s) => vocabulary('layouts').ico.sheet.includes(s.name)))
    return readIco(workbook, file);
  return readTable(workbook, file, undefined);
}

function nonEmpty(register: ImportedRegister, file: string, what: string): ImportedRegister {
  if (register.activities.length === 0)
    throw new WorkbookError(
      `${file}: no activity found as ${what} lays them out (a "Nom / sigle" on a record sheet, ` +
        `or a row under the list's headers)`,
    );
  return register;
}

/** A sheet with one row per activity: header words, or the mapping file's columns. */
function readTable(
  workbook: Workbook,
  file: string,
  mapping: Mapping | undefined,
): ImportedRegister {
  const sheets = mapping?.sheet
    ? workbook.sheets.filter((s) => s.name === mapping.sheet)
    : workbook.sheets;
  if (mapping?.sheet && sheets.length === 0)
    throw new WorkbookError(
      `${file} has no sheet "${mapping.sheet}" (sheets: ${workbook.sheets.map((s) => s.name).join(', ')})`,
    );
  const fieldOf = (header: string, col: number): string | null => {
    if (!mapping) return null;
    return (
      mapping.columns.get(cellName(0, col).replace(/\d+$/, '')) ??
      mapping.columns.get(foldHeader(header)) ??
      null
    );
  };
  for (const sheet of sheets) {
    let header: HeaderRow | null;
    if (mapping?.headerRow !== undefined) {
      const r = mapping.headerRow - 1;
      const columns = new Map<number, string>();
      (sheet.rows[r] ?? []).forEach((h, c) => {
        const f = fieldOf(h, c);
        if (f) columns.set(c, f);
      });
      header = columns.size > 0 ? { row: r, columns } : null;
    } else {
      header = mapping ? findHeaderRow(sheet, fieldOf) : findHeaderRow(sheet);
    }
    if (!header) continue;
    const headerText = (sheet.rows[header.row] ?? []).join(' ');
    return {
      source: 'csv',
      lang: mapping?.lang ?? guessLanguage(headerText),
      organisation: {},
      activities: readActivityRows(sheet, header),
      retentionRules: [],
      parties: [],
    };
  }
  throw new WorkbookError(
    mapping
      ? `${file}: no header row holds the columns of the mapping file (name or purposes at least)`
      : `${file}: no header row names the activity or its purpose; give --mapping FILE to say which column holds what`,
  );
}

function guessLanguage(headers: string): string {
  const n = normalise(headers);
  for (const [lang, words] of Object.entries(vocabulary('layouts').language_hints))
    if (words.some((w) => containsWord(n, w))) return lang;
  return 'en';
}
