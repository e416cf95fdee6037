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
 * Deterministic: the same register gives the same bytes. The workbook's dates, and the zip
 * entries' timestamps, are the record's `last_updated` (else 2000-01-01).
 *
 * The workbook is written by xlsx.ts (SpreadsheetML over fflate), loaded here on demand: only
 * `gdpr register --format xlsx` pays for it.
 */
import { word, type DocumentLanguage } from '../render/i18n.js';
import { recordTable } from './record-csv.js';
import type { ContactDetails, RecordOfProcessing } from './record.js';
import type { XlsxSheet } from './xlsx.js';

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
  const { writeXlsx } = await import('./xlsx.js');
  const { lang } = model;
  const date = workbookDate(model);
  const header = pageHeader(model, date);
  const sheets: XlsxSheet[] = [];
  const addSheet = (
    name: string,
    headers: readonly string[],
    rows: readonly (readonly string[])[],
  ): void => {
    sheets.push(sheetOf(name, headers, rows, header));
  };

  addSheet(
    sheet('organisation', lang),
    [organisationWord('item', lang), organisationWord('details', lang)],
    organisationRows(model),
  );
  const table = recordTable(model);
  addSheet(sheet('activities', lang), table.headers, table.rows);

  const yesNo = (v: boolean | null): string =>
    v === null ? EMPTY : v ? word(lang, 'record', 'yes') : word(lang, 'record', 'no');
  addSheet(
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
  );
  addSheet(
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
  );
  addSheet(
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
  );

  return writeXlsx({ title: word(lang, 'record', 'xlsx.title'), creator: 'gdpr', date, sheets });
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

/**
 * One sheet: the header row, then the rows, their ISO dates as date cells. What an auditor
 * prints: landscape, one page wide, the header row on every page, page numbers in the footer.
 */
function sheetOf(
  name: string,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  pageHeaderText: string,
): XlsxSheet {
  const widths = headers.map((h, i) => {
    let longest = longestLine(h);
    for (const row of rows) longest = Math.max(longest, longestLine(row[i] ?? ''));
    // Wide enough for a short list item, narrow enough that long texts wrap instead of
    // stretching the row off screen.
    return Math.min(60, Math.max(12, longest + 2));
  });
  return {
    name,
    headers,
    // Converted as the writer asks for each row, so that no second copy of the table is held.
    rows: (function* () {
      for (const row of rows) yield row.map(cellValue);
    })(),
    widths,
    pageHeader: pageHeaderText,
    pageFooter: '&C&P / &N',
  };
}

function longestLine(text: string): number {
  let longest = 0;
  for (const line of text.split('\n')) longest = Math.max(longest, line.length);
  return longest;
}
