/**
 * The record of processing activities as a table: one row per activity. The controller columns
 * cover the ICO controller template's columns 1–25 (LAW.md §2.2) and the fields of the CNIL
 * record sheet (§2.1: reference, creation and update dates, sensitive data yes/no, software);
 * the processor columns follow Art. 30(2)(a)–(d) (no authority template exists for them).
 * The same table feeds the CSV file and the spreadsheet's first sheet.
 *
 * CSV: RFC 4180 (fields quoted when they hold a comma, a quote or a line break; quotes
 * doubled), CRLF line endings, UTF-8 with a byte-order mark — without the BOM, Excel reads the
 * file as the local ANSI code page and mangles accents ("Ã©" for "é"). Lists inside a cell are
 * one item per line. The delimiter is `;` when the document language writes numbers with a
 * decimal comma (French Excel expects it), else `,`; `--delimiter` chooses.
 */
import { localeLanguages, message } from '../locale/index.js';
import { colon, word, type DocumentLanguage } from '../render/i18n.js';
import type {
  ControllerActivity,
  ProcessorActivity,
  PurposeEntry,
  RecordOfProcessing,
  TransferEntry,
} from './record.js';

export interface Column<A> {
  /** Stable key (for tools and tests); the header is localised (`csv.<record>.<key>` of record.json). */
  key: string;
  /** The header in every language of locales/. */
  header: Readonly<Record<string, string>>;
  value(activity: A, lang: DocumentLanguage): string;
}

type ColumnSpec<A> = Omit<Column<A>, 'header'>;

/** The columns with their headers in every language of locales/. */
function withHeaders<A>(
  record: 'controller' | 'processor',
  columns: readonly ColumnSpec<A>[],
): readonly Column<A>[] {
  return columns.map((c) => ({
    ...c,
    header: Object.fromEntries(
      localeLanguages().map((lang) => [lang, message(lang, 'record', `csv.${record}.${c.key}`)]),
    ),
  }));
}

export interface RecordTable {
  headers: string[];
  rows: string[][];
}

const EMPTY = '—';

const lines = (items: readonly string[]): string => (items.length === 0 ? EMPTY : items.join('\n'));
const orDash = (value: string | null | undefined): string =>
  value === null || value === undefined || value === '' ? EMPTY : value;

/** With several purposes, number them so that the basis, interest and consent columns line up with the purposes column. */
function perPurpose(
  purposes: readonly PurposeEntry[],
  cell: (p: PurposeEntry) => string | null,
): string {
  if (purposes.length === 1) return orDash(purposes[0] ? cell(purposes[0]) : null);
  const out = purposes.flatMap((p, i) => {
    const v = cell(p);
    return v === null ? [] : [`${i + 1}. ${v}`];
  });
  return lines(out);
}

function transferCountries(
  transfers: readonly TransferEntry[] | null,
  lang: DocumentLanguage,
): string {
  if (transfers === null) return EMPTY;
  if (transfers.length === 0) return word(lang, 'record', 'none');
  return lines(transfers.map((t) => `${t.country.name} – ${t.recipient}`));
}

function transferSafeguards(
  transfers: readonly TransferEntry[] | null,
  lang: DocumentLanguage,
): string {
  if (transfers === null) return EMPTY;
  if (transfers.length === 0) return word(lang, 'record', 'none');
  return lines(
    transfers.map((t) => {
      let s = `${t.recipient} (${t.country.name})${colon(lang)}${t.mechanism?.label ?? EMPTY}`;
      if (t.derogation) s += `, ${t.derogation.label}`;
      if (t.documentation) s += ` – ${t.documentation}`;
      return s;
    }),
  );
}

const yesNo = (value: boolean, lang: DocumentLanguage): string =>
  value ? word(lang, 'record', 'yes') : word(lang, 'record', 'no');

