/**
 * The record of processing activities (GDPR Art. 30) as plain data: what `gdpr register`
 * renders (Markdown, HTML, CSV, XLSX) and prints as JSON for other tools.
 *
 * Two records, never mixed (the CNIL asks that controller and processor activities be kept
 * clearly apart and recommends two registers, LAW.md §1.1):
 * - the controller record, Art. 30(1): activities whose role is controller or joint-controller;
 * - the processor record, Art. 30(2): activities whose role is processor.
 *
 * Which activities: every status. Planned activities are listed (marked "planned") because the
 * record, the DPIA and the notices must be ready before the processing starts (Arts. 25, 35(1));
 * retired ones stay, marked with their `retired_on` date, for accountability (Art. 5(2); the
 * Belgian authority advises keeping them about 5 years). Order: active, then planned, then
 * retired; by name (in the document's language) within each group.
 *
 * Missing items are `gdpr check`'s business: here every field is present in the model, `null`
 * or `[]` when the register does not give it, and the documents show "—" for it. A reference
 * to an unknown id is shown as the id itself.
 *
 * JSON shape (`gdpr register --format json`), versioned:
 * ```
 * {
 *   version: 1,
 *   record: 'controller' | 'processor',       // Art. 30(1) or Art. 30(2)
 *   article: 'Art. 30(1)' | 'Art. 30(2)',
 *   lang: string,                              // a locales/ language: every label and text below
 *   last_updated: 'YYYY-MM-DD' | null,         // latest created/reviewed/retired_on date of the activities
 *   organisation: Organisation,                // Art. 30(1)(a) / 30(2)(a): us, our representative and DPO
 *   activities: ControllerActivity[] | ProcessorActivity[],
 *   processors: ProcessorParty[],              // processors and sub-processors the activities use
 *   transfers: TransferRow[],                  // every transfer, with its activity
 *   retention_rules: RetentionEntry[],         // the retention rules the activities use
 * }
 * ```
 * Enum values come as `{ code, label }` (`code` is the register's value, `label` its words).
 */
import type { CatalogEntry, FileRecord, Register } from '../register/load.js';
import type {
  Activity,
  DataCategory,
  Dpia,
  Incident,
  Party,
  Purpose,
  RetentionRule,
  Text,
  Transfer,
} from '../types/register.js';
import { countryName, durationInWords, joinList, localise } from '../render/words.js';
import { semicolon, word, wordFor, type DocumentLanguage } from '../render/i18n.js';
import {
  cnilLabel,
  listArt35Cases,
  listCnilRequired,
  listDpiaCriteria,
  screen,
} from '../law/dpia.js';
import { REQUEST_TYPES, rightApplicability } from '../model/rights.js';
import { isEea } from '../law/eea.js';
import { art28Clauses } from '../law/processors.js';
import { localised } from '../law/types.js';

export type RecordRole = 'controller' | 'processor';

/** An enum value of the register with its words in the document's language. */
export interface Labelled {
  code: string;
  label: string;
}

export interface Named {
  id: string;
  name: string;
}

export interface CountryRef {
  code: string;
  name: string;
}

export interface ContactDetails {
  name: string | null;
  address: string | null;
  country: CountryRef | null;
  email: string | null;
  phone: string | null;
}

export interface Organisation extends ContactDetails {
  website: string | null;
  registration: string | null;
  /** Art. 27 representative. */
  representative: ContactDetails | null;
  /** Arts. 37–39. */
  dpo: (ContactDetails & { external: boolean | null }) | null;
}

export interface PartyRef {
  id: string;
  name: string;
  kind: Labelled | null;
  country: CountryRef | null;
  contact: string | null;
}

export interface RetentionEntry {
  id: string;
  duration: string | null;
  duration_words: string | null;
  from: string;
  then: Labelled | null;
  archive_for: string | null;
  archive_for_words: string | null;
  basis: string | null;
  reference: string | null;
  criteria: string | null;
  /** The rule in one sentence: "3 months from …, then deletion". */
  summary: string;
}

export interface DataEntry {
  category: {
    id: string;
    name: string;
    examples: string[];
    /** Art. 9(1) category, if any. */
    special: Labelled | null;
    criminal: boolean;
    national_id: boolean;
    /** Art. 9 / 10 / 87 flags in words. */
    flags: string[];
  };
  retention: RetentionEntry | null;
  source: Labelled | null;
  source_detail: string | null;
  requirement: string | null;
}

