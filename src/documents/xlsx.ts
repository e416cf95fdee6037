/**
 * A small SpreadsheetML (ECMA-376 Part 1, "Office Open XML") workbook writer over fflate's
 * zip: text and date cells, one bold header row per sheet, frozen under the header and with an
 * auto-filter on it, fixed column widths, and a print layout (landscape, one page wide, the
 * header row repeated on every page, a page header and footer).
 *
 * That is all the Art. 30 record needs, and it is what exceljs wrote for it before; exceljs (a
 * read-modify-write library with its whole tree) stays a development dependency that the tests
 * read workbooks back with. Each sheet's XML is deflated row by row as it is produced, so the
 * writer keeps only the compressed bytes and the shared-string table, not a cell model.
 *
 * Deterministic: no clock is read. Zip entry times are set to `date` (UTC midnight, see
 * fixZipTimestamps) and the core properties carry `date`.
 */
import { Zip, ZipDeflate } from 'fflate';

/** A cell: text, or a date (UTC midnight of its day) written as a date cell `yyyy-mm-dd`. */
export type XlsxCell = string | Date;

export interface XlsxSheet {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: Iterable<readonly XlsxCell[]>;
  /** Column widths in characters, one per header. */
  readonly widths: readonly number[];
  /** Page header and footer, in the `&L…&C…&R…` codes of SpreadsheetML (§18.3.1.46). */
  readonly pageHeader: string;
  readonly pageFooter: string;
}

export interface XlsxWorkbook {
  readonly title: string;
  readonly creator: string;
  /** Creation and modification date of the workbook and of every zip entry. */
  readonly date: Date;
  readonly sheets: readonly XlsxSheet[];
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

/** Cell styles (cellXfs of styles.xml), by index. */
const STYLE = { header: 1, text: 2, date: 3 } as const;

const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" ` +
  `formatCode="yyyy-mm-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name ` +
  `val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family ` +
  `val="2"/></font></fonts><fills count="2"><fill><patternFill ` +
  `patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders ` +
  `count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs ` +
  `count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs ` +
  `count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" ` +
  `fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment ` +
  `vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" ` +
  `xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="164" ` +
  `fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" ` +
  `applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles ` +
  `count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Characters XML 1.0 cannot hold at all (C0 controls but tab, newline and carriage return). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Days since 1899-12-30, the serial date of the 1900 date system (§18.17.4.1). */
export function excelSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** A sheet name quoted for a formula or defined name: `'Name'`, apostrophes doubled. */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The workbook as the bytes of an .xlsx file. */
export function writeXlsx(book: XlsxWorkbook): Uint8Array {
  const chunks: Uint8Array[] = [];
  // fflate reports errors through the callback; it runs synchronously, inside push and end.
  const state: { failure?: Error } = {};
  const zip = new Zip((error, chunk) => {
    if (error) state.failure = error;
    else chunks.push(chunk);
  });
  const encoder = new TextEncoder();
  const add = (path: string, parts: Iterable<string>): void => {
    const file = new ZipDeflate(path, { level: 6 });
    zip.add(file);
    // Deflate a few kilobytes at a time: small pushes compress worse, large ones hold text.
    let pending = '';
    for (const part of parts) {
      pending += part;
      if (pending.length >= 1 << 16) {
        file.push(encoder.encode(pending));
        pending = '';
      }
    }
    file.push(encoder.encode(pending), true);
  };

  const sheets = book.sheets.map((sheet, i) => ({ ...sheet, path: `sheet${i + 1}.xml` }));
  const strings = new Map<string, number>();
  let stringUses = 0;
  const stringIndex = (text: string): number => {
    stringUses += 1;
    let index = strings.get(text);
    if (index === undefined) {
      index = strings.size;
      strings.set(text, index);
    }
    return index;
  };

  add('[Content_Types].xml', [
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`,
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`,
    `<Default Extension="xml" ContentType="application/xml"/>`,
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>`,
    ...sheets.map(
      (s) =>
        `<Override PartName="/xl/worksheets/${s.path}" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`,
    ),
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>`,
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`,
    `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>`,
    `</Types>`,
  ]);
  add('_rels/.rels', [
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}">`,
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>`,
    `<Relationship Id="rId2" Type="${PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>`,
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>`,
    `</Relationships>`,
  ]);
  const when = book.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  add('docProps/core.xml', [
    `${XML_HEAD}<cp:coreProperties ` +
      `xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`,
    `<dc:creator>${escapeXml(book.creator)}</dc:creator>`,
    `<dc:title>${escapeXml(book.title)}</dc:title>`,
    `<cp:lastModifiedBy>${escapeXml(book.creator)}</cp:lastModifiedBy>`,
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    `</cp:coreProperties>`,
  ]);
  add('docProps/app.xml', [
    `${XML_HEAD}<Properties ` +
      `xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`,
    `<Application>${escapeXml(book.creator)}</Application>`,
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>`,
    `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">`,
    ...sheets.map((s) => `<vt:lpstr>${escapeXml(s.name)}</vt:lpstr>`),
    `</vt:vector></TitlesOfParts></Properties>`,
  ]);
  add('xl/workbook.xml', [
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>`,
    ...sheets.map(
      (s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 3}"/>`,
    ),
    `</sheets><definedNames>`,
    // The filter range, then the rows printed on every page, for each sheet (§18.2.6).
    ...sheets.flatMap((s, i) => [
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(
        `${quoteSheet(s.name)}!$A$1:$${columnName(Math.max(0, s.headers.length - 1))}$1`,
      )}</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(
        `${quoteSheet(s.name)}!$1:$1`,
      )}</definedName>`,
    ]),
    `</definedNames></workbook>`,
  ]);
  add('xl/_rels/workbook.xml.rels', [
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}">`,
    `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`,
    ...sheets.map(
      (s, i) =>
        `<Relationship Id="rId${i + 3}" Type="${REL}/worksheet" Target="worksheets/${s.path}"/>`,
    ),
    `</Relationships>`,
  ]);
  add('xl/styles.xml', [STYLES]);
  for (const sheet of sheets) add(`xl/worksheets/${sheet.path}`, sheetXml(sheet, stringIndex));
  add('xl/sharedStrings.xml', sharedStringsXml(strings, stringUses));
  zip.end();
  if (state.failure !== undefined) throw state.failure;

  const size = chunks.reduce((sum, c) => sum + c.length, 0);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return fixZipTimestamps(bytes, book.date);
}

