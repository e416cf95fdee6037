/**
 * The SpreadsheetML writer (src/documents/xlsx.ts) read back with exceljs, the library it
 * replaces: text that XML must escape, dates, sheet names that must be quoted, many columns
 * and rows, an empty sheet, and bytes that do not depend on the clock or the time zone.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  columnName,
  excelSerial,
  writeXlsx,
  type XlsxSheet,
  type XlsxWorkbook,
} from '../../src/documents/xlsx.js';
import { REPO_ROOT } from '../helpers/cli.js';

async function readBack(bytes: Uint8Array) {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const DATE = new Date('2026-03-01T00:00:00Z');

function sheet(name: string, headers: string[], rows: (string | Date)[][]): XlsxSheet {
  return {
    name,
    headers,
    rows,
    widths: headers.map(() => 20),
    pageHeader: '&LA && B&R2026-03-01',
    pageFooter: '&C&P / &N',
  };
}

function book(sheets: XlsxSheet[]): XlsxWorkbook {
  return { title: 'Test & <workbook>', creator: 'gdpr', date: DATE, sheets };
}

describe('columnName and excelSerial', () => {
  it('names columns A…Z, AA…AZ, BA…, ZZ, AAA', () => {
    expect([0, 1, 25, 26, 27, 34, 51, 52, 701, 702].map(columnName)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AI',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('counts days from 1899-12-30 (1900 date system)', () => {
    expect(excelSerial(new Date('1900-03-01T00:00:00Z'))).toBe(61);
    expect(excelSerial(new Date('2026-10-26T00:00:00Z'))).toBe(46321);
  });
});

describe('writeXlsx', () => {
  it('writes text that XML must escape, and keeps spaces and line breaks', async () => {
    const texts = [
      'Fish & chips <b>not bold</b> "quoted" \'single\'',
      '  leading and trailing  ',
      'two\nlines',
      'a\u0001control character is dropped',
      'émoji 🙂 and ünïcödé',
      '=1+1',
    ];
    const wb = await readBack(
      writeXlsx(
        book([
          sheet(
            'Texts',
            ['Text'],
            texts.map((t) => [t]),
          ),
        ]),
      ),
    );
    const values = wb
      .getWorksheet('Texts')!
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[])[1]);
    expect(values).toEqual([
      texts[0],
      texts[1],
      texts[2],
      'acontrol character is dropped',
      texts[4],
      '=1+1', // text, never a formula
    ]);
    expect(wb.title).toBe('Test & <workbook>');
    expect(wb.creator).toBe('gdpr');
    expect(wb.created.toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('writes dates as date cells shown yyyy-mm-dd, text cells beside them stay text', async () => {
    const wb = await readBack(
      writeXlsx(
        book([
          sheet(
            'Dates',
            ['When', 'What'],
            [
              [new Date('2024-02-29T00:00:00Z'), '2024-02-29'],
              [new Date('1999-12-31T00:00:00Z'), 'text'],
            ],
          ),
        ]),
      ),
    );
    const ws = wb.getWorksheet('Dates')!;
    expect(ws.getCell('A2').value).toEqual(new Date('2024-02-29T00:00:00Z'));
    expect(ws.getCell('A2').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('B2').value).toBe('2024-02-29');
    expect(ws.getCell('A3').value).toEqual(new Date('1999-12-31T00:00:00Z'));
  });

  it('quotes sheet names in print titles and filters, and lays every sheet out for print', async () => {
    const wide = Array.from({ length: 30 }, (_, i) => `H${i + 1}`);
    const wb = await readBack(
      writeXlsx(
        book([
          sheet("Controller's & co", ['A', 'B'], [['1', '2']]),
          sheet('Wide', wide, [wide.map((h) => h.toLowerCase())]),
          sheet('Empty', ['Only a header'], []),
        ]),
      ),
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Controller's & co", 'Wide', 'Empty']);
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      });
      expect(ws.headerFooter).toMatchObject({
        oddHeader: '&LA && B&R2026-03-01',
        oddFooter: '&C&P / &N',
      });
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(ws.getColumn(1).width).toBe(20);
    }
    expect(wb.getWorksheet('Wide')!.autoFilter).toBe('A1:AD1');
    expect(wb.getWorksheet('Wide')!.getCell('AD2').value).toBe('h30');
    expect(wb.getWorksheet('Empty')!.rowCount).toBe(1);
  });

  it('streams many rows: 20,000 rows read back in order', async () => {
    const rows = function* () {
      for (let i = 0; i < 20_000; i++) yield [`row ${i}`, i % 2 === 0 ? 'even' : 'odd'];
    };
    const wb = await readBack(
      writeXlsx(book([{ ...sheet('Many', ['Row', 'Parity'], []), rows: rows() }])),
    );
    const ws = wb.getWorksheet('Many')!;
    expect(ws.rowCount).toBe(20_001);
    expect(ws.getCell('A20001').value).toBe('row 19999');
    expect(ws.getCell('B20001').value).toBe('odd');
  });

  it('gives the same bytes in any time zone and at any time', () => {
    const script = `
      const { writeXlsx } = await import(${JSON.stringify(`${REPO_ROOT}/dist/documents/xlsx.js`)});
      const bytes = writeXlsx({ title: 't', creator: 'gdpr', date: new Date('2026-03-01T00:00:00Z'),
        sheets: [{ name: 'S', headers: ['A'], rows: [['x'], [new Date('2026-01-01T00:00:00Z')]],
          widths: [12], pageHeader: '', pageFooter: '' }] });
      const { createHash } = await import('node:crypto');
      process.stdout.write(createHash('sha256').update(bytes).digest('hex'));`;
    const hash = (tz: string): string =>
      spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', TZ: tz },
      }).stdout;
    const utc = hash('UTC');
    expect(utc).toMatch(/^[0-9a-f]{64}$/);
    expect(hash('Pacific/Kiritimati')).toBe(utc);
    expect(hash('America/Los_Angeles')).toBe(utc);
  });
});