export interface PurposeEntry {
  description: string;
  legal_basis: Labelled | null;
  legitimate_interest: string | null;
  /** Where the legitimate interests assessment is recorded (ICO column 15). */
  lia: string | null;
  legal_reference: string | null;
  /** Art. 7(1): how consent is collected, withdrawn and proven (ICO column 19). */
  consent: {
    collected_via: string | null;
    withdrawal: string | null;
    records: string | null;
  } | null;
}

export interface RecipientEntry {
  type: 'department' | 'party';
  id: string;
  name: string;
  /** The party's kind, or "internal department". */
  kind: Labelled;
  country: CountryRef | null;
  locations: CountryRef[];
  contact: string | null;
  /** Art. 28(3) contract (ICO column 7). */
  dpa: { signed: string | null; reference: string | null; status: string | null } | null;
  sub_processors: Named[];
  third_country: boolean;
}

export interface TransferEntry {
  party: string;
  recipient: string;
  country: CountryRef;
  mechanism: Labelled | null;
  derogation: Labelled | null;
  /** Art. 30(1)(e), 49(6): safeguards documented for compelling legitimate interests. */
  documentation: string | null;
}

export interface TransferRow extends TransferEntry {
  activity: Named;
}

export interface DpiaEntry {
  /** False when the activity has no `dpia` screening at all. */
  screened: boolean;
  required: boolean | null;
  reason: string | null;
  record: {
    id: string;
    status: Labelled | null;
    started: string | null;
    validated: string | null;
    next_review: string | null;
    residual_risk: string | null;
    document: string | null;
  } | null;
  /** The DPIA document, else its record file (ICO column 23). */
  link: string | null;
}

export interface BreachEntry {
  id: string;
  title: string;
  status: string;
  discovered_at: string | null;
  /** The incident record, relative to the register root (ICO column 25). */
  link: string;
}

interface ActivityBase {
  id: string;
  name: string;
  description: string | null;
  status: Labelled;
  retired_on: string | null;
  /** CNIL sheet: creation date. */
  created: string | null;
  /** CNIL sheet: update date (the last review). */
  reviewed: string | null;
  /** ICO column 1: business function. */
  department: Named | null;
  transfers: TransferEntry[] | null;
  security_measures: Named[];
  /** CNIL sheet: software or applications. */
  systems: string[];
}

export interface ControllerActivity extends ActivityBase {
  role: Labelled;
  joint_controllers: PartyRef[];
  purposes: PurposeEntry[];
  data_subjects: Named[];
  data: DataEntry[];
  /** CNIL: "sensitive data?" — any Art. 9 or Art. 10 category. */
  sensitive: boolean;
  special_category_condition: { condition: Labelled; detail: string | null } | null;
  criminal_data_authority: string | null;
  recipients: RecipientEntry[];
  /** ICO column 7: the processors' contracts. */
  processor_contracts: { party: Named; signed: string | null; reference: string | null }[];
  /** ICO column 16. */
  rights: Labelled[];
  /** ICO column 17. */
  automated_decisions: { used: boolean; logic: string | null; significance: string | null } | null;
  /** ICO column 18: the distinct sources of the data. */
  sources: { source: Labelled; detail: string | null }[];
  /** ICO column 20: where the data are: our own country and the processors' locations. */
  locations: CountryRef[];
  dpia: DpiaEntry;
  /** ICO columns 24–25: incidents that involved the activity. */
  breaches: BreachEntry[];
}

export interface ProcessorActivity extends ActivityBase {
  /** Art. 30(2)(a): each controller we act for. */
  controllers: PartyRef[];
  /** Art. 30(2)(b): the categories of processing. */
  purposes: string[];
  data_subjects: Named[];
  data_categories: Named[];
  /** Processors we engage for this activity (Art. 28(2)). */
  sub_processors: RecipientEntry[];
}

export interface ProcessorParty {
  id: string;
  name: string;
  kind: Labelled;
  country: CountryRef | null;
  locations: CountryRef[];
  dpa_signed: string | null;
  dpa_reference: string | null;
  sub_processors: Named[];
  dpf_certified: boolean | null;
}

