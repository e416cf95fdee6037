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
import type { Lang } from '../render/i18n.js';
import { RECORD_WORDS } from '../render/i18n.js';
import type {
  ControllerActivity,
  ProcessorActivity,
  PurposeEntry,
  RecordOfProcessing,
  TransferEntry,
} from './record.js';

export interface Column<A> {
  /** Stable key (for tools and tests); the header is localised. */
  key: string;
  header: Record<Lang, string>;
  value(activity: A, lang: Lang): string;
}

export interface RecordTable {
  headers: string[];
  rows: string[][];
}

const EMPTY = '—';

const lines = (items: readonly string[]): string => (items.length === 0 ? EMPTY : items.join('\n'));
const orDash = (value: string | null | undefined): string =>
  value === null || value === undefined || value === '' ? EMPTY : value;
const colon = (lang: Lang): string => (lang === 'fr' ? ' : ' : ': ');

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

function transferCountries(transfers: readonly TransferEntry[] | null, lang: Lang): string {
  if (transfers === null) return EMPTY;
  if (transfers.length === 0) return RECORD_WORDS.none[lang];
  return lines(transfers.map((t) => `${t.country.name} – ${t.recipient}`));
}

function transferSafeguards(transfers: readonly TransferEntry[] | null, lang: Lang): string {
  if (transfers === null) return EMPTY;
  if (transfers.length === 0) return RECORD_WORDS.none[lang];
  return lines(
    transfers.map((t) => {
      let s = `${t.recipient} (${t.country.name})${colon(lang)}${t.mechanism?.label ?? EMPTY}`;
      if (t.derogation) s += `, ${t.derogation.label}`;
      if (t.documentation) s += ` – ${t.documentation}`;
      return s;
    }),
  );
}

const yesNo = (value: boolean, lang: Lang): string =>
  value ? RECORD_WORDS.yes[lang] : RECORD_WORDS.no[lang];

