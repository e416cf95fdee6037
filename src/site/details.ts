/**
 * The sections of each record's page: its fields, in the reader's language, every reference a
 * link to the page of the record it names (a reference the register cannot resolve stays text,
 * so that no link of the site leads nowhere).
 */
import type { Register } from '../register/load.js';
import { requestDue } from '../model/requests.js';
import { activitiesCoveredBy } from '../model/notices.js';
import type { HolidayCalendar } from '../law/deadlines.js';
import type { TextValue } from '../render/words.js';
import type { PageKind } from './layout.js';
import type { SiteWords } from './words.js';

/** A piece of a value: text, a link to another page of the site when `href` is set. */
export interface Item {
  text: string;
  href: string | null;
}

export interface Field {
  label: string;
  items: Item[];
  /** Long text: shown as a paragraph rather than inline. */
  block: boolean;
}

export interface Table {
  caption: string;
  headers: string[];
  /** Each cell is a list of items (joined with commas). */
  rows: Item[][][];
}

export interface Section {
  id: string;
  heading: string;
  fields: Field[];
  tables: Table[];
}

/** Makes items and links for one page. */
export interface Linker {
  /** A link to a record's page when it exists, else its id as text. */
  link(kind: PageKind, id: string): Item;
  links(kind: PageKind, ids: readonly string[] | undefined): Item[];
}

interface Ctx {
  register: Register;
  w: SiteWords;
  l: Linker;
  calendar: HolidayCalendar | undefined;
}

const text = (value: string): Item => ({ text: value, href: null });

class Fields {
  readonly list: Field[] = [];
  constructor(private readonly w: SiteWords) {}
  /** Adds a field when it has something to show. */
  items(key: string, items: Item[], block = false): this {
    if (items.length > 0 && items.some((i) => i.text !== ''))
      this.list.push({ label: this.w.word(`field.${key}`), items, block });
    return this;
  }
  text(key: string, value: string | undefined | null, block = false): this {
    return value === undefined || value === null || value === ''
      ? this
      : this.items(key, [text(value)], block);
  }
  local(key: string, value: TextValue, block = false): this {
    return this.text(key, this.w.text(value), block);
  }
  value(key: string, group: string, value: string | undefined | null): this {
    return value === undefined || value === null
      ? this
      : this.text(key, this.w.value(group, value));
  }
  values(key: string, group: string, values: readonly string[] | undefined): this {
    return this.items(
      key,
      (values ?? []).map((v) => text(this.w.value(group, v))),
    );
  }
  date(key: string, value: string | undefined | null): this {
    return value ? this.text(key, this.w.date(value)) : this;
  }
  instant(key: string, value: string | undefined | null): this {
    return value ? this.text(key, this.w.instant(value)) : this;
  }
  flag(key: string, value: boolean | undefined): this {
    return value === undefined ? this : this.text(key, this.w.yesNo(value));
  }
}

function section(w: SiteWords, id: string, fields: Field[], tables: Table[] = []): Section[] {
  return fields.length === 0 && tables.length === 0
    ? []
    : [{ id, heading: w.word(`section.${id}`), fields, tables }];
}

function table(w: SiteWords, id: string, headers: string[], rows: Item[][][]): Table[] {
  return rows.length === 0
    ? []
    : [
        {
          caption: w.word(`table.${id}`),
          headers: headers.map((h) => w.word(`column.${h}`)),
          rows,
        },
      ];
}

/** The sections of a record's page. */
export function recordSections(
  register: Register,
  w: SiteWords,
  l: Linker,
  calendar: HolidayCalendar | undefined,
  kind: PageKind,
  id: string,
): Section[] {
  const ctx: Ctx = { register, w, l, calendar };
  switch (kind) {
    case 'activity':
      return activitySections(ctx, id);
    case 'party':
      return partySections(ctx, id);
    case 'notice':
      return noticeSections(ctx, id);
    case 'incident':
      return incidentSections(ctx, id);
    case 'request':
      return requestSections(ctx, id);
    case 'dpia':
      return dpiaSections(ctx, id);
    default:
      return catalogueSections(ctx, kind, id);
  }
}