interface RecordBase {
  version: 1;
  article: 'Art. 30(1)' | 'Art. 30(2)';
  lang: DocumentLanguage;
  last_updated: string | null;
  organisation: Organisation;
  processors: ProcessorParty[];
  transfers: TransferRow[];
  retention_rules: RetentionEntry[];
}

export interface ControllerRecord extends RecordBase {
  record: 'controller';
  activities: ControllerActivity[];
}

export interface ProcessorRecord extends RecordBase {
  record: 'processor';
  activities: ProcessorActivity[];
}

export type RecordOfProcessing = ControllerRecord | ProcessorRecord;

const STATUS_ORDER: Readonly<Record<string, number>> = { active: 0, planned: 1, retired: 2 };

/** Builds the Art. 30(1) or Art. 30(2) record of a loaded register. Pure. */
export function buildRecord(
  register: Register,
  role: RecordRole,
  lang: DocumentLanguage,
): RecordOfProcessing {
  const ctx = new Context(register, lang);
  const activities = [...register.records.activity.values()]
    .filter((a) => ((a.data.role ?? 'controller') === 'processor') === (role === 'processor'))
    .sort(ctx.activityOrder);
  const used = usedByActivities(
    register,
    activities.map((a) => a.data),
  );
  const head = <R extends RecordRole, A extends RecordBase['article']>(record: R, article: A) => ({
    version: 1 as const,
    record,
    article,
    lang,
    last_updated: lastUpdated(activities.map((a) => a.data)),
    organisation: ctx.organisation(),
  });
  const tail = (
    list: readonly { id: string; name: string; transfers: TransferEntry[] | null }[],
  ) => ({
    processors: ctx.processorParties(used.parties),
    transfers: list.flatMap((a) =>
      (a.transfers ?? []).map((t): TransferRow => ({ activity: { id: a.id, name: a.name }, ...t })),
    ),
    retention_rules: used.retention
      .map((id) => ctx.retention(id))
      .filter((r): r is RetentionEntry => r !== null),
  });

  if (role === 'processor') {
    const list = activities.map((a) => ctx.processorActivity(a));
    return { ...head('processor', 'Art. 30(2)'), activities: list, ...tail(list) };
  }
  const list = activities.map((a) => ctx.controllerActivity(a));
  return { ...head('controller', 'Art. 30(1)'), activities: list, ...tail(list) };
}

function lastUpdated(activities: readonly Activity[]): string | null {
  let latest: string | null = null;
  for (const a of activities) {
    for (const d of [a.created, a.reviewed, a.retired_on])
      if (d && (latest === null || d > latest)) latest = d;
  }
  return latest;
}

/** Parties (recipients, transfer recipients and their sub-processors) and retention rules the activities use, in register order. */
function usedByActivities(
  register: Register,
  activities: readonly Activity[],
): { parties: string[]; retention: string[] } {
  const parties = new Set<string>();
  const addParty = (id: string): void => {
    if (parties.has(id)) return;
    parties.add(id);
    for (const sub of register.records.party.get(id)?.data.sub_processors ?? []) addParty(sub);
  };
  const retention = new Set<string>();
  for (const a of activities) {
    for (const r of a.recipients ?? []) if (r.party) addParty(r.party);
    for (const t of a.transfers ?? []) addParty(t.party);
    for (const d of a.data ?? []) if (d.retention) retention.add(d.retention);
  }
  const inOrder = (ids: Iterable<string>, known: Iterable<string>): string[] => {
    const wanted = new Set(ids);
    return [...known].filter((id) => wanted.has(id));
  };
  return {
    parties: inOrder(parties, register.records.party.keys()),
    retention: inOrder(retention, register.catalogs.retention.keys()),
  };
}

class Context {
  private readonly defaultLanguage: string;
  private readonly collator: Intl.Collator;

  constructor(
    private readonly register: Register,
    private readonly lang: DocumentLanguage,
  ) {
    this.defaultLanguage = register.config?.data.languages?.[0] ?? lang;
    this.collator = new Intl.Collator(lang);
  }