export const CONTROLLER_COLUMNS: readonly Column<ControllerActivity>[] = [
  { key: 'id', header: { en: 'Reference', fr: 'Référence' }, value: (a) => a.id },
  {
    key: 'name',
    header: { en: 'Processing activity', fr: 'Nom du traitement' },
    value: (a) => a.name,
  },
  {
    key: 'description',
    header: { en: 'Description', fr: 'Description' },
    value: (a) => orDash(a.description),
  },
  { key: 'status', header: { en: 'Status', fr: 'Statut' }, value: (a) => a.status.label },
  {
    key: 'retired_on',
    header: { en: 'Retired on', fr: "Date d'arrêt" },
    value: (a) => orDash(a.retired_on),
  },
  {
    key: 'department',
    header: { en: 'Business function', fr: 'Service responsable' },
    value: (a) => orDash(a.department?.name),
  },
  {
    key: 'created',
    header: { en: 'Creation date', fr: 'Date de création' },
    value: (a) => orDash(a.created),
  },
  {
    key: 'reviewed',
    header: { en: 'Last update', fr: 'Dernière mise à jour' },
    value: (a) => orDash(a.reviewed),
  },
  { key: 'role', header: { en: 'Role', fr: 'Rôle' }, value: (a) => a.role.label },
  {
    key: 'joint_controllers',
    header: {
      en: 'Name and contact details of joint controller',
      fr: 'Responsables conjoints (nom et coordonnées)',
    },
    value: (a) =>
      lines(a.joint_controllers.map((p) => (p.contact ? `${p.name} – ${p.contact}` : p.name))),
  },
  {
    key: 'purposes',
    header: { en: 'Purpose of processing', fr: 'Finalités' },
    value: (a) => perPurpose(a.purposes, (p) => p.description),
  },
  {
    key: 'data_subjects',
    header: { en: 'Categories of individuals', fr: 'Catégories de personnes concernées' },
    value: (a) => lines(a.data_subjects.map((s) => s.name)),
  },
  {
    key: 'data_categories',
    header: { en: 'Categories of personal data', fr: 'Catégories de données personnelles' },
    value: (a) => lines(a.data.map((d) => d.category.name)),
  },
  {
    key: 'sensitive',
    header: {
      en: 'Sensitive data (Art. 9, 10) or national identification number (Art. 87)',
      fr: "Données sensibles (art. 9, 10) ou numéro d'identification national (art. 87)",
    },
    value: (a, lang) => {
      const flagged = a.data
        .filter((d) => d.category.flags.length > 0)
        .map((d) => `${d.category.name} (${d.category.flags.join(', ')})`);
      return flagged.length === 0
        ? RECORD_WORDS.no[lang]
        : `${yesNo(a.sensitive, lang)}${colon(lang)}${flagged.join('\n')}`;
    },
  },
  {
    key: 'recipients',
    header: { en: 'Categories of recipients', fr: 'Catégories de destinataires' },
    value: (a) =>
      lines(
        a.recipients.map(
          (r) => `${r.name} – ${r.kind.label}${r.country ? `, ${r.country.name}` : ''}`,
        ),
      ),
  },
  {
    key: 'processor_contracts',
    header: { en: 'Link to contract with processor', fr: 'Contrats avec les sous-traitants' },
    value: (a, lang) =>
      lines(
        a.processor_contracts.map(
          (c) =>
            `${c.party.name}${colon(lang)}${orDash(c.reference)}${c.signed ? ` (${lang === 'fr' ? 'signé le' : 'signed'} ${c.signed})` : ''}`,
        ),
      ),
  },
  {
    key: 'transfer_countries',
    header: {
      en: 'Names of third countries or international organisations that personal data are transferred to',
      fr: 'Transferts hors UE : pays et destinataires',
    },
    value: (a, lang) => transferCountries(a.transfers, lang),
  },
  {
    key: 'transfer_safeguards',
    header: {
      en: 'Safeguards for transfers of personal data to third countries or international organisations',
      fr: 'Garanties des transferts hors UE',
    },
    value: (a, lang) => transferSafeguards(a.transfers, lang),
  },
  {
    key: 'retention',
    header: { en: 'Retention schedule', fr: 'Durées de conservation' },
    value: (a, lang) =>
      lines(a.data.map((d) => `${d.category.name}${colon(lang)}${d.retention?.summary ?? EMPTY}`)),
  },
  {
    key: 'security_measures',
    header: {
      en: 'General description of technical and organisational security measures',
      fr: 'Mesures de sécurité',
    },
    value: (a) => lines(a.security_measures.map((m) => m.name)),
  },
  {
    key: 'legal_basis',
    header: {
      en: 'Article 6 lawful basis for processing personal data',
      fr: 'Base légale (art. 6)',
    },
    value: (a) =>
      perPurpose(a.purposes, (p) =>
        p.legal_basis
          ? `${p.legal_basis.label}${p.legal_reference ? ` (${p.legal_reference})` : ''}`
          : EMPTY,
      ),
  },
  {
    key: 'special_category_condition',
    header: {
      en: 'Article 9 condition for processing special category data',
      fr: "Condition de l'art. 9 (données sensibles)",
    },
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
    header: { en: 'Legitimate interests for the processing', fr: 'Intérêts légitimes poursuivis' },
    value: (a) => perPurpose(a.purposes, (p) => p.legitimate_interest),
  },
  {
    key: 'lia',
    header: {
      en: 'Link to record of legitimate interests assessment',
      fr: 'Analyse des intérêts légitimes (lien)',
    },
    value: (a) => perPurpose(a.purposes, (p) => p.lia),
  },
  {
    key: 'rights',
    header: { en: 'Rights available to individuals', fr: 'Droits des personnes' },
    value: (a) => lines(a.rights.map((r) => r.label)),
  },
  {
    key: 'automated_decisions',
    header: {
      en: 'Existence of automated decision-making, including profiling',
      fr: 'Décision automatisée, y compris le profilage',
    },
    value: (a, lang) => {
      const ad = a.automated_decisions;
      if (ad === null) return EMPTY;
      if (!ad.used) return RECORD_WORDS.no[lang];
      const detail = [ad.logic, ad.significance].filter((s): s is string => s !== null).join(' – ');
      return detail ? `${RECORD_WORDS.yes[lang]}${colon(lang)}${detail}` : RECORD_WORDS.yes[lang];
    },
  },
  {
    key: 'source',
    header: { en: 'The source of the personal data', fr: 'Source des données' },
    value: (a, lang) =>
      lines(
        a.sources.map((s) =>
          s.detail ? `${s.source.label}${colon(lang)}${s.detail}` : s.source.label,
        ),
      ),
  },
  {
    key: 'consent_record',
    header: { en: 'Link to record of consent', fr: 'Preuve du consentement' },
    value: (a) => perPurpose(a.purposes, (p) => p.consent?.records ?? null),
  },
  {
    key: 'locations',
    header: { en: 'Location of personal data', fr: 'Localisation des données' },
    value: (a) => lines(a.locations.map((c) => c.name)),
  },
  {
    key: 'dpia_required',
    header: { en: 'Data Protection Impact Assessment required?', fr: 'AIPD requise ?' },
    value: (a, lang) =>
      a.dpia.required === null
        ? EMPTY
        : `${yesNo(a.dpia.required, lang)}${a.dpia.reason ? ` – ${a.dpia.reason}` : ''}`,
  },
  {
    key: 'dpia_progress',
    header: { en: 'Data Protection Impact Assessment progress', fr: "Avancement de l'AIPD" },
    value: (a) => {
      const r = a.dpia.record;
      if (!r) return EMPTY;
      return `${r.status?.label ?? EMPTY}${r.validated ? ` (${r.validated})` : ''}`;
    },
  },
  {
    key: 'dpia_link',
    header: { en: 'Link to Data Protection Impact Assessment', fr: "Lien vers l'AIPD" },
    value: (a) => orDash(a.dpia.link),
  },
  {
    key: 'breach_occurred',
    header: { en: 'Has a personal data breach occurred?', fr: 'Violation de données survenue ?' },
    value: (a, lang) => yesNo(a.breaches.length > 0, lang),
  },
  {
    key: 'breach_link',
    header: { en: 'Link to record of personal data breach', fr: 'Lien vers la violation' },
    value: (a) => lines(a.breaches.map(breachName)),
  },
  {
    key: 'systems',
    header: { en: 'Software and applications', fr: 'Logiciels et applications' },
    value: (a) => lines(a.systems),
  },
];

