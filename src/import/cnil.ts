/**
 * The CNIL « modèle de registre simplifié » (ODS; LAW.md §2.1): sheet `2 - Liste des
 * traitements` (the controller and DPO blocks, then one row per activity) and one
 * `3 - Modèle de fiche de registre` sheet per activity, read by their labels rather than by
 * fixed cells (users insert rows, and the labels are what the model documents): the
 * description block, the purposes, the six data-category rows and nine sensitive-data rows
 * (each with a description and a retention period), the data subjects, recipients and security
 * measures (a type from `5 - Listes` plus details), and the transfers outside the EU.
 */
import { mapSpecialFlags } from './mappers.js';
import {
  cell,
  emptyActivity,
  type Cell,
  type ImportedActivity,
  type ImportedOrganisation,
  type ImportedRegister,
} from './model.js';
import { findHeaderRow, readActivityRows } from './table.js';
import { normalise, vocabulary } from './vocabulary.js';
import type { Sheet, Workbook } from './workbook.js';

/** A label folded for comparison: normalised, trailing colon, ellipsis and punctuation dropped. */
function fold(text: string): string {
  return normalise(text)
    .replace(/\.\.\.|…/g, '')
    .replace(/[^a-z0-9()/' -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function matches(words: readonly string[], text: string, prefix = false): boolean {
  const t = fold(text);
  return words.some((w) => {
    const f = fold(w);
    return t === f || (prefix && t.startsWith(`${f} `));
  });
}

export function isCnilWorkbook(workbook: Workbook): boolean {
  const layout = vocabulary('layouts').cnil;
  return (
    workbook.sheets.some((s) => matches(layout.list_sheet, s.name)) ||
    workbook.sheets.some(isRecordSheet)
  );
}

function isRecordSheet(sheet: Sheet): boolean {
  const layout = vocabulary('layouts').cnil;
  if (matches(layout.skip_sheets, sheet.name) || matches(layout.list_sheet, sheet.name))
    return false;
  return sheet.rows.some((row) =>
    row.some((v) => v !== '' && matches(layout.record_sheet_marker, v)),
  );
}

export function readCnil(workbook: Workbook): ImportedRegister {
  const layout = vocabulary('layouts').cnil;
  const list = workbook.sheets.find((s) => matches(layout.list_sheet, s.name));
  const header = list ? findHeaderRow(list) : null;
  const listed = list && header ? readActivityRows(list, header) : [];
  const organisation = list ? organisationBlock(list, header?.row ?? list.rows.length) : {};
  const activities: ImportedActivity[] = [];
  for (const sheet of workbook.sheets.filter(isRecordSheet)) {
    const a = readRecordSheet(sheet);
    if (!a) continue;
    // The list's row for the same activity (same reference, else same name) fills the gaps.
    const row = listed.find(
      (l) =>
        (a.id !== undefined &&
          l.id !== undefined &&
          normalise(a.id.text) === normalise(l.id.text)) ||
        normalise(l.name.text) === normalise(a.name.text),
    );
    if (row) {
      listed.splice(listed.indexOf(row), 1);
      a.id ??= row.id;
      a.created ??= row.created;
      a.reviewed ??= row.reviewed;
      a.sensitive ??= row.sensitive;
      if (a.purposes.length === 0) a.purposes.push(...row.purposes);
      a.notes.push(...row.notes);
    }
    activities.push(a);
  }
  // Activities listed without a record sheet of their own.
  activities.push(...listed);
  return {
    source: 'cnil',
    lang: 'fr',
    defaultCountry: 'FR',
    organisation,
    activities,
    retentionRules: [],
    parties: [],
  };
}

/** The controller and DPO blocks: "Nom", "Adresse", "CP", "Ville", "Téléphone", "Adresse de messagerie". */
function organisationBlock(sheet: Sheet, end: number): ImportedOrganisation {
  const layout = vocabulary('layouts').cnil;
  const org: ImportedOrganisation = {};
  const parts: Record<string, Cell | undefined> = {};
  let section: 'controller' | 'dpo' | 'representative' | null = null;
  for (let r = 0; r < end; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = row[c] ?? '';
      if (text.trim() === '') continue;
      const sectionName = (Object.keys(layout.sections) as (keyof typeof layout.sections)[]).find(
        (k) => matches(layout.sections[k], text, true),
      );
      if (sectionName) {
        section = sectionName;
        break;
      }
      const field = (
        Object.keys(layout.organisation_labels) as (keyof typeof layout.organisation_labels)[]
      ).find((k) => matches(layout.organisation_labels[k], text));
      if (!field || !section) continue;
      const value = valueRightOf(sheet, r, c);
      if (!value) break;
      if (section === 'controller') parts[field] = value;
      else if (section === 'dpo' && (field === 'name' || field === 'email' || field === 'phone'))
        (org.dpo ??= {})[field] = value;
      break;
    }
  }
  if (parts.name) org.name = parts.name;
  if (parts.email) org.email = parts.email;
  if (parts.phone) org.phone = parts.phone;
  const address = [
    parts.address,
    [parts.postcode?.text, parts.town?.text].filter(Boolean).join(' '),
  ]
    .map((p) => (typeof p === 'string' ? p : p?.text))
    .filter((p): p is string => p !== undefined && p !== '');
  if (address.length > 0 && (parts.address ?? parts.town))
    org.address = { text: address.join(', '), ref: (parts.address ?? parts.town)?.ref ?? '' };
  return org;
}

/** The first cell right of (r, c) with a text other than the label's own (merged labels). */
function valueRightOf(sheet: Sheet, r: number, c: number): Cell | undefined {
  const row = sheet.rows[r] ?? [];
  const label = row[c] ?? '';
  for (let k = c + 1; k < row.length; k++) {
    const v = row[k] ?? '';
    if (v.trim() !== '' && v !== label) return cell(sheet, r, k);
  }
  return undefined;
}

type Block = 'data' | 'sensitive' | 'subjects' | 'recipients' | 'measures' | 'transfers' | null;

function readRecordSheet(sheet: Sheet): ImportedActivity | null {
  const layout = vocabulary('layouts').cnil;
  const L = layout.labels;
  const label = (key: string): string[] => L[key] ?? [];
  let name: Cell | undefined;
  const fields: Partial<Record<'id' | 'created' | 'reviewed', Cell>> = {};
  const purposes: Cell[] = [];
  const joint: Cell[] = [];
  const systems: Cell[] = [];
  let legalBasis: Cell | undefined;
  const a = emptyActivity({ text: '', ref: '' });
  let block: Block = null;
  let columns = new Map<string, number>();
  const colOr = (key: string, fallback: number): number => columns.get(key) ?? fallback;

  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const first = row.findIndex((v) => v.trim() !== '');
    if (first < 0) continue;
    const head = row[first] ?? '';
    // Block headers.
    const nextBlock: Block | undefined = matches(label('data_block'), head)
      ? 'data'
      : matches(label('sensitive_block'), head)
        ? 'sensitive'
        : matches(label('data_subjects'), head)
          ? 'subjects'
          : matches(label('recipients'), head)
            ? 'recipients'
            : matches(label('measures'), head)
              ? 'measures'
              : matches(label('transfers'), head, true)
                ? 'transfers'
                : matches(label('purposes_block'), head)
                  ? null
                  : undefined;
    if (nextBlock !== undefined) {
      block = nextBlock;
      columns = new Map();
      continue;
    }
    // Column headers inside a block ("Description", "Durée de conservation", "Type", "Pays"…).
    const headerCols = new Map<string, number>();
    row.forEach((v, c) => {
      if (v.trim() === '') return;
      for (const [key, words] of Object.entries(layout.block_columns))
        if (!headerCols.has(key) && matches(words, v)) headerCols.set(key, c);
    });
    if (headerCols.size >= 2) {
      columns = headerCols;
      continue;
    }
    // Simple fields, wherever they are.
    const simple = (key: string, prefix = false): Cell | undefined =>
      matches(label(key), head, prefix) ? valueRightOf(sheet, r, first) : undefined;
    const nameCell = simple('name');
    if (nameCell && !name) {
      name = nameCell;
      block = null;
      continue;
    }
    let handled = false;
    for (const key of ['id', 'created', 'reviewed'] as const) {
      const v = simple(key);
      if (v) {
        fields[key] ??= v;
        handled = true;
      }
    }
    const main = simple('main_purpose') ?? simple('sub_purpose', true);
    if (main) {
      purposes.push(main);
      continue;
    }
    const basis = simple('legal_basis');
    if (basis) {
      legalBasis = basis;
      continue;
    }
    const jc = simple('joint_controllers');
    if (jc) {
      joint.push(jc);
      continue;
    }
    const sw = simple('software');
    if (sw) {
      systems.push(sw);
      continue;
    }
    if (handled) continue;

    const at = (c: number): Cell | undefined => cell(sheet, r, c);
    switch (block) {
      case 'data':
      case 'sensitive': {
        const description = at(colOr('description', first + 1));
        const retention = at(colOr('retention', first + 2));
        if (!description && !retention) break;
        if (description?.text === head) break;
        const flags = mapSpecialFlags(head);
        a.data.push({
          category: { text: head.replace(/\s*…$/, ''), ref: cell(sheet, r, first)?.ref ?? '' },
          ...(description ? { detail: description } : {}),
          ...(retention ? { retention } : {}),
          ...(block === 'sensitive' || flags.national_id
            ? {
                special: flags.special ?? undefined,
                criminal: flags.criminal,
                nationalId: flags.national_id,
              }
            : {}),
        });
        break;
      }
      case 'subjects':
      case 'recipients':
      case 'measures': {
        const type = at(colOr('type', first + 1));
        const detail = at(colOr('detail', first + 2));
        if (!type && !detail) break;
        const isOther = type ? matches(layout.other_words, type.text) : true;
        const named = isOther ? detail : type;
        if (block === 'subjects') {
          if (named) a.subjects.push(named);
          if (detail && named !== detail)
            a.notes.push({ label: head, cell: detail, report: false });
        } else if (block === 'measures') {
          if (named) a.measures.push(named);
          if (detail && named !== detail)
            a.notes.push({ label: head, cell: detail, report: false });
        } else if (detail) {
          a.recipients.push({ name: detail, ...(type ? { kind: type } : {}) });
        } else if (type) {
          a.recipients.push({ name: type, kind: type });
        }
        break;
      }
      case 'transfers': {
        const recipient = at(colOr('recipient', first));
        const country = at(colOr('country', first + 1));
        const mechanism = at(colOr('safeguard', first + 2));
        const link = at(colOr('link', first + 3));
        if (!country) break;
        a.transfers.push({
          country,
          ...(recipient ? { recipient } : {}),
          ...(mechanism ? { mechanism } : {}),
        });
        if (link) a.notes.push({ label: 'Documentation', cell: link, report: false });
        break;
      }
      default:
        break;
    }
  }
  if (!name) return null;
  a.name = name;
  if (fields.id) a.id = fields.id;
  if (fields.created) a.created = fields.created;
  if (fields.reviewed) a.reviewed = fields.reviewed;
  a.purposes = purposes.map((p) => ({ description: p }));
  if (legalBasis) a.legalBasis = legalBasis;
  a.jointControllers = joint;
  a.systems = systems;
  return a;
}