  readonly activityOrder = (a: FileRecord<Activity>, b: FileRecord<Activity>): number =>
    (STATUS_ORDER[a.data.status ?? 'active'] ?? 0) -
      (STATUS_ORDER[b.data.status ?? 'active'] ?? 0) ||
    this.collator.compare(this.text(a.data.name), this.text(b.data.name)) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  private text(value: Text | undefined): string {
    // A Text map may lack the language (a warning of `gdpr check`); localise falls back.
    return localise(value, this.lang, this.defaultLanguage);
  }

  private textOrNull(value: Text | undefined): string | null {
    const s = this.text(value);
    return s === '' ? null : s;
  }

  /** The words of a code (`group.code` in locales/<lang>/record.json), if there is a code. */
  private words(
    group: string,
    code: string | undefined | null,
    domain = 'record',
  ): Labelled | null {
    if (code === undefined || code === null) return null;
    return { code, label: wordFor(this.lang, domain, group, code) };
  }

  /** The words of a code that is always there. */
  private label(group: string, code: string): Labelled {
    return { code, label: wordFor(this.lang, 'record', group, code) };
  }

  private country(code: string | undefined): CountryRef | null {
    return code ? { code, name: countryName(code, this.lang) } : null;
  }

  organisation(): Organisation {
    const o = this.register.config?.data.organisation;
    const rep = o?.representative;
    const dpo = o?.dpo;
    return {
      name: o?.name ?? null,
      address: o?.address ?? null,
      country: this.country(o?.country),
      email: o?.email ?? null,
      phone: o?.phone ?? null,
      website: o?.website ?? null,
      registration: o?.registration ?? null,
      representative: rep
        ? {
            name: rep.name,
            address: rep.address ?? null,
            country: this.country(rep.country),
            email: rep.email,
            phone: rep.phone ?? null,
          }
        : null,
      dpo: dpo
        ? {
            name: dpo.name ?? null,
            address: null,
            country: null,
            email: dpo.email,
            phone: dpo.phone ?? null,
            external: dpo.external ?? null,
          }
        : null,
    };
  }

  private department(id: string | undefined): Named | null {
    if (!id) return null;
    const d = this.register.config?.data.departments?.find((dep) => dep.id === id);
    return { id, name: d ? this.text(d.name) : id };
  }

  private party(id: string): Party | undefined {
    return this.register.records.party.get(id)?.data;
  }

  private partyName(id: string): string {
    return this.party(id)?.name ?? id;
  }

  private partyRef(id: string): PartyRef {
    const p = this.party(id);
    return {
      id,
      name: p?.name ?? id,
      kind: this.words('partyKind', p?.kind),
      country: this.country(p?.country),
      contact: p?.contact ?? null,
    };
  }

  private catalogName<T extends { name: Text }>(
    map: ReadonlyMap<string, CatalogEntry<T>>,
    id: string,
  ): Named {
    const entry = map.get(id);
    return { id, name: entry ? this.text(entry.data.name) : id };
  }

  retention(id: string | undefined): RetentionEntry | null {
    if (!id) return null;
    const rule: RetentionRule | undefined = this.register.catalogs.retention.get(id)?.data;
    if (!rule)
      return {
        id,
        duration: null,
        duration_words: null,
        from: '',
        then: null,
        archive_for: null,
        archive_for_words: null,
        basis: null,
        reference: null,
        criteria: null,
        summary: id,
      };
    const from = this.text(rule.from);
    const then = this.words('retentionThen', rule.then);
    const durationWords = rule.duration ? durationInWords(rule.duration, this.lang) : null;
    const archiveWords = rule.archive_for ? durationInWords(rule.archive_for, this.lang) : null;
    const criteria = this.textOrNull(rule.criteria);
    // French "à compter de" would need the article contracted (de + le → du) in every part of a
    // free-text event ("le dernier achat ou le dernier contact"): the locale may name the
    // starting point instead ("point de départ : …"). Criteria alone have no starting point.
    const fromPhrase =
      rule.from === undefined ? undefined : word(this.lang, 'record', 'retention.from', { from });
    let summary = durationWords
      ? word(this.lang, 'record', 'retention.with_duration', {
          duration: durationWords,
          from: fromPhrase ?? '',
        }).trimEnd()
      : fromPhrase === undefined
        ? word(this.lang, 'record', 'retention.criteria_only', { criteria: criteria ?? '—' })
        : word(this.lang, 'record', 'retention.with_criteria', {
            criteria: criteria ?? '—',
            from: fromPhrase,
          });
    if (then) {
      summary += word(this.lang, 'record', 'retention.then', { then: then.label });
      if (rule.then === 'archive' && archiveWords)
        summary += word(this.lang, 'record', 'retention.archive_for', { duration: archiveWords });
    }
    return {
      id,
      duration: rule.duration ?? null,
      duration_words: durationWords,
      from,
      then,
      archive_for: rule.archive_for ?? null,
      archive_for_words: archiveWords,
      basis: this.textOrNull(rule.basis),
      reference: rule.reference ?? null,
      criteria,
      summary,
    };
  }