export const PROCESSOR_COLUMNS: readonly Column<ProcessorActivity>[] = [
  { key: 'id', header: { en: 'Reference', fr: 'Référence' }, value: (a) => a.id },
  {
    key: 'name',
    header: { en: 'Category of processing', fr: 'Catégorie de traitement' },
    value: (a) => a.name,
  },
  {
    key: 'description',
    header: { en: 'Description', fr: 'Description' },
    value: (a) => orDash(a.description),
  },
  { key: 'status', header: { en: 'Status', fr: 'Statut' }, value: (a) => a.status.label },
  {
    key: 'retired_on',
    header: { en: 'Retired on', fr: "Date d'arrêt" },
    value: (a) => orDash(a.retired_on),
  },
  {
    key: 'created',
    header: { en: 'Creation date', fr: 'Date de création' },
    value: (a) => orDash(a.created),
  },
  {
    key: 'reviewed',
    header: { en: 'Last update', fr: 'Dernière mise à jour' },
    value: (a) => orDash(a.reviewed),
  },
  {
    key: 'controllers',
    header: {
      en: 'Controllers on whose behalf we act (name and contact details)',
      fr: 'Responsables du traitement pour le compte desquels nous agissons (nom et coordonnées)',
    },
    value: (a) =>
      lines(a.controllers.map((p) => (p.contact ? `${p.name} – ${p.contact}` : p.name))),
  },
  {
    key: 'purposes',
    header: {
      en: 'Processing carried out on behalf of the controller',
      fr: 'Traitements effectués pour le compte du responsable',
    },
    value: (a) => lines(a.purposes),
  },
  {
    key: 'data_subjects',
    header: { en: 'Categories of individuals', fr: 'Catégories de personnes concernées' },
    value: (a) => lines(a.data_subjects.map((s) => s.name)),
  },
  {
    key: 'data_categories',
    header: { en: 'Categories of personal data', fr: 'Catégories de données personnelles' },
    value: (a) => lines(a.data_categories.map((c) => c.name)),
  },
  {
    key: 'sub_processors',
    header: { en: 'Sub-processors', fr: 'Sous-traitants ultérieurs' },
    value: (a) =>
      lines(a.sub_processors.map((r) => `${r.name}${r.country ? ` – ${r.country.name}` : ''}`)),
  },
  {
    key: 'transfer_countries',
    header: {
      en: 'Names of third countries or international organisations that personal data are transferred to',
      fr: 'Transferts hors UE : pays et destinataires',
    },
    value: (a, lang) => transferCountries(a.transfers, lang),
  },
  {
    key: 'transfer_safeguards',
    header: {
      en: 'Safeguards for transfers of personal data to third countries or international organisations',
      fr: 'Garanties des transferts hors UE',
    },
    value: (a, lang) => transferSafeguards(a.transfers, lang),
  },
  {
    key: 'security_measures',
    header: {
      en: 'General description of technical and organisational security measures',
      fr: 'Mesures de sécurité',
    },
    value: (a) => lines(a.security_measures.map((m) => m.name)),
  },
  {
    key: 'systems',
    header: { en: 'Software and applications', fr: 'Logiciels et applications' },
    value: (a) => lines(a.systems),
  },
];

/** An incident as an auditor can find it: its title and the day it was discovered, not a repository path. */
function breachName(b: { title: string; discovered_at: string | null }): string {
  return b.discovered_at === null ? b.title : `${b.title} (${b.discovered_at.slice(0, 10)})`;
}

/** One row per activity, with the columns of the record's kind. */
export function recordTable(model: RecordOfProcessing): RecordTable {
  const { lang } = model;
  if (model.record === 'processor') {
    return {
      headers: PROCESSOR_COLUMNS.map((c) => c.header[lang]),
      rows: model.activities.map((a) => PROCESSOR_COLUMNS.map((c) => c.value(a, lang))),
    };
  }
  return {
    headers: CONTROLLER_COLUMNS.map((c) => c.header[lang]),
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
 * The delimiter spreadsheets expect for a language: where numbers take a decimal comma (the
 * CLDR data behind `Intl`, e.g. French), Excel's list separator is `;` and a comma-separated
 * file opens as one column; elsewhere `,` (RFC 4180).
 */
export function defaultCsvDelimiter(lang: string): CsvDelimiter {
  const decimal = new Intl.NumberFormat(lang)
    .formatToParts(1.5)
    .find((p) => p.type === 'decimal')?.value;
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