function activitySections({ register, w, l }: Ctx, id: string): Section[] {
  const a = register.records.activity.get(id)?.data;
  if (!a) return [];
  const general = new Fields(w)
    .local('description', a.description, true)
    .value('role', 'activity_role', a.role ?? 'controller')
    .value('status', 'activity_status', a.status ?? 'active')
    .items('department', a.department !== undefined ? [l.link('department', a.department)] : [])
    .items('joint_controllers', l.links('party', a.joint_controllers))
    .items('controllers', l.links('party', a.controllers))
    .date('created', a.created)
    .date('reviewed', a.reviewed)
    .date('retired_on', a.retired_on)
    .text('review_every', a.review_every !== undefined ? w.duration(a.review_every) : undefined)
    .flag('occasional', a.occasional)
    .items(
      'systems',
      (a.systems ?? []).map((s) => text(s)),
    );
  const purposes = a.purposes.map((p) => [
    [text(w.text(p.description))],
    p.legal_basis !== undefined ? [text(w.value('legal_basis', p.legal_basis))] : [],
    [
      ...(p.legitimate_interest !== undefined ? [text(w.text(p.legitimate_interest))] : []),
      ...(p.legal_reference !== undefined ? [text(w.text(p.legal_reference))] : []),
      ...(p.direct_marketing === true ? [text(w.word('value.direct_marketing'))] : []),
    ],
  ]);
  const data = (a.data ?? []).map((d) => [
    [l.link('data-category', d.category)],
    d.retention !== undefined ? [l.link('retention', d.retention)] : [],
    d.source !== undefined ? [text(w.value('source', d.source))] : [],
    d.requirement !== undefined ? [text(w.value('requirement', d.requirement))] : [],
  ]);
  const dataFields = new Fields(w)
    .items('data_subjects', l.links('data-subject', a.data_subjects))
    .text(
      'special_category_condition',
      a.special_category_condition
        ? [
            w.value('art9_condition', a.special_category_condition.condition),
            w.text(a.special_category_condition.detail),
          ]
            .filter((s) => s !== '')
            .join(' — ')
        : undefined,
    )
    .local('criminal_data_authority', a.criminal_data_authority);
  const recipients = (a.recipients ?? []).flatMap((r) => [
    ...(r.party !== undefined ? [l.link('party', r.party)] : []),
    ...(r.department !== undefined ? [l.link('department', r.department)] : []),
  ]);
  const transfers = (a.transfers ?? []).map((t) => [
    [l.link('party', t.party)],
    [text(w.country(t.country))],
    t.mechanism !== undefined
      ? [
          text(
            t.mechanism === 'derogation' && t.derogation !== undefined
              ? `${w.value('mechanism', t.mechanism)} — ${w.value('derogation', t.derogation)}`
              : w.value('mechanism', t.mechanism),
          ),
        ]
      : [],
  ]);
  const dpia = new Fields(w)
    .values('criteria', 'criterion', a.dpia?.criteria)
    .text('cnil_list', a.dpia?.cnil_list)
    .items('dpia', a.dpia?.ref !== undefined ? [l.link('dpia', a.dpia.ref)] : [])
    .local('not_required_reason', a.dpia?.not_required_reason, true)
    .flag('automated_decisions', a.automated_decisions?.used);
  return [
    ...section(w, 'general', general.list),
    ...section(
      w,
      'purposes',
      [],
      table(w, 'purposes', ['purpose', 'legal_basis', 'detail'], purposes),
    ),
    ...section(
      w,
      'data',
      dataFields.list,
      table(w, 'data', ['category', 'retention', 'source', 'requirement'], data),
    ),
    ...section(
      w,
      'recipients',
      new Fields(w).items('recipients', recipients).list,
      table(w, 'transfers', ['party', 'country', 'mechanism'], transfers),
    ),
    ...section(
      w,
      'security',
      new Fields(w).items('security_measures', l.links('security-measure', a.security_measures))
        .list,
    ),
    ...section(w, 'dpia', dpia.list),
  ];
}

function partySections({ register, w, l }: Ctx, id: string): Section[] {
  const p = register.records.party.get(id)?.data;
  if (!p) return [];
  const general = new Fields(w)
    .value('kind', 'party_kind', p.kind)
    .text('country', p.country !== undefined ? w.country(p.country) : undefined)
    .items(
      'locations',
      (p.locations ?? []).map((c) => text(w.country(c))),
    )
    .text('contact', p.contact)
    .items('sub_processors', l.links('party', p.sub_processors))
    .flag('dpf_certified', p.dpf_certified);
  const dpa = new Fields(w)
    .date('dpa_signed', p.dpa?.signed)
    .text('dpa_reference', p.dpa?.reference)
    .values('dpa_clauses', 'clause', p.dpa?.clauses)
    .value('sub_processor_authorisation', 'authorisation', p.dpa?.sub_processor_authorisation);
  return [...section(w, 'general', general.list), ...section(w, 'dpa', dpa.list)];
}

function noticeSections({ register, w, l }: Ctx, id: string): Section[] {
  const n = register.records.notice.get(id)?.data;
  if (!n) return [];
  const covered = activitiesCoveredBy(register, n).map((a) => a.id);
  const general = new Fields(w)
    .local('intro', n.intro, true)
    .items('audience', l.links('data-subject', n.audience))
    .items('listed_activities', l.links('activity', n.activities))
    .items('covered_activities', l.links('activity', [...covered].sort()))
    .text('channel', n.channel);
  return section(w, 'general', general.list);
}