  private dataEntry(item: NonNullable<Activity['data']>[number]): DataEntry {
    const category: DataCategory | undefined = this.register.catalogs['data-categories'].get(
      item.category,
    )?.data;
    const special = this.words('special', category?.special);
    const flags: string[] = [];
    if (special) flags.push(`${word(this.lang, 'record', 'specialFlag')} (${special.label})`);
    if (category?.criminal) flags.push(word(this.lang, 'record', 'criminalFlag'));
    if (category?.national_id) flags.push(word(this.lang, 'record', 'nationalIdFlag'));
    const examples = category?.examples;
    return {
      category: {
        id: item.category,
        name: category ? this.text(category.name) : item.category,
        examples:
          examples === undefined
            ? []
            : Array.isArray(examples)
              ? examples.map((e) => this.text(e))
              : exampleList(examples, this.lang, this.defaultLanguage),
        special,
        criminal: category?.criminal === true,
        national_id: category?.national_id === true,
        flags,
      },
      retention: this.retention(item.retention),
      source: this.words('source', item.source),
      source_detail: this.textOrNull(item.source_detail),
      requirement: item.requirement ?? null,
    };
  }

  private purpose(p: Purpose): PurposeEntry {
    return {
      description: this.text(p.description),
      legal_basis: this.words('legal_basis_short', p.legal_basis, 'words'),
      legitimate_interest: this.textOrNull(p.legitimate_interest),
      lia: p.lia ?? null,
      legal_reference: this.textOrNull(p.legal_reference),
      consent: p.consent
        ? {
            collected_via: this.textOrNull(p.consent.collected_via),
            withdrawal: this.textOrNull(p.consent.withdrawal),
            records: this.textOrNull(p.consent.records),
          }
        : null,
    };
  }

  private recipient(r: NonNullable<Activity['recipients']>[number]): RecipientEntry | null {
    if (r.department) {
      const d = this.department(r.department);
      if (!d) return null;
      return {
        type: 'department',
        id: d.id,
        name: d.name,
        kind: { code: 'department', label: word(this.lang, 'record', 'department') },
        country: null,
        locations: [],
        contact: null,
        dpa: null,
        sub_processors: [],
        third_country: false,
      };
    }
    if (!r.party) return null;
    const p = this.party(r.party);
    const locations = (p?.locations ?? [])
      .map((c) => this.country(c))
      .filter((c): c is CountryRef => c !== null);
    return {
      type: 'party',
      id: r.party,
      name: p?.name ?? r.party,
      kind: this.words('partyKind', p?.kind) ?? { code: 'unknown', label: '—' },
      country: this.country(p?.country),
      locations,
      contact: p?.contact ?? null,
      dpa: p?.dpa
        ? {
            signed: p.dpa.signed ?? null,
            reference: p.dpa.reference ?? null,
            status:
              p.kind === 'processor' || p.kind === 'sub-processor'
                ? contractStatus(p.dpa, this.lang)
                : null,
          }
        : null,
      sub_processors: (p?.sub_processors ?? []).map((id) => ({ id, name: this.partyName(id) })),
      third_country: false,
    };
  }

  /**
   * `[]` when the activity declares no transfer (`transfers: []`), or omits `transfers` and
   * every external recipient (with its sub-processors) is known to work inside the EEA:
   * Art. 30(1)(e) then has nothing to record. `null` when `transfers` is omitted although a
   * recipient works, or may work, outside the EEA: the item is missing (`gdpr check` reports
   * it), shown as "—".
   */
  private transfers(a: Activity): TransferEntry[] | null {
    const list: readonly Transfer[] | undefined = a.transfers;
    if (list === undefined) {
      const countries = this.recipientCountries(a);
      return countries?.every((c) => isEea(c)) ? [] : null;
    }
    return list.map((t) => ({
      party: t.party,
      recipient: this.partyName(t.party),
      country: { code: t.country, name: countryName(t.country, this.lang) },
      mechanism: this.words('mechanism', t.mechanism),
      derogation: this.words('derogation', t.derogation),
      documentation: this.textOrNull(t.documentation),
    }));
  }