function* sheetXml(
  sheet: XlsxSheet,
  stringIndex: (text: string) => number,
): Generator<string, void, undefined> {
  const lastColumn = columnName(Math.max(0, sheet.headers.length - 1));
  yield `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`;
  yield `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`;
  yield (
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" ` +
    `activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>`
  );
  yield `<sheetFormatPr defaultRowHeight="15"/>`;
  if (sheet.widths.length > 0) {
    yield '<cols>';
    for (const [i, width] of sheet.widths.entries())
      yield `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`;
    yield '</cols>';
  }
  yield '<sheetData>';
  const row = (r: number, cells: readonly XlsxCell[], header: boolean): string => {
    let xml = `<row r="${r}">`;
    for (const [i, cell] of cells.entries()) {
      const ref = `${columnName(i)}${r}`;
      xml +=
        cell instanceof Date
          ? `<c r="${ref}" s="${STYLE.date}"><v>${excelSerial(cell)}</v></c>`
          : `<c r="${ref}" s="${header ? STYLE.header : STYLE.text}" t="s"><v>${stringIndex(cell)}</v></c>`;
    }
    return `${xml}</row>`;
  };
  yield row(1, sheet.headers, true);
  let r = 1;
  for (const cells of sheet.rows) {
    r += 1;
    yield row(r, cells, false);
  }
  yield '</sheetData>';
  yield `<autoFilter ref="A1:${lastColumn}1"/>`;
  yield `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`;
  yield `<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>`;
  yield `<headerFooter><oddHeader>${escapeXml(sheet.pageHeader)}</oddHeader><oddFooter>${escapeXml(
    sheet.pageFooter,
  )}</oddFooter></headerFooter>`;
  yield '</worksheet>';
}

function* sharedStringsXml(
  strings: ReadonlyMap<string, number>,
  uses: number,
): Generator<string, void, undefined> {
  yield `${XML_HEAD}<sst xmlns="${MAIN}" count="${uses}" uniqueCount="${strings.size}">`;
  // A Map iterates in insertion order, which is the index order.
  for (const text of strings.keys()) {
    const escaped = escapeXml(text);
    yield /^\s|\s$|\n/.test(text)
      ? `<si><t xml:space="preserve">${escaped}</t></si>`
      : `<si><t>${escaped}</t></si>`;
  }
  yield '</sst>';
}

/**
 * Rewrites the modification date and time of every zip entry (local file headers and central
 * directory, APPNOTE.TXT §4.3.7 and §4.3.12) to `date`, so that the archive does not depend on
 * when, or in which time zone, it was written. Returns the same bytes when the buffer is not a
 * zip it understands.
 */
export function fixZipTimestamps(zip: Uint8Array, date: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const dosTime = 0; // midnight
  const dosDate =
    ((Math.max(1980, date.getUTCFullYear()) - 1980) << 9) |
    ((date.getUTCMonth() + 1) << 5) |
    date.getUTCDate();
  // End of central directory record: 22 bytes plus a comment of up to 65,535 bytes.
  let eocd = -1;
  for (let i = zip.byteLength - 22; i >= Math.max(0, zip.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return zip;
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (p + 46 > zip.byteLength || view.getUint32(p, true) !== 0x02014b50) break;
    view.setUint16(p + 12, dosTime, true);
    view.setUint16(p + 14, dosDate, true);
    const local = view.getUint32(p + 42, true);
    if (local + 30 <= zip.byteLength && view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, dosTime, true);
      view.setUint16(local + 12, dosDate, true);
    }
    p +=
      46 +
      view.getUint16(p + 28, true) +
      view.getUint16(p + 30, true) +
      view.getUint16(p + 32, true);
  }
  return zip;
}