export const CONTROLLER_COLUMNS: readonly Column<ControllerActivity>[] = withHeaders('controller', [
  { key: 'id', value: (a) => a.id },
  {
    key: 'name',
    value: (a) => a.name,
  },
  {
    key: 'description',
    value: (a) => orDash(a.description),
  },
  { key: 'status', value: (a) => a.status.label },
  {
    key: 'retired_on',
    value: (a) => orDash(a.retired_on),
  },
  {
    key: 'department',
    value: (a) => orDash(a.department?.name),
  },
  {
    key: 'created',
    value: (a) => orDash(a.created),
  },
  {
    key: 'reviewed',
    value: (a) => orDash(a.reviewed),
  },
  { key: 'role', value: (a) => a.role.label },
  {
    key: 'joint_controllers',
    value: (a) =>
      lines(a.joint_controllers.map((p) => (p.contact ? `${p.name} – ${p.contact}` : p.name))),
  },
  {
    key: 'purposes',
    value: (a) => perPurpose(a.purposes, (p) => p.description),
  },
  {
    key: 'data_subjects',
    value: (a) => lines(a.data_subjects.map((s) => s.name)),
  },
  {
    key: 'data_categories',
    value: (a) => lines(a.data.map((d) => d.category.name)),
  },
  {
    key: 'sensitive',
    value: (a, lang) => {
      const flagged = a.data
        .filter((d) => d.category.flags.length > 0)
        .map((d) => `${d.category.name} (${d.category.flags.join(', ')})`);
      return flagged.length === 0
        ? word(lang, 'record', 'no')
        : `${yesNo(a.sensitive, lang)}${colon(lang)}${flagged.join('\n')}`;
    },
  },
  {
    key: 'recipients',
    value: (a) =>
      lines(
        a.recipients.map(
          (r) => `${r.name} – ${r.kind.label}${r.country ? `, ${r.country.name}` : ''}`,
        ),
      ),
  },
  {
    key: 'processor_contracts',
    value: (a, lang) =>
      lines(
        a.processor_contracts.map(
          (c) =>
            `${c.party.name}${colon(lang)}${orDash(c.reference)}${c.signed ? ` (${word(lang, 'record', 'contract.signed', { date: c.signed })})` : ''}`,
        ),
      ),
  },
  {
    key: 'transfer_countries',
    value: (a, lang) => transferCountries(a.transfers, lang),
  },
  {
    key: 'transfer_safeguards',
    value: (a, lang) => transferSafeguards(a.transfers, lang),
  },
  {
    key: 'retention',
    value: (a, lang) =>
      lines(a.data.map((d) => `${d.category.name}${colon(lang)}${d.retention?.summary ?? EMPTY}`)),
  },
  {
    key: 'security_measures',
    value: (a) => lines(a.security_measures.map((m) => m.name)),
  },
  {
    key: 'legal_basis',
    value: (a) =>
      perPurpose(a.purposes, (p) =>
        p.legal_basis
          ? `${p.legal_basis.label}${p.legal_reference ? ` (${p.legal_reference})` : ''}`
          : EMPTY,
      ),
  },
  {
    key: 'special_category_condition',
    value: (a, lang) => {
      const out: string[] = [];
      if (a.special_category_condition)
        out.push(
          `${a.special_category_condition.condition.label}${a.special_category_condition.detail ? ` – ${a.special_category_condition.detail}` : ''}`,
        );
      if (a.criminal_data_authority) out.push(`Art. 10${colon(lang)}${a.criminal_data_authority}`);
      return lines(out);
    },
  },
  {
    key: 'legitimate_interests',
    value: (a) => perPurpose(a.purposes, (p) => p.legitimate_interest),
  },
  {
    key: 'lia',
    value: (a) => perPurpose(a.purposes, (p) => p.lia),
  },
  {
    key: 'rights',
    value: (a) => lines(a.rights.map((r) => r.label)),
  },
  {
    key: 'automated_decisions',
    value: (a, lang) => {
      const ad = a.automated_decisions;
      if (ad === null) return EMPTY;
      if (!ad.used) return word(lang, 'record', 'no');
      const detail = [ad.logic, ad.significance].filter((s): s is string => s !== null).join(' – ');
      return detail
        ? `${word(lang, 'record', 'yes')}${colon(lang)}${detail}`
        : word(lang, 'record', 'yes');
    },
  },
  {
    key: 'source',
    value: (a, lang) =>
      lines(
        a.sources.map((s) =>
          s.detail ? `${s.source.label}${colon(lang)}${s.detail}` : s.source.label,
        ),
      ),
  },
  {
    key: 'consent_record',
    value: (a) => perPurpose(a.purposes, (p) => p.consent?.records ?? null),
  },
  {
    key: 'locations',
    value: (a) => lines(a.locations.map((c) => c.name)),
  },
  {
    key: 'dpia_required',
    value: (a, lang) =>
      a.dpia.required === null
        ? EMPTY
        : `${yesNo(a.dpia.required, lang)}${a.dpia.reason ? ` – ${a.dpia.reason}` : ''}`,
  },
  {
    key: 'dpia_progress',
    value: (a) => {
      const r = a.dpia.record;
      if (!r) return EMPTY;
      return `${r.status?.label ?? EMPTY}${r.validated ? ` (${r.validated})` : ''}`;
    },
  },
  {
    key: 'dpia_link',
    value: (a) => orDash(a.dpia.link),
  },
  {
    key: 'breach_occurred',
    value: (a, lang) => yesNo(a.breaches.length > 0, lang),
  },
  {
    key: 'breach_link',
    value: (a) => lines(a.breaches.map(breachName)),
  },
  {
    key: 'systems',
    value: (a) => lines(a.systems),
  },
]);