  /** Where the activity's external recipients, and their sub-processors, are or work; null when one of them is unknown. */
  private recipientCountries(a: Activity): string[] | null {
    const codes = new Set<string>();
    const visited = new Set<string>();
    const found = { unknown: false };
    const addParty = (id: string): void => {
      if (visited.has(id)) return;
      visited.add(id);
      const p = this.party(id);
      if (!p || (!p.country && (p.locations ?? []).length === 0)) found.unknown = true;
      if (p?.country) codes.add(p.country);
      for (const c of p?.locations ?? []) codes.add(c);
      for (const sub of p?.sub_processors ?? []) addParty(sub);
    };
    for (const r of a.recipients ?? []) if (r.party) addParty(r.party);
    return found.unknown ? null : [...codes];
  }

  private base(rec: FileRecord<Activity>): ActivityBase {
    const a = rec.data;
    return {
      id: rec.id,
      name: this.text(a.name),
      description: this.textOrNull(a.description),
      status: this.label('status', a.status ?? 'active'),
      retired_on: a.retired_on ?? null,
      created: a.created ?? null,
      reviewed: a.reviewed ?? null,
      department: this.department(a.department),
      transfers: this.transfers(a),
      security_measures: (a.security_measures ?? []).map((id) =>
        this.catalogName(this.register.catalogs['security-measures'], id),
      ),
      systems: [...(a.systems ?? [])],
    };
  }

  controllerActivity(rec: FileRecord<Activity>): ControllerActivity {
    const a = rec.data;
    const data = (a.data ?? []).map((d) => this.dataEntry(d));
    const recipients = (a.recipients ?? [])
      .map((r) => this.recipient(r))
      .filter((r): r is RecipientEntry => r !== null);
    const transfers = this.transfers(a);
    const transferred = new Set((a.transfers ?? []).map((t) => t.party));
    for (const r of recipients) r.third_country = transferred.has(r.id);
    return {
      ...this.base(rec),
      transfers,
      role: this.label('role', a.role ?? 'controller'),
      joint_controllers: (a.joint_controllers ?? []).map((id) => this.partyRef(id)),
      purposes: a.purposes.map((p) => this.purpose(p)),
      data_subjects: (a.data_subjects ?? []).map((id) =>
        this.catalogName(this.register.catalogs['data-subjects'], id),
      ),
      data,
      sensitive: data.some((d) => d.category.special !== null || d.category.criminal),
      special_category_condition: a.special_category_condition
        ? {
            condition: this.label('art9Condition', a.special_category_condition.condition),
            detail: this.textOrNull(a.special_category_condition.detail),
          }
        : null,
      criminal_data_authority: this.textOrNull(a.criminal_data_authority),
      recipients,
      processor_contracts: recipients
        .filter((r) => r.type === 'party' && r.dpa !== null)
        .map((r) => ({
          party: { id: r.id, name: r.name },
          signed: r.dpa?.signed ?? null,
          reference: r.dpa?.reference ?? null,
        })),
      rights: rightsAvailable(rec.id, a).map((code) => this.label('right', code)),
      automated_decisions: a.automated_decisions
        ? {
            used: a.automated_decisions.used,
            logic: this.textOrNull(a.automated_decisions.logic),
            significance: this.textOrNull(a.automated_decisions.significance),
          }
        : null,
      sources: this.sources(data),
      locations: this.locations(a),
      dpia: this.dpia(rec),
      breaches: this.breaches(rec.id),
    };
  }

