/**
 * The record of processing activities as an Excel workbook, the form the ICO and the CNIL
 * publish their models in (LAW.md §2): `Organisation` first (Art. 30(1)(a): controller or
 * processor, representative, DPO, joint controllers, the record's date), `Activities` (one row
 * per activity, the CSV's columns),
 * `Processors` (Art. 28: contracts and sub-processors), `Transfers` (Chapter V, one row per
 * transfer) and `Retention` (Art. 30(1)(f), one row per rule). Sheet names and headers are in
 * the document's language. Cells holding an ISO date are date cells; every sheet prints
 * landscape, one page wide, with its header row repeated and the organisation and the record's
 * date in the page header.
 *
 * Deterministic: the same register gives the same bytes. The workbook's dates are the record's
 * `last_updated` (else 2000-01-01), and the zip entries' timestamps — which JSZip, under
 * exceljs, sets to the current time — are rewritten to that date.
 *
 * exceljs is loaded here, on demand: only `gdpr register --format xlsx` pays for it.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { word, type DocumentLanguage } from '../render/i18n.js';
import { recordTable } from './record-csv.js';
import type { ContactDetails, RecordOfProcessing } from './record.js';

type SheetName = 'organisation' | 'activities' | 'processors' | 'transfers' | 'retention';

/** A sheet's name (`xlsx.sheet.<name>` of locales/<lang>/record.json). */
const sheet = (name: SheetName, lang: DocumentLanguage): string =>
  word(lang, 'record', `xlsx.sheet.${name}`);

/** The column headers of a sheet, in this order (`xlsx.<sheet>.<column>` of record.json). */
const HEADER_KEYS = {
  processors: [
    'reference',
    'name',
    'kind',
    'country',
    'locations',
    'dpa_signed',
    'dpa_reference',
    'sub_processors',
    'dpf',
  ],
  transfers: ['activity', 'recipient', 'country', 'mechanism', 'derogation', 'documentation'],
  retention: [
    'reference',
    'duration',
    'from',
    'then',
    'archive_for',
    'basis',
    'reference_period',
    'criteria',
  ],
} as const;

const headers = (name: keyof typeof HEADER_KEYS, lang: DocumentLanguage): string[] =>
  HEADER_KEYS[name].map((key) => word(lang, 'record', `xlsx.${name}.${key}`));

/** The organisation sheet (Art. 30(1)(a), 30(2)(a)): one row per item, label then value. */
const organisationWord = (key: string, lang: DocumentLanguage): string =>
  word(lang, 'record', `xlsx.organisation.${key}`);

const EMPTY = '—';
const orDash = (value: string | null | undefined): string =>
  value === null || value === undefined || value === '' ? EMPTY : value;

export function sheetNames(lang: DocumentLanguage): string[] {
  return [
    sheet('organisation', lang),
    sheet('activities', lang),
    sheet('processors', lang),
    sheet('transfers', lang),
    sheet('retention', lang),
  ];
}

/** The date the workbook claims: the record's last update, or a fixed one. */
export function workbookDate(model: RecordOfProcessing): Date {
  return new Date(`${model.last_updated ?? '2000-01-01'}T00:00:00Z`);
}

export async function renderRecordXlsx(model: RecordOfProcessing): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const { lang } = model;
  const date = workbookDate(model);
  const workbook: Workbook = new ExcelJS.Workbook();
  workbook.title = word(lang, 'record', 'xlsx.title');
  workbook.creator = 'gdpr';
  workbook.lastModifiedBy = 'gdpr';
  workbook.created = date;
  workbook.modified = date;

  const header = pageHeader(model, date);
  addSheet(
    workbook,
    sheet('organisation', lang),
    [organisationWord('item', lang), organisationWord('details', lang)],
    organisationRows(model),
    header,
  );
  const table = recordTable(model);
  addSheet(workbook, sheet('activities', lang), table.headers, table.rows, header);

  const yesNo = (v: boolean | null): string =>
    v === null ? EMPTY : v ? word(lang, 'record', 'yes') : word(lang, 'record', 'no');
  addSheet(
    workbook,
    sheet('processors', lang),
    headers('processors', lang),
    model.processors.map((p) => [
      p.id,
      p.name,
      p.kind.label,
      orDash(p.country?.name),
      p.locations.length > 0 ? p.locations.map((c) => c.name).join('\n') : EMPTY,
      orDash(p.dpa_signed),
      orDash(p.dpa_reference),
      p.sub_processors.length > 0 ? p.sub_processors.map((s) => s.name).join('\n') : EMPTY,
      yesNo(p.dpf_certified),
    ]),
    header,
  );
  addSheet(
    workbook,
    sheet('transfers', lang),
    headers('transfers', lang),
    model.transfers.map((t) => [
      t.activity.name,
      t.recipient,
      t.country.name,
      orDash(t.mechanism?.label),
      orDash(t.derogation?.label),
      orDash(t.documentation),
    ]),
    header,
  );
  addSheet(
    workbook,
    sheet('retention', lang),
    headers('retention', lang),
    model.retention_rules.map((r) => [
      r.id,
      orDash(r.duration_words),
      orDash(r.from),
      orDash(r.then?.label),
      orDash(r.archive_for_words),
      orDash(r.basis),
      orDash(r.reference),
      orDash(r.criteria),
    ]),
    header,
  );

  const buffer = await workbook.xlsx.writeBuffer();
  return fixZipTimestamps(new Uint8Array(buffer), date);
}