export const PROCESSOR_COLUMNS: readonly Column<ProcessorActivity>[] = withHeaders('processor', [
  { key: 'id', value: (a) => a.id },
  {
    key: 'name',
    value: (a) => a.name,
  },
  {
    key: 'description',
    value: (a) => orDash(a.description),
  },
  { key: 'status', value: (a) => a.status.label },
  {
    key: 'retired_on',
    value: (a) => orDash(a.retired_on),
  },
  {
    key: 'created',
    value: (a) => orDash(a.created),
  },
  {
    key: 'reviewed',
    value: (a) => orDash(a.reviewed),
  },
  {
    key: 'controllers',
    value: (a) =>
      lines(a.controllers.map((p) => (p.contact ? `${p.name} – ${p.contact}` : p.name))),
  },
  {
    key: 'purposes',
    value: (a) => lines(a.purposes),
  },
  {
    key: 'data_subjects',
    value: (a) => lines(a.data_subjects.map((s) => s.name)),
  },
  {
    key: 'data_categories',
    value: (a) => lines(a.data_categories.map((c) => c.name)),
  },
  {
    key: 'sub_processors',
    value: (a) =>
      lines(a.sub_processors.map((r) => `${r.name}${r.country ? ` – ${r.country.name}` : ''}`)),
  },
  {
    key: 'transfer_countries',
    value: (a, lang) => transferCountries(a.transfers, lang),
  },
  {
    key: 'transfer_safeguards',
    value: (a, lang) => transferSafeguards(a.transfers, lang),
  },
  {
    key: 'security_measures',
    value: (a) => lines(a.security_measures.map((m) => m.name)),
  },
  {
    key: 'systems',
    value: (a) => lines(a.systems),
  },
]);

/** An incident as an auditor can find it: its title and the day it was discovered, not a repository path. */
function breachName(b: { title: string; discovered_at: string | null }): string {
  return b.discovered_at === null ? b.title : `${b.title} (${b.discovered_at.slice(0, 10)})`;
}

/** One row per activity, with the columns of the record's kind. */
export function recordTable(model: RecordOfProcessing): RecordTable {
  const { lang } = model;
  if (model.record === 'processor') {
    return {
      headers: PROCESSOR_COLUMNS.map((c) => message(lang, 'record', `csv.processor.${c.key}`)),
      rows: model.activities.map((a) => PROCESSOR_COLUMNS.map((c) => c.value(a, lang))),
    };
  }
  return {
    headers: CONTROLLER_COLUMNS.map((c) => message(lang, 'record', `csv.controller.${c.key}`)),
    rows: model.activities.map((a) => CONTROLLER_COLUMNS.map((c) => c.value(a, lang))),
  };
}

/**
 * RFC 4180 §2.6–2.7: quote a field holding the delimiter, a quote or a line break; double its
 * quotes. A field a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a
 * carriage return: OWASP "CSV Injection") is prefixed with a single quote and quoted, so it
 * shows as text.
 */
export function csvField(value: string, delimiter: CsvDelimiter = ','): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe !== value || /["\r\n]/.test(safe) || safe.includes(delimiter)
    ? `"${safe.replace(/"/g, '""')}"`
    : safe;
}

export type CsvDelimiter = ',' | ';';

/**
 * The delimiter spreadsheets expect for a language: where numbers take a decimal comma
 * (`typography.decimal_separator` of locales/<lang>/words.json, e.g. French, German, Spanish),
 * Excel's list separator is `;` and a comma-separated file opens as one column; elsewhere `,`
 * (RFC 4180). A language without a folder asks `Intl` (CLDR).
 */
export function defaultCsvDelimiter(lang: string): CsvDelimiter {
  const decimal = localeLanguages().includes(lang)
    ? message(lang, 'words', 'typography.decimal_separator')
    : new Intl.NumberFormat(lang).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
  return decimal === ',' ? ';' : ',';
}

export const BOM = '\uFEFF';

/** RFC 4180 text: CRLF after every record (§2.1–2.2), with the BOM Excel needs to read UTF-8. */
export function toCsv(rows: readonly (readonly string[])[], delimiter: CsvDelimiter = ','): string {
  return (
    BOM + rows.map((r) => `${r.map((v) => csvField(v, delimiter)).join(delimiter)}\r\n`).join('')
  );
}

/** The record as CSV; the delimiter defaults to the one the document language's spreadsheets expect. */
export function renderRecordCsv(
  model: RecordOfProcessing,
  delimiter: CsvDelimiter = defaultCsvDelimiter(model.lang),
): string {
  const table = recordTable(model);
  return toCsv([table.headers, ...table.rows], delimiter);
}