  processorActivity(rec: FileRecord<Activity>): ProcessorActivity {
    const a = rec.data;
    const seen = new Set<string>();
    const dataCategories: Named[] = [];
    for (const d of a.data ?? []) {
      if (seen.has(d.category)) continue;
      seen.add(d.category);
      dataCategories.push(this.catalogName(this.register.catalogs['data-categories'], d.category));
    }
    return {
      ...this.base(rec),
      controllers: (a.controllers ?? []).map((id) => this.partyRef(id)),
      purposes: a.purposes.map((p) => this.text(p.description)),
      data_subjects: (a.data_subjects ?? []).map((id) =>
        this.catalogName(this.register.catalogs['data-subjects'], id),
      ),
      data_categories: dataCategories,
      sub_processors: (a.recipients ?? [])
        .filter((r) => r.party !== undefined)
        .map((r) => this.recipient(r))
        .filter((r): r is RecipientEntry => r !== null),
    };
  }

  private sources(data: readonly DataEntry[]): ControllerActivity['sources'] {
    const out: ControllerActivity['sources'] = [];
    for (const d of data) {
      if (!d.source) continue;
      if (out.some((s) => s.source.code === d.source?.code && s.detail === d.source_detail))
        continue;
      out.push({ source: d.source, detail: d.source_detail });
    }
    return out;
  }

  /** Our own country (departments hold data on our premises) and where our processors, and theirs, process the data. */
  private locations(a: Activity): CountryRef[] {
    const codes: string[] = [];
    const add = (c: string | undefined): void => {
      if (c && !codes.includes(c)) codes.push(c);
    };
    add(this.register.config?.data.organisation.country);
    const visited = new Set<string>();
    const addParty = (id: string): void => {
      if (visited.has(id)) return;
      visited.add(id);
      const p = this.party(id);
      for (const c of p?.locations ?? []) add(c);
      for (const sub of p?.sub_processors ?? []) addParty(sub);
    };
    for (const r of a.recipients ?? []) if (r.party) addParty(r.party);
    return codes.map((c) => ({ code: c, name: countryName(c, this.lang) }));
  }

  private dpia(rec: FileRecord<Activity>): DpiaEntry {
    const screening = rec.data.dpia;
    let dpiaRecord: FileRecord<Dpia> | undefined = screening?.ref
      ? this.register.records.dpia.get(screening.ref)
      : undefined;
    dpiaRecord ??= [...this.register.records.dpia.values()].find((d) =>
      d.data.activities.includes(rec.id),
    );
    const record = dpiaRecord
      ? {
          id: dpiaRecord.id,
          status: this.words('dpiaStatus', dpiaRecord.data.status),
          started: dpiaRecord.data.started ?? null,
          validated: dpiaRecord.data.validated ?? null,
          next_review: dpiaRecord.data.next_review ?? null,
          residual_risk: dpiaRecord.data.residual_risk ?? null,
          document: dpiaRecord.data.document ?? null,
        }
      : null;
    const link = record ? (record.document ?? dpiaRecord?.file.relPath ?? null) : null;
    if (!screening) return { screened: false, required: null, reason: null, record, link };

    const cnilKnown =
      screening.cnil_list !== undefined &&
      listCnilRequired().some((i) => i.id === screening.cnil_list);
    const result = screen(screening.criteria ?? [], {
      ...(cnilKnown && screening.cnil_list ? { cnilRequired: [screening.cnil_list] } : {}),
      ...(screening.art35_3 !== undefined ? { art35Cases: screening.art35_3 } : {}),
    });
    const first = result.basis[0];
    const mandatory =
      first !== undefined && (first.kind === 'cnil-required' || first.kind === 'art35-3');
    if (screening.not_required_reason !== undefined && !mandatory) {
      return {
        screened: true,
        required: false,
        reason: this.text(screening.not_required_reason),
        record,
        link,
      };
    }
    let reason: string | null = null;
    if (first?.kind === 'art35-3') {
      // Every Art. 35(3) case the activity falls under, e.g. "GDPR Art. 35(3)(b): Large-scale processing of …".
      const cases: readonly string[] = screening.art35_3 ?? [];
      const reference = (ref: string): string => {
        const m = /^GDPR Art\. (\d+)\((\d+)\)\(([a-z])\)$/.exec(ref);
        return m
          ? word(this.lang, 'record', 'dpia.art35_reference', {
              article: m[1] ?? '',
              paragraph: m[2] ?? '',
              point: m[3] ?? '',
            })
          : ref;
      };
      reason = listArt35Cases()
        .filter((c) => cases.includes(c.id))
        .map((c) =>
          word(this.lang, 'record', 'dpia.case', {
            reference: reference(c.reference),
            label: localised(c.label, this.lang),
          }),
        )
        .join(semicolon(this.lang));
    } else if (first?.kind === 'cnil-required') {
      const item = listCnilRequired().find((i) => i.id === first.id);
      reason = word(this.lang, 'record', 'dpia.cnil_required', {
        number: item?.number ?? '',
        label: item ? cnilLabel(item, this.lang) : first.id,
      });
    } else if (first?.kind === 'criteria') {
      const labels = listDpiaCriteria()
        .filter((c) => first.criteria.includes(c.id))
        .map((c) => localised(c.label, this.lang));
      reason = word(this.lang, 'record', 'dpia.wp248', {
        criteria: labels.length > 0 ? joinList(labels, this.lang) : '0',
        threshold: first.threshold,
      });
    }
    return { screened: true, required: result.required, reason, record, link };
  }