function contactLines(contact: ContactDetails): string {
  return [contact.name, contact.address, contact.country?.name, contact.email, contact.phone]
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .join('\n');
}

/** Art. 30(1)(a) / 30(2)(a): who keeps the record, its representative, DPO and joint controllers. */
export function organisationRows(model: RecordOfProcessing): string[][] {
  const { lang, organisation } = model;
  const rows: string[][] = [
    [
      model.record === 'controller'
        ? organisationWord('controller', lang)
        : organisationWord('processor', lang),
      orDash(contactLines(organisation)),
    ],
  ];
  if (organisation.registration !== null)
    rows.push([organisationWord('registration', lang), organisation.registration]);
  if (organisation.website !== null)
    rows.push([organisationWord('website', lang), organisation.website]);
  rows.push([
    organisationWord('representative', lang),
    organisation.representative
      ? orDash(contactLines(organisation.representative))
      : organisationWord('none', lang),
  ]);
  rows.push([
    organisationWord('dpo', lang),
    organisation.dpo ? orDash(contactLines(organisation.dpo)) : organisationWord('none', lang),
  ]);
  if (model.record === 'controller') {
    const joint = [
      ...new Set(model.activities.flatMap((a) => a.joint_controllers.map((p) => p.name))),
    ].sort();
    rows.push([
      organisationWord('joint', lang),
      joint.length > 0 ? joint.join('\n') : organisationWord('none', lang),
    ]);
  }
  rows.push([organisationWord('date', lang), orDash(model.last_updated)]);
  return rows;
}

/** The printed page's header: the organisation left, the record's date right (`&&` is a literal `&`). */
function pageHeader(model: RecordOfProcessing, date: Date): string {
  const escape = (text: string): string => text.replace(/&/g, '&&');
  const name = escape(model.organisation.name ?? '');
  return `&L${name} — ${escape(word(model.lang, 'record', 'xlsx.title'))}&R${date.toISOString().slice(0, 10)}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A cell holding exactly an ISO date becomes a date cell (UTC midnight), shown as YYYY-MM-DD. */
function cellValue(text: string): string | Date {
  return ISO_DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`))
    ? new Date(`${text}T00:00:00Z`)
    : text;
}

function addSheet(
  workbook: Workbook,
  name: string,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  pageHeaderText: string,
): Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    // What an auditor prints: landscape, one page wide, the header row on every page.
    pageSetup: {
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
    headerFooter: { oddHeader: pageHeaderText, oddFooter: '&C&P / &N' },
  });
  sheet.addRow([...headers]);
  for (const row of rows) {
    const added = sheet.addRow(row.map(cellValue));
    added.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    });
  }
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  for (let r = 2; r <= rows.length + 1; r++)
    sheet.getRow(r).alignment = { vertical: 'top', wrapText: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  headers.forEach((h, i) => {
    const longest = Math.max(longestLine(h), ...rows.map((row) => longestLine(row[i] ?? '')));
    // Wide enough for a short list item, narrow enough that long texts wrap instead of
    // stretching the row off screen.
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(12, longest + 2));
  });
  return sheet;
}

function longestLine(text: string): number {
  return Math.max(0, ...text.split('\n').map((l) => l.length));
}

/**
 * Rewrites the modification date and time of every zip entry (local file headers and central
 * directory, APPNOTE.TXT §4.3.7 and §4.3.12) to `date`, so that the archive does not depend on
 * when it was written. Returns the same bytes when the buffer is not a zip it understands.
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