function incidentSections({ register, w, l }: Ctx, id: string): Section[] {
  const i = register.records.incident.get(id)?.data;
  if (!i) return [];
  const general = new Fields(w)
    .value('status', 'incident_status', i.status)
    .value('role', 'incident_role', i.role ?? 'controller')
    .instant('discovered_at', i.discovered_at)
    .instant('occurred_at', i.occurred_at)
    .values('breach_types', 'breach_type', i.types)
    .text('cause', i.cause)
    .text('description', i.description, true)
    .instant('closed_at', i.closed_at);
  const scope = new Fields(w)
    .items('activities', l.links('activity', i.activities))
    .items('data_categories', l.links('data-category', i.data_categories))
    .items('data_subjects', l.links('data-subject', i.data_subjects))
    .text('subjects_count', count(w, i.subjects_count))
    .text('records_count', count(w, i.records_count));
  const assessment = new Fields(w)
    .value('risk', 'risk', i.assessment?.risk)
    .flag('notify_authority', i.assessment?.notify_authority)
    .flag('notify_subjects', i.assessment?.notify_subjects)
    .text('rationale', i.assessment?.rationale, true)
    .instant('notified_authority', i.notifications?.authority?.at)
    .instant('notified_subjects', i.notifications?.subjects?.at)
    .instant('notified_controller', i.notifications?.controller?.at)
    .text('consequences', i.consequences, true)
    .text('measures_taken', i.measures_taken, true)
    .text('measures_planned', i.measures_planned, true);
  return [
    ...section(w, 'general', general.list),
    ...section(w, 'scope', scope.list),
    ...section(w, 'assessment', assessment.list),
  ];
}

function count(w: SiteWords, value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (value === 'unknown') return w.word('value.unknown');
  if (value !== null && typeof value === 'object') {
    const { min, max } = value as { min?: number; max?: number };
    if (min !== undefined && max !== undefined) return `${String(min)}–${String(max)}`;
    if (min !== undefined) return `≥ ${String(min)}`;
  }
  return undefined;
}

function requestSections({ register, w, l, calendar }: Ctx, id: string): Section[] {
  const r = register.records.request.get(id)?.data;
  if (!r) return [];
  let due: string | undefined;
  try {
    due = requestDue(r, calendar).effectiveDue;
  } catch {
    due = undefined;
  }
  const general = new Fields(w)
    .value('request_type', 'request_type', r.type)
    .value('status', 'request_status', r.status)
    .date('received', r.received)
    .text('channel', r.channel)
    .text('reference', r.reference)
    .date('identity_verified', r.identity_verified)
    .date('due', due)
    .text(
      'extension',
      r.extension !== undefined
        ? w.word('value.extension', { months: r.extension.months })
        : undefined,
    )
    .date('completed', r.completed)
    .items('activities', l.links('activity', r.activities));
  return section(w, 'general', general.list);
}

function dpiaSections({ register, w, l }: Ctx, id: string): Section[] {
  const d = register.records.dpia.get(id)?.data;
  if (!d) return [];
  const general = new Fields(w)
    .items('activities', l.links('activity', d.activities))
    .value('status', 'dpia_status', d.status)
    .values('criteria', 'criterion', d.criteria)
    .date('started', d.started)
    .date('validated', d.validated)
    .date('next_review', d.next_review)
    .value('residual_risk', 'residual_risk', d.residual_risk)
    .text('dpo_opinion', d.dpo_opinion, true)
    .text('document', d.document);
  return section(w, 'general', general.list);
}

function catalogueSections({ register, w }: Ctx, kind: PageKind, id: string): Section[] {
  const f = new Fields(w);
  switch (kind) {
    case 'data-category': {
      const c = register.catalogs['data-categories'].get(id)?.data;
      if (!c) return [];
      const examples = c.examples;
      const list = Array.isArray(examples)
        ? examples
        : examples
          ? (examples[w.lang] ?? Object.values(examples).find((v) => v !== undefined) ?? [])
          : [];
      f.items(
        'examples',
        list.map((e) => text(e)),
      )
        .value('special', 'special', c.special)
        .flag('criminal', c.criminal)
        .flag('national_id', c.national_id);
      break;
    }
    case 'data-subject': {
      const s = register.catalogs['data-subjects'].get(id)?.data;
      if (!s) return [];
      f.flag('vulnerable', s.vulnerable);
      break;
    }
    case 'retention': {
      const r = register.catalogs.retention.get(id)?.data;
      if (!r) return [];
      f.text('duration', r.duration !== undefined ? w.duration(r.duration) : undefined)
        .local('from', r.from)
        .value('then', 'then', r.then)
        .text('archive_for', r.archive_for !== undefined ? w.duration(r.archive_for) : undefined)
        .local('basis', r.basis)
        .text('reference', r.reference)
        .local('criteria_text', r.criteria, true);
      break;
    }
    default:
      break;
  }
  return section(w, 'general', f.list);
}