  private breaches(activityId: string): BreachEntry[] {
    const list: FileRecord<Incident>[] = [...this.register.records.incident.values()].filter((i) =>
      i.data.activities?.includes(activityId),
    );
    list.sort(
      (a, b) =>
        codePointCompare(a.data.discovered_at, b.data.discovered_at) ||
        codePointCompare(a.id, b.id),
    );
    return list.map((i) => ({
      id: i.id,
      title: this.text(i.data.title),
      status: i.data.status,
      discovered_at: i.data.discovered_at,
      link: i.file.relPath,
    }));
  }

  processorParties(ids: readonly string[]): ProcessorParty[] {
    const out: ProcessorParty[] = [];
    for (const id of ids) {
      const p = this.party(id);
      if (!p || (p.kind !== 'processor' && p.kind !== 'sub-processor')) continue;
      out.push({
        id,
        name: p.name,
        kind: this.label('partyKind', p.kind),
        country: this.country(p.country),
        locations: (p.locations ?? []).map((c) => ({ code: c, name: countryName(c, this.lang) })),
        dpa_signed: p.dpa?.signed ?? null,
        dpa_reference: p.dpa?.reference ?? null,
        sub_processors: (p.sub_processors ?? []).map((s) => ({ id: s, name: this.partyName(s) })),
        dpf_certified: p.dpf_certified ?? null,
      });
    }
    return out;
  }
}

/** `examples` is a TextList: a list of strings, or a map of language → list. */
function exampleList(value: unknown, lang: string, defaultLanguage: string): string[] {
  if (value === null || typeof value !== 'object') return [];
  const map = value as Record<string, unknown>;
  const list = map[lang] ?? map[defaultLanguage] ?? Object.values(map)[0];
  return Array.isArray(list) ? list.map(String) : [];
}

/**
 * The rights the data subjects have for this activity (ICO template column 16): those whose
 * conditions the activity's legal bases meet (LAW.md §7.2; one source of truth with the
 * request workflow, src/requests/rights.ts).
 */
export function rightsAvailable(id: string, activity: Activity): string[] {
  return REQUEST_TYPES.filter((type) => rightApplicability(type, activity) === undefined);
}

/** Machine-independent order (localeCompare depends on the machine's locale). */
function codePointCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * What the processor contract covers (Art. 28(3)(a)–(h)) and how sub-processors are
 * authorised (Art. 28(2)), in words: "Art. 28(3) clauses: all; sub-processors: general
 * authorisation" — the same reading as the rule processor-contract-clauses.
 */
function contractStatus(dpa: NonNullable<Party['dpa']>, lang: DocumentLanguage): string {
  const clauses = art28Clauses();
  const recorded: readonly string[] | undefined = dpa.clauses;
  const missing =
    recorded === undefined
      ? []
      : clauses.filter((c) => !recorded.includes(c.id)).map((c) => `(${c.point})`);
  const clauseText =
    recorded === undefined
      ? word(lang, 'record', 'contract.clauses_not_recorded')
      : missing.length === 0
        ? word(lang, 'record', 'contract.clauses_all')
        : word(lang, 'record', 'contract.clauses_missing', { points: missing.join(', ') });
  const authorisation = word(
    lang,
    'record',
    `contract.authorisation.${dpa.sub_processor_authorisation ?? 'not_recorded'}`,
  );
  return word(lang, 'record', 'contract.status', { clauses: clauseText, authorisation });
}
