/**
 * Spreadsheets as plain grids of text: xlsx (Office Open XML, ECMA-376), ODS (OpenDocument)
 * and CSV. Every cell becomes a string: dates as YYYY-MM-DD (xlsx serials in the 1900 or 1904
 * system, ODS `office:date-value`), numbers as written, booleans TRUE/FALSE. A merged range
 * (xlsx `mergeCell`, ODS spanned and covered cells) gives every cell it covers the value of its
 * first cell, so that a department merged over three rows belongs to each of them.
 *
 * The zip container is read with fflate (8 kB, no dependency, works on every Node version
 * we support); the XML with ./xml.ts. Only the parts needed are inflated, each capped in size.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { childrenNamed, descendants, firstChild, parseXml, textOf, XmlError } from './xml.js';
import type { XmlElement } from './xml.js';

export interface Sheet {
  name: string;
  /** rows[r][c]: '' where the cell is empty; rows may differ in length. */
  rows: string[][];
}

export type WorkbookFormat = 'xlsx' | 'ods' | 'csv';

export interface Workbook {
  format: WorkbookFormat;
  sheets: Sheet[];
}

/** A workbook this reader cannot read; `part` is the package part or the CSV line concerned. */
export class WorkbookError extends Error {
  constructor(
    message: string,
    readonly part?: string,
  ) {
    super(message);
  }
}

/** Size caps: a part inflating past this, or a grid past these bounds, is refused. */
const MAX_PART_BYTES = 64 * 1024 * 1024;
const MAX_ROWS = 100_000;
const MAX_COLUMNS = 1_000;

