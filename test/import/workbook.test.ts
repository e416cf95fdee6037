import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/import/index.js';
import { cellRef, readCsv, serialToDate, WorkbookError } from '../../src/import/workbook.js';
import { parseXml, textOf, XmlError } from '../../src/import/xml.js';
import { buildOds } from './fixtures.js';

describe('xml reader', () => {
  it('reads elements, attributes, entities, CDATA; skips comments and declarations', () => {
    const root = parseXml(
      '<?xml version="1.0"?><!-- c --><a x="1 &amp; 2" y=\'&#x41;\'><b>t&lt;&#233;</b><![CDATA[<raw>]]><c/></a>',
    );
    expect(root.name).toBe('a');
    expect(root.attrs).toEqual({ x: '1 & 2', y: 'A' });
    expect(textOf(root)).toBe('t<é<raw>');
  });

  it('refuses broken documents', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(XmlError);
    expect(() => parseXml('<a>')).toThrow(XmlError);
    expect(() => parseXml('text only')).toThrow(XmlError);
  });
});

describe('xlsx', () => {
  it('reads shared and inline strings, numbers, dates (1900 system), merged ranges', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Feuille 1');
    sheet.getCell('A1').value = 'Nom';
    sheet.getCell('B1').value = 5;
    sheet.getCell('C1').value = new Date(Date.UTC(2024, 1, 29));
    sheet.getCell('C1').numFmt = 'dd/mm/yyyy';
    sheet.getCell('D1').value = { richText: [{ text: 'deux ' }, { text: 'morceaux' }] };
    sheet.getCell('A3').value = 'fusionnée';
    sheet.mergeCells('A3:B4');
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const read = readWorkbook(bytes, 'x.xlsx');
    expect(read.format).toBe('xlsx');
    expect(read.sheets[0]?.name).toBe('Feuille 1');
    expect(read.sheets[0]?.rows).toEqual([
      ['Nom', '5', '2024-02-29', 'deux morceaux'],
      [],
      ['fusionnée', 'fusionnée'],
      ['fusionnée', 'fusionnée'],
    ]);
  });

  it('converts serial days in the 1900 and 1904 systems', () => {
    expect(serialToDate(1)).toBe('1900-01-01');
    expect(serialToDate(59)).toBe('1900-02-28');
    expect(serialToDate(61)).toBe('1900-03-01');
    expect(serialToDate(45351)).toBe('2024-02-29');
    expect(serialToDate(45351.75)).toBe('2024-02-29');
    expect(serialToDate(0, true)).toBe('1904-01-01');
  });
});

describe('ODS', () => {
  it('reads repeated rows and columns, spans and covered cells, dates and spaces', () => {
    const bytes = buildOds([
      {
        name: 'S',
        rows: [
          ['a', '', '', 'd'],
          [],
          [],
          [{ text: 'span', cols: 2, rows: 2 }, '', 'x'],
          ['', '', 'y'],
          [{ date: '2025-12-31' }, 'two  spaces\nsecond line'],
        ],
      },
    ]);
    const read = readWorkbook(bytes, 's.ods');
    expect(read.format).toBe('ods');
    expect(read.sheets[0]?.rows).toEqual([
      ['a', '', '', 'd'],
      [],
      [],
      ['span', 'span', 'x'],
      ['span', 'span', 'y'],
      ['2025-12-31', 'two  spaces\nsecond line'],
    ]);
  });
});

describe('CSV', () => {
  it('reads ; or , delimited text, quotes, doubled quotes, line breaks in quotes, CRLF and the BOM', () => {
    expect(readCsv('\uFEFFa;b\r\n"x;1";"he said ""hi"""\r\n', 'f').sheets[0]?.rows).toEqual([
      ['a', 'b'],
      ['x;1', 'he said "hi"'],
    ]);
    expect(readCsv('a,b\n"two\nlines",2\n', 'f').sheets[0]?.rows).toEqual([
      ['a', 'b'],
      ['two\nlines', '2'],
    ]);
  });

  it('refuses an unclosed quote, naming its line', () => {
    expect(() => readCsv('a,b\n"open,2\n', 'f')).toThrow(
      'a quoted field opened on line 2 is never closed',
    );
    expect(() => readCsv('a,b\n"open,2\n', 'f')).toThrow(WorkbookError);
  });
});

describe('cell references', () => {
  it('quotes sheet names as spreadsheets do', () => {
    expect(cellRef('Template', 11, 2)).toBe('Template!C12');
    expect(cellRef('2 - Liste', 0, 27)).toBe("'2 - Liste'!AB1");
    expect(cellRef("l'autre", 0, 0)).toBe("'l''autre'!A1");
  });
});
