/**
 * Sheets with one row per activity and a header row: the ICO template, the record's
 * Activities sheet, any CSV or xlsx with a mapping file. Headers are matched with
 * data/import/layouts.json `table_headers` (or the mapping); rows without a name continue the
 * activity above (a purpose per row, merged cells); blank rows are skipped.
 */
import { mapRecipientKind, mapYesNo } from './mappers.js';
import {
  cell,
  emptyActivity,
  items,
  lines,
  type Cell,
  type ImportedActivity,
  type ImportedPurpose,
} from './model.js';
import { normalise, vocabulary } from './vocabulary.js';
import { cellAt, type Sheet } from './workbook.js';

export type Field = string;

/** Header text folded for comparison: normalised, punctuation as spaces. */
function fold(text: string): string {
  return normalise(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The field a header names (longest matching word wins), else null. */
export function headerField(header: string): Field | null {
  const h = fold(header);
  if (h === '') return null;
  let best: Field | null = null;
  let bestLength = 0;
  for (const [field, words] of Object.entries(vocabulary('layouts').table_headers)) {
    for (const w of words) {
      const f = fold(w);
      if ((h === f || h.startsWith(`${f} `)) && f.length > bestLength) {
        best = field;
        bestLength = f.length;
      }
    }
  }
  return best;
}

export interface HeaderRow {
  row: number;
  /** Column → field; columns with an unknown header are absent. */
  columns: Map<number, Field>;
}

/** The header row among the first 40: the one naming most fields, with the activity's name. */
export function findHeaderRow(
  sheet: Sheet,
  fieldOf: (header: string, col: number) => Field | null = (h) => headerField(h),
): HeaderRow | null {
  let best: HeaderRow | null = null;
  for (let r = 0; r < Math.min(sheet.rows.length, 40); r++) {
    const columns = new Map<number, Field>();
    (sheet.rows[r] ?? []).forEach((text, c) => {
      const f = text.trim() === '' ? null : fieldOf(text, c);
      if (f && (f === 'derived' || f === 'notes' || ![...columns.values()].includes(f)))
        columns.set(c, f);
    });
    const fields = new Set(columns.values());
    fields.delete('derived');
    if (!fields.has('name') && !fields.has('purposes')) continue;
    if (fields.size < 2) continue;
    if (!best || columns.size > best.columns.size) best = { row: r, columns };
  }
  return best;
}

/** Every activity of a sheet below its header row. */
export function readActivityRows(sheet: Sheet, header: HeaderRow): ImportedActivity[] {
  const out: ImportedActivity[] = [];
  const headers = sheet.rows[header.row] ?? [];
  const nameCol = [...header.columns].find(([, f]) => f === 'name')?.[0];
  const purposeCol = [...header.columns].find(([, f]) => f === 'purposes')?.[0];
  let current: ImportedActivity | undefined;
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    if (row.every((v) => v.trim() === '')) continue;
    const name = cell(sheet, r, nameCol ?? purposeCol ?? 0);
    if (!name && !current) continue;
    if (name && (!current || normalise(name.text) !== normalise(current.name.text))) {
      current = emptyActivity(name);
      out.push(current);
    }
    if (!current) continue;
    readRow(sheet, r, header, headers, current, nameCol === undefined);
  }
  return out;
}

function readRow(
  sheet: Sheet,
  r: number,
  header: HeaderRow,
  headers: readonly string[],
  a: ImportedActivity,
  nameIsPurpose: boolean,
): void {
  const get = (field: Field): Cell | undefined => {
    for (const [c, f] of header.columns) if (f === field) return cell(sheet, r, c);
    return undefined;
  };
  const first = <K extends keyof ImportedActivity>(
    key: K,
    value: ImportedActivity[K] | undefined,
  ): void => {
    if (value !== undefined && a[key] === undefined) a[key] = value;
  };
  first('id', get('id'));
  first('description', get('description'));
  first('status', get('status'));
  first('role', get('role'));
  first('department', get('department'));
  first('created', get('created'));
  first('reviewed', get('reviewed'));
  first('retiredOn', get('retired_on'));
  first('sensitive', get('sensitive'));
  first('specialCondition', get('special_category_condition'));

  // Purposes, with their legal basis and legitimate interest when they line up.
  const purposeCell = nameIsPurpose ? undefined : get('purposes');
  const purposes: ImportedPurpose[] = lines(purposeCell).map((l) => ({
    description: { text: l.text.replace(/^\d+\.\s+/, ''), ref: l.ref },
  }));
  const basis = get('legal_basis');
  const interests = lines(get('legitimate_interests'));
  if (purposes.length === 1 && purposes[0]) {
    if (basis) purposes[0].basis = basis;
    if (interests.length === 1) purposes[0].legitimateInterest = interests[0];
  } else if (basis) {
    if (a.legalBasis === undefined) a.legalBasis = basis;
    else
      a.notes.push({
        label: headers[colOf(header, 'legal_basis')] ?? '',
        cell: basis,
        report: true,
      });
  }
  if (purposes.length > 1 && interests.length > 0) {
    interests.forEach((l) => {
      const m = /^(\d+)\.\s+(.*)$/.exec(l.text);
      const target = m
        ? purposes[Number(m[1]) - 1]
        : purposes.length === interests.length
          ? purposes[interests.indexOf(l)]
          : undefined;
      if (target) target.legitimateInterest = { text: m?.[2] ?? l.text, ref: l.ref };
    });
  }
  a.purposes.push(...purposes);
  if (nameIsPurpose && a.purposes.length === 0) {
    a.purposes.push({ description: a.name, ...(basis ? { basis } : {}) });
  }

  a.subjects.push(...items(get('data_subjects'), true));
  a.data.push(...items(get('data_categories'), true).map((c) => ({ category: c })));
  const retention = get('retention');
  if (retention) {
    if (a.retention === undefined) a.retention = retention;
    else a.retention = { text: `${a.retention.text}\n${retention.text}`, ref: a.retention.ref };
  }
  for (const l of lines(get('recipients'))) a.recipients.push(recipientOf(l));
  a.measures.push(...items(get('security_measures')));
  a.systems.push(...lines(get('systems')));
  a.jointControllers.push(
    ...lines(get('joint_controllers')).map((l) => ({
      text: l.text.split(' – ')[0] ?? l.text,
      ref: l.ref,
    })),
  );
  a.controllers.push(
    ...lines(get('controllers')).map((l) => ({
      text: l.text.split(' – ')[0] ?? l.text,
      ref: l.ref,
    })),
  );
  readTransfers(get('transfer_countries'), get('transfer_safeguards'), a);

  for (const [c, f] of header.columns) {
    if (f !== 'notes' && f !== 'derived') continue;
    const v = cell(sheet, r, c);
    if (v) a.notes.push({ label: headers[c] ?? '', cell: v, report: false });
  }
  // Columns no header word names: kept, reported.
  (sheet.rows[r] ?? []).forEach((_, c) => {
    if (header.columns.has(c)) return;
    const v = cell(sheet, r, c);
    const label = cellAt(sheet, header.row, c).trim();
    if (v) a.notes.push({ label: label === '' ? `#${c + 1}` : label, cell: v, report: true });
  });
}

function colOf(header: HeaderRow, field: Field): number {
  return [...header.columns].find(([, f]) => f === field)?.[0] ?? -1;
}

/** "Name – Kind, Country" (the record), "Name (processor)", or a plain name. */
export function recipientOf(l: Cell): ImportedActivity['recipients'][number] {
  const dash = l.text.lastIndexOf(' – ');
  if (dash > 0) {
    const name = l.text.slice(0, dash).trim();
    const [kind, ...country] = l.text.slice(dash + 3).split(',');
    return {
      name: { text: name, ref: l.ref },
      ...(kind ? { kind: { text: kind.trim(), ref: l.ref } } : {}),
      ...(country.length > 0 ? { country: { text: country.join(',').trim(), ref: l.ref } } : {}),
    };
  }
  const paren = /^(.+?)\s*\(([^()]+)\)$/.exec(l.text);
  if (paren?.[1] && paren[2] && mapRecipientKind(paren[2]) !== null)
    return { name: { text: paren[1], ref: l.ref }, kind: { text: paren[2], ref: l.ref } };
  return { name: l };
}

function readTransfers(
  countries: Cell | undefined,
  safeguards: Cell | undefined,
  a: ImportedActivity,
): void {
  if (!countries || mapYesNo(countries.text) === false) return;
  const countryLines = lines(countries);
  const safeguardLines = lines(safeguards);
  countryLines.forEach((l, i) => {
    const [country = '', recipient] = l.text.split(' – ');
    const s =
      safeguardLines.length === countryLines.length
        ? safeguardLines[i]
        : safeguardLines.length === 1
          ? safeguardLines[0]
          : undefined;
    const mechanism = s
      ? {
          text: (/^.*\)\s*:\s*(.+)$/.exec(s.text)?.[1] ?? s.text).split(/, | – /)[0] ?? s.text,
          ref: s.ref,
        }
      : undefined;
    a.transfers.push({
      country: { text: country.trim(), ref: l.ref },
      ...(recipient ? { recipient: { text: recipient.trim(), ref: l.ref } } : {}),
      ...(mechanism ? { mechanism } : {}),
    });
  });
  if (safeguardLines.length > 1 && safeguardLines.length !== countryLines.length && safeguards)
    a.notes.push({ label: 'safeguards', cell: safeguards, report: true });
}