/** `C12` for row 11, column 2 (0-based). */
export function cellName(row: number, col: number): string {
  let letters = '';
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

/** `Sheet!C12`, the sheet name quoted as spreadsheets do when it holds spaces or punctuation. */
export function cellRef(sheet: string, row: number, col: number): string {
  const name = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${cellName(row, col)}`;
}

export function cellAt(sheet: Sheet, row: number, col: number): string {
  return sheet.rows[row]?.[col] ?? '';
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function isOleCompound(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** Reads a zip package: xlsx or ODS, told apart by their parts. */
export function readPackage(bytes: Uint8Array): Workbook {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f: UnzipFileInfo) => {
        if (f.originalSize > MAX_PART_BYTES)
          throw new WorkbookError(`the part ${f.name} is larger than 64 MB`);
        return f.name === 'mimetype' || f.name === 'content.xml' || f.name.startsWith('xl/');
      },
    });
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    throw new WorkbookError(`not a readable zip archive (${(e as Error).message})`);
  }
  const text = (name: string): string | undefined => {
    const data = files[name];
    return data ? new TextDecoder('utf-8').decode(data) : undefined;
  };
  const mimetype = text('mimetype')?.trim();
  if (mimetype === 'application/vnd.oasis.opendocument.spreadsheet' || text('content.xml')) {
    const content = text('content.xml');
    if (content === undefined) throw new WorkbookError('an OpenDocument file without content.xml');
    return { format: 'ods', sheets: xmlPart('content.xml', () => readOds(content)) };
  }
  if (files['xl/workbook.xml']) return { format: 'xlsx', sheets: readXlsx(text) };
  throw new WorkbookError('a zip archive that is neither an xlsx nor an ODS spreadsheet');
}

function xmlPart<T>(part: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof XmlError) throw new WorkbookError(`broken XML: ${e.message}`, part);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// xlsx

/** Built-in number formats that show dates (ECMA-376 Part 1, §18.8.30). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

function isDateFormatCode(code: string): boolean {
  // Drop quoted literals, escaped characters and bracketed parts ([Red], [$-409]) first.
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dmy]/i.test(bare) && !/^general$/i.test(bare.trim());
}

function readXlsx(text: (name: string) => string | undefined): Sheet[] {
  const workbookXml = xmlPart('xl/workbook.xml', () => parseXml(text('xl/workbook.xml') ?? ''));
  const date1904 = descendants(workbookXml, 'workbookPr').some(
    (p) => p.attrs.date1904 === '1' || p.attrs.date1904 === 'true',
  );
  const rels = new Map<string, string>();
  const relsText = text('xl/_rels/workbook.xml.rels');
  if (relsText !== undefined) {
    for (const r of descendants(
      xmlPart('xl/_rels/workbook.xml.rels', () => parseXml(relsText)),
      'Relationship',
    )) {
      const target = r.attrs.Target ?? '';
      rels.set(r.attrs.Id ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
  }
  const shared = sharedStrings(text('xl/sharedStrings.xml'));
  const dateStyles = dateStyleIndexes(text('xl/styles.xml'));
  const sheets: Sheet[] = [];
  descendants(workbookXml, 'sheet').forEach((s, index) => {
    const name = s.attrs.name ?? `Sheet${index + 1}`;
    const relId = s.attrs['r:id'] ?? Object.entries(s.attrs).find(([k]) => k.endsWith(':id'))?.[1];
    const path = (relId && rels.get(relId)) ?? `xl/worksheets/sheet${index + 1}.xml`;
    const xml = text(path);
    if (xml === undefined) return;
    sheets.push({
      name,
      rows: normaliseRows(
        xmlPart(path, () => xlsxRows(parseXml(xml), shared, dateStyles, date1904)),
      ),
    });
  });
  return sheets;
}

function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const root = xmlPart('xl/sharedStrings.xml', () => parseXml(xml));
  return childrenNamed(root, 'si').map(runText);
}

/** The text of a string item: its `t`, or its runs' `t`, without phonetic runs (`rPh`). */
function runText(si: XmlElement): string {
  const t = firstChild(si, 't');
  if (t) return textOf(t);
  return childrenNamed(si, 'r')
    .map((r) => childrenNamed(r, 't').map(textOf).join(''))
    .join('');
}

function dateStyleIndexes(xml: string | undefined): Set<number> {
  const out = new Set<number>();
  if (xml === undefined) return out;
  const root = xmlPart('xl/styles.xml', () => parseXml(xml));
  const custom = new Map<number, string>();
  for (const f of descendants(root, 'numFmt'))
    custom.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? '');
  const cellXfs = firstChild(root, 'cellXfs');
  if (!cellXfs) return out;
  childrenNamed(cellXfs, 'xf').forEach((xf, i) => {
    const id = Number(xf.attrs.numFmtId ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id)) out.add(i);
  });
  return out;
}

/** An Excel serial day as YYYY-MM-DD (1900 system with its phantom 29 February 1900, or 1904). */
export function serialToDate(serial: number, date1904 = false): string {
  const day = Math.floor(serial);
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, day < 60 ? 31 : 30);
  return new Date(epoch + day * 86_400_000).toISOString().slice(0, 10);
}

/** `C12` → [11, 2]. */
function parseCellName(ref: string): [number, number] | null {
  const m = /^([A-Z]+)(\d+)$/.exec(ref.replace(/\$/g, ''));
  if (!m) return null;
  let col = 0;
  for (const ch of m[1] ?? '') col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}

function xlsxRows(
  root: XmlElement,
  shared: readonly string[],
  dateStyles: ReadonlySet<number>,
  date1904: boolean,
): string[][] {
  const rows: string[][] = [];
  const sheetData = firstChild(root, 'sheetData');
  let nextRow = 0;
  for (const row of sheetData ? childrenNamed(sheetData, 'row') : []) {
    const r = row.attrs.r ? Number(row.attrs.r) - 1 : nextRow;
    nextRow = r + 1;
    if (r >= MAX_ROWS) throw new WorkbookError(`more than ${MAX_ROWS} rows`);
    let nextCol = 0;
    for (const c of childrenNamed(row, 'c')) {
      const pos = c.attrs.r ? parseCellName(c.attrs.r) : null;
      const col = pos ? pos[1] : nextCol;
      nextCol = col + 1;
      if (col >= MAX_COLUMNS) continue;
      const value = xlsxValue(c, shared, dateStyles, date1904);
      if (value !== '') put(rows, r, col, value);
    }
  }
  const merges = firstChild(root, 'mergeCells');
  for (const m of merges ? childrenNamed(merges, 'mergeCell') : []) {
    const [from, to] = (m.attrs.ref ?? '').split(':');
    const a = from ? parseCellName(from) : null;
    const b = to ? parseCellName(to) : a;
    if (a && b) fill(rows, a[0], a[1], b[0], b[1]);
  }
  return rows;
}

function xlsxValue(
  c: XmlElement,
  shared: readonly string[],
  dateStyles: ReadonlySet<number>,
  date1904: boolean,
): string {
  const type = c.attrs.t ?? 'n';
  const v = firstChild(c, 'v');
  const raw = v ? textOf(v) : '';
  switch (type) {
    case 's':
      return shared[Number(raw)] ?? '';
    case 'inlineStr': {
      const is = firstChild(c, 'is');
      return is ? runText(is) : '';
    }
    case 'str':
      return raw;
    case 'b':
      return raw === '1' ? 'TRUE' : 'FALSE';
    case 'e':
      return '';
    case 'd':
      return raw.slice(0, 10);
    default: {
      if (raw === '') return '';
      const n = Number(raw);
      if (Number.isNaN(n)) return raw;
      if (dateStyles.has(Number(c.attrs.s ?? 0))) return serialToDate(n, date1904);
      return String(n);
    }
  }
}

function put(rows: string[][], r: number, c: number, value: string): void {
  const row = (rows[r] ??= []);
  while (row.length < c) row.push('');
  row[c] = value;
}

/** Gives every cell of a merged range the value of its first cell. */
function fill(rows: string[][], r1: number, c1: number, r2: number, c2: number): void {
  const value = rows[r1]?.[c1] ?? '';
  if (value === '') return;
  for (let r = r1; r <= Math.min(r2, MAX_ROWS - 1); r++)
    for (let c = c1; c <= Math.min(c2, MAX_COLUMNS - 1); c++)
      if (r !== r1 || c !== c1) put(rows, r, c, value);
}

function normaliseRows(rows: string[][]): string[][] {
  // Holes left by sparse rows become empty rows.
  return Array.from({ length: rows.length }, (_, i) =>
    Array.from(rows[i] ?? [], (v: string | undefined) => v ?? ''),
  );
}

// ---------------------------------------------------------------------------------------------
// ODS

function readOds(xml: string): Sheet[] {
  const root = parseXml(xml);
  return descendants(root, 'table:table').map((table, i) => ({
    name: table.attrs['table:name'] ?? `Sheet${i + 1}`,
    rows: normaliseRows(odsRows(table)),
  }));
}

function odsRows(table: XmlElement): string[][] {
  const rows: string[][] = [];
  const spans: [number, number, number, number][] = [];
  let r = 0;
  const rowElements = [
    ...childrenNamed(table, 'table:table-row'),
    ...childrenNamed(table, 'table:table-rows').flatMap((g) => childrenNamed(g, 'table:table-row')),
    ...childrenNamed(table, 'table:table-header-rows').flatMap((g) =>
      childrenNamed(g, 'table:table-row'),
    ),
  ];
  // Header rows come first in the document; keep document order.
  rowElements.sort((a, b) => order(table, a) - order(table, b));
  for (const row of rowElements) {
    const repeat = Math.max(1, Number(row.attrs['table:number-rows-repeated'] ?? 1));
    const cells = odsCells(row);
    const hasContent = cells.some((c) => c.value !== '');
    if (!hasContent) {
      r += repeat;
      continue;
    }
    for (let k = 0; k < Math.min(repeat, 1000); k++) {
      if (r >= MAX_ROWS) throw new WorkbookError(`more than ${MAX_ROWS} rows`);
      for (const cell of cells) {
        if (cell.value !== '') put(rows, r, cell.col, cell.value);
        if (k === 0 && (cell.rowSpan > 1 || cell.colSpan > 1))
          spans.push([r, cell.col, r + cell.rowSpan - 1, cell.col + cell.colSpan - 1]);
      }
      r++;
    }
  }
  for (const [r1, c1, r2, c2] of spans) fill(rows, r1, c1, r2, c2);
  return rows;
}

/** Position of a row element in document order (rows may sit inside row groups). */
function order(table: XmlElement, row: XmlElement): number {
  let i = 0;
  let found = -1;
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (typeof c === 'string' || found >= 0) continue;
      if (c === row) found = i;
      i++;
      walk(c);
    }
  };
  walk(table);
  return found;
}

interface OdsCell {
  col: number;
  value: string;
  rowSpan: number;
  colSpan: number;
}

function odsCells(row: XmlElement): OdsCell[] {
  const out: OdsCell[] = [];
  let col = 0;
  for (const c of row.children) {
    if (typeof c === 'string') continue;
    if (c.name !== 'table:table-cell' && c.name !== 'table:covered-table-cell') continue;
    const repeat = Math.max(1, Number(c.attrs['table:number-columns-repeated'] ?? 1));
    const value = c.name === 'table:covered-table-cell' ? '' : odsValue(c);
    if (value === '') {
      col += repeat;
      continue;
    }
    for (let k = 0; k < Math.min(repeat, MAX_COLUMNS); k++) {
      if (col < MAX_COLUMNS)
        out.push({
          col,
          value,
          rowSpan: Number(c.attrs['table:number-rows-spanned'] ?? 1),
          colSpan: Number(c.attrs['table:number-columns-spanned'] ?? 1),
        });
      col++;
    }
  }
  return out;
}

function odsValue(cell: XmlElement): string {
  const type = cell.attrs['office:value-type'];
  if (type === 'date') return (cell.attrs['office:date-value'] ?? '').slice(0, 10);
  if (type === 'boolean') return cell.attrs['office:boolean-value'] === 'true' ? 'TRUE' : 'FALSE';
  if (
    (type === 'float' || type === 'percentage' || type === 'currency') &&
    cell.attrs['office:value']
  )
    return String(Number(cell.attrs['office:value']));
  return childrenNamed(cell, 'text:p').map(odsText).join('\n').trim();
}

function odsText(e: XmlElement): string {
  return e.children
    .map((c) => {
      if (typeof c === 'string') return c;
      switch (c.name) {
        case 'text:s':
          return ' '.repeat(Math.min(1000, Number(c.attrs['text:c'] ?? 1)));
        case 'text:tab':
          return '\t';
        case 'text:line-break':
          return '\n';
        case 'office:annotation':
          return '';
        default:
          return odsText(c);
      }
    })
    .join('');
}

// ---------------------------------------------------------------------------------------------
// CSV

/**
 * RFC 4180 CSV (quotes doubled inside quoted fields, line breaks allowed there), with `,`, `;`
 * or a tab as delimiter — the one that splits the first line into the most fields outside
 * quotes — and the byte-order mark Excel writes stripped.
 */
export function readCsv(text: string, name: string): Workbook {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = guessDelimiter(body);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] ?? '';
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line++;
      if (rows.length > MAX_ROWS) throw new WorkbookError(`more than ${MAX_ROWS} rows`);
    } else field += ch;
  }
  if (quoted)
    throw new WorkbookError(
      `a quoted field opened on line ${quoteLine} is never closed`,
      `line ${quoteLine}`,
    );
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { format: 'csv', sheets: [{ name, rows: rows.map((r) => r.map((v) => v.trim())) }] };
}

function guessDelimiter(text: string): string {
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t']) {
    let count = 0;
    let quoted = false;
    for (const ch of text) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && (ch === '\n' || ch === '\r')) break;
      else if (!quoted && ch === d) count++;
    }
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}
