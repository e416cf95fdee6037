/**
 * The ICO ROPA templates (LAW.md §2.2): a contact block above the header row (the controller,
 * the DPO, the representative: name, address, email, telephone), then one row per activity
 * under the template's headers. The processor template is read the same way: its headers
 * are matched by words like the controller's.
 */
import type { ImportedOrganisation, ImportedRegister } from './model.js';
import { cell } from './model.js';
import { findHeaderRow, readActivityRows } from './table.js';
import { normalise, vocabulary } from './vocabulary.js';
import type { Sheet, Workbook } from './workbook.js';
import { WorkbookError } from './workbook.js';

export function readIco(workbook: Workbook, file: string): ImportedRegister {
  const names = vocabulary('layouts').ico.sheet;
  const candidates = [
    ...workbook.sheets.filter((s) => names.includes(s.name)),
    ...workbook.sheets.filter((s) => !names.includes(s.name)),
  ];
  for (const sheet of candidates) {
    const header = findHeaderRow(sheet);
    if (!header) continue;
    return {
      source: 'ico',
      lang: 'en',
      defaultCountry: 'GB',
      organisation: contactBlock(sheet, header.row),
      activities: readActivityRows(sheet, header),
      retentionRules: [],
      parties: [],
    };
  }
  throw new WorkbookError(
    `${file}: no sheet has a header row with the activity's name or purpose (e.g. "Business ` +
      `function", "Purpose of processing")`,
  );
}

/**
 * The rows above the headers: a row of column labels (Name, Address, Email, Telephone) and
 * rows starting with Controller, Data Protection Officer or Representative; or label/value
 * pairs down a column.
 */
function contactBlock(sheet: Sheet, headerRow: number): ImportedOrganisation {
  const org: ImportedOrganisation = {};
  const field = (label: string): 'name' | 'address' | 'email' | 'phone' | null => {
    const n = normalise(label);
    if (/\bname\b/.test(n)) return 'name';
    if (/\baddress\b/.test(n) && !/e-?mail/.test(n)) return 'address';
    if (/e-?mail/.test(n)) return 'email';
    if (/telephone|phone/.test(n)) return 'phone';
    return null;
  };
  let labels: Map<number, 'name' | 'address' | 'email' | 'phone'> | null = null;
  for (let r = 0; r < headerRow; r++) {
    const row = sheet.rows[r] ?? [];
    const rowLabels = new Map<number, 'name' | 'address' | 'email' | 'phone'>();
    row.forEach((v, c) => {
      const f = v.trim() === '' ? null : field(v);
      if (f) rowLabels.set(c, f);
    });
    if (rowLabels.size >= 2) {
      labels = rowLabels;
      continue;
    }
    const who = normalise(row.find((v) => v.trim() !== '') ?? '');
    if (!labels || who === '') continue;
    const target =
      who.includes('controller') || who.includes('organisation')
        ? 'controller'
        : who.includes('data protection officer') || who === 'dpo'
          ? 'dpo'
          : null;
    if (!target) continue;
    for (const [c, f] of labels) {
      const v = cell(sheet, r, c);
      if (!v) continue;
      if (target === 'controller') org[f] = v;
      else if (f !== 'address') (org.dpo ??= {})[f] = v;
    }
  }
  return org;
}
