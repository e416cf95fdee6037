/**
 * The model of the breach drafts, built from the register: every value a template shows,
 * already in the document's language. A draft must carry what the law asks of it, so an item
 * missing from the record is an error naming the field to fill in (with `gdpr breach update`
 * or by hand), not a blank in the letter:
 *
 * - to the authority (Art. 33(3)): (a) the nature of the breach, the categories and
 *   approximate numbers of people and of records; (b) the DPO or another contact point;
 *   (c) the likely consequences; (d) the measures taken or proposed; and, notified after
 *   72 hours, the reasons for the delay (Art. 33(1));
 * - to the people (Art. 34(2)): in clear and plain language, the nature of the breach and at
 *   least items (b), (c) and (d), with advice to protect themselves (EDPB Guidelines 9/2022);
 * - to the controller, from us as processor (Art. 33(2)): what we know of items (a), (c) and
 *   (d), so that the controller can notify within its own 72 hours.
 */
import { notificationDuties } from '../model/breaches.js';
import { IncompleteRecordError } from '../errors.js';
import { breachDeadline, instantTime } from '../law/deadlines.js';
import type { FileRecord, Register } from '../register/load.js';
import { countryName, joinList, localise, type TextValue } from '../render/words.js';
import type { GdprConfig, Incident } from '../types/register.js';
import { notifiedAuthority } from './authority.js';
import { causeName } from './causes.js';
import { assessedCategories, formatCount, type AssessedCategory } from './categories.js';
import { rationaleIn, severityIn } from './draft-reasoning.js';
import { breachWord, breachWordIfAny } from './words.js';
import { adviceFor, missingLetterItems, subjectsLetter, type SubjectsLetter } from './letter.js';
import { longInstant } from './long-dates.js';

export type DraftRecipient = 'authority' | 'subjects' | 'controller';

/** A draft cannot be made: the record lacks an item the law requires in it. */
export class MissingDraftItemError extends IncompleteRecordError {
  constructor(
    readonly incidentId: string,
    readonly fields: readonly string[],
    recipient: DraftRecipient,
  ) {
    super(
      `incidents/${incidentId}.yaml lacks what the ` +
        `${recipient === 'authority' ? 'notification to the authority (Art. 33(3))' : recipient === 'subjects' ? 'letter to the people (Art. 34(2))' : 'notice to the controller (Art. 33(2))'} ` +
        `must contain: ${fields.join(', ')}; record ${fields.length > 1 ? 'them' : 'it'} with ` +
        `\`gdpr breach update ${incidentId}\` or in the file, then draft again`,
    );
  }
}

export interface DraftContext {
  id: string;
  title: string;
  lang: string;
  organisation: {
    name: string;
    address: string;
    registration: string | null;
    email: string;
    phone: string | null;
    website: string | null;
  };
  authority: { name: string; short: string; breachUrl: string | null };
  contact: { dpo: boolean; name: string | null; email: string; phone: string | null };
  role: 'controller' | 'processor';
  /**
   * Art. 56: `none` when only people of the organisation's own Member State are affected,
   * `states` (country names) when people in other EEA States are, both null when not yet known.
   */
  crossBorder: { none: boolean; states: string | null };
  /** `followUp`: an earlier notification exists, this one completes it (Art. 33(4)); `at`: when that one was made. */
  notification: {
    followUp: boolean;
    at: string | null;
    phased: boolean;
    reference: string | null;
    lateReason: string | null;
  };
  timeline: {
    occurred: string | null;
    discovered: string;
    deadline: string;
    closed: string | null;
  };
  cause: string | null;
  description: string;
  types: string[];
  categories: { name: string; flags: string | null }[];
  subjects: { name: string; vulnerable: boolean }[];
  subjectsCount: string;
  recordsCount: string;
  consequences: string | null;
  measuresTaken: string | null;
  measuresPlanned: string | null;
  risk: string | null;
  rationale: string | null;
  /** ENISA 2013 severity from the recorded facts: `DPC 1 × EI 1 + CB 0.5 = 1.5: low` and its reasons. */
  severity: { formula: string; reasons: string } | null;
  peopleTold: {
    decided: boolean;
    yes: boolean;
    at: string | null;
    channel: string | null;
    exemption: string | null;
  };
  advice: string[];
  controllers: string[];
  activities: string[];
  /** The letter to the people (Art. 34(2)): their own text, dated and placed, without offsets. */
  letter: SubjectsLetter | null;
}

/** What a draft needs from its inputs: the incident, the register, and how to write it. */
interface DraftInput {
  record: FileRecord<Incident>;
  incident: Incident;
  register: Register;
  config: GdprConfig | undefined;
  to: DraftRecipient;
  lang: string;
  zone: string;
  /** A register Text in the draft's language (else the register's default language). */
  text: (t: TextValue) => string;
}

/**
 * The items the law requires in the draft that the record lacks, by their field path: the
 * four Art. 33(3) items for the authority (the letter's own text for the people, Art. 34(2)),
 * and the reasons for a delay past 72 hours (Art. 33(1)).
 */
function missingItems(input: DraftInput): string[] {
  const { incident, to } = input;
  const missing: string[] = [];
  // Art. 34(2): the people read their own text, never the internal description and measures.
  if (to === 'subjects') return missingLetterItems(incident);
  // (a) nature, categories and approximate numbers.
  if (!incident.description) missing.push('description');
  if (!incident.data_categories?.length) missing.push('data_categories');
  if (incident.subjects_count === undefined) missing.push('subjects_count');
  if (to === 'authority' && incident.records_count === undefined) missing.push('records_count');
  if (to !== 'authority') return missing;
  // (c) likely consequences; (d) measures taken or proposed.
  if (!incident.consequences) missing.push('consequences');
  if (!incident.measures_taken && !incident.measures_planned)
    missing.push('measures_taken (or measures_planned)');
  // Art. 33(1): notified after 72 hours, with the reasons for the delay.
  const notice = incident.notifications?.authority;
  if (notice !== undefined && isLate(incident) && !notice.late_reason)
    missing.push('notifications.authority.late_reason');
  return missing;
}

/** The authority was notified after the 72 hours of Art. 33(1). */
function isLate(incident: Incident): boolean {
  const notice = incident.notifications?.authority;
  const { deadline } = breachDeadline(incident.discovered_at);
  return notice !== undefined && instantTime(notice.at) > deadline.getTime();
}

type NatureItem = Pick<
  DraftContext,
  | 'cause'
  | 'description'
  | 'types'
  | 'categories'
  | 'subjects'
  | 'subjectsCount'
  | 'recordsCount'
  | 'activities'
>;

/** A data category as the draft names it, with its Art. 9, Art. 10 and Art. 87 flags in words. */
function categoryLine(
  c: AssessedCategory,
  input: DraftInput,
): { name: string; flags: string | null } {
  const { register, lang, text } = input;
  const entry = register.catalogs['data-categories'].get(c.id)?.data;
  const special =
    c.special === undefined
      ? ''
      : `${breachWord(lang, 'flag.special')} (${breachWordIfAny(lang, `special.${c.special}`) ?? c.special})`;
  const flags = [
    special,
    c.criminal ? breachWord(lang, 'flag.criminal') : '',
    c.national_id ? breachWord(lang, 'flag.national_id') : '',
  ].filter(Boolean);
  return { name: entry ? text(entry.name) : c.id, flags: flags.length ? flags.join(', ') : null };
}

/** Art. 33(3)(a): the nature of the breach, the categories and approximate numbers of people and records. */
function natureItem(input: DraftInput, categories: readonly AssessedCategory[]): NatureItem {
  const { incident, register, lang, text } = input;
  return {
    cause: incident.cause === undefined ? null : causeName(incident.cause, lang),
    description: incident.description ?? '',
    types: incident.types.map((t) => breachWordIfAny(lang, `type.${t}`) ?? t),
    categories: categories.map((c) => categoryLine(c, input)),
    subjects: (incident.data_subjects ?? []).map((id) => {
      const entry = register.catalogs['data-subjects'].get(id)?.data;
      // The incident's own finding on vulnerability wins over the catalogue's flag.
      return {
        name: entry ? text(entry.name) : id,
        vulnerable: entry?.vulnerable === true && incident.facts?.vulnerable_subjects !== false,
      };
    }),
    subjectsCount: formatCount(incident.subjects_count, lang),
    recordsCount: formatCount(incident.records_count, lang),
    activities: (incident.activities ?? []).map((id) => {
      const activity = register.records.activity.get(id)?.data;
      return activity ? text(activity.name) : id;
    }),
  };
}

/** Art. 33(3)(b): the DPO, else another contact point (where people exercise their rights, else the organisation). */
function contactItem(config: GdprConfig | undefined): DraftContext['contact'] {
  const dpo = config?.organisation.dpo;
  if (dpo) return { dpo: true, name: dpo.name ?? null, email: dpo.email, phone: dpo.phone ?? null };
  return {
    dpo: false,
    name: null,
    email: config?.rights_contact ?? config?.organisation.email ?? '',
    phone: config?.organisation.phone ?? null,
  };
}

/** Art. 33(3)(c): the likely consequences, the recorded risk and its reasoning (Art. 33(5)), the ENISA score. */
function consequencesItem(
  input: DraftInput,
): Pick<DraftContext, 'consequences' | 'risk' | 'rationale' | 'severity'> {
  const { incident, register, lang } = input;
  const risk = incident.assessment?.risk;
  return {
    consequences: incident.consequences ?? null,
    risk: risk === undefined ? null : (breachWordIfAny(lang, `risk.${risk}`) ?? risk),
    rationale: rationaleIn(incident, register, lang),
    severity: severityIn(incident, register, lang),
  };
}

/** Art. 33(3)(d): the measures taken or proposed, and what the people were or will be told (Art. 34). */
function measuresItem(
  input: DraftInput,
): Pick<DraftContext, 'measuresTaken' | 'measuresPlanned' | 'peopleTold'> {
  const { incident, lang, zone } = input;
  const told = incident.notifications?.subjects;
  const assessment = incident.assessment;
  return {
    measuresTaken: incident.measures_taken ?? null,
    measuresPlanned: incident.measures_planned ?? null,
    peopleTold: {
      // The recorded decision as `gdpr check` reads it (Art. 34(1), (3)).
      decided: assessment !== undefined || told !== undefined,
      yes: told !== undefined || notificationDuties(incident).subjects,
      at: told ? longInstant(told.at, zone, lang) : null,
      channel: told?.channel ?? null,
      exemption: assessment?.exemption
        ? (breachWordIfAny(lang, `exemption.${assessment.exemption}`) ?? null)
        : null,
    },
  };
}

/** Art. 33(1): when the breach started, when we became aware of it, the 72-hour deadline. */
function timingItem(input: DraftInput): DraftContext['timeline'] {
  const { incident, lang, zone } = input;
  const { deadlineIso } = breachDeadline(incident.discovered_at);
  return {
    occurred: incident.occurred_at ? longInstant(incident.occurred_at, zone, lang) : null,
    discovered: longInstant(incident.discovered_at, zone, lang),
    deadline: longInstant(deadlineIso, zone, lang),
    closed: incident.closed_at ? longInstant(incident.closed_at, zone, lang) : null,
  };
}

/**
 * Art. 33(4): a notification in phases. An earlier notification makes this one a follow-up
 * to it; the reasons for a delay past 72 hours (Art. 33(1)) travel with it.
 */
function phasesItem(input: DraftInput): DraftContext['notification'] {
  const { incident, lang, zone } = input;
  const notice = incident.notifications?.authority;
  return {
    followUp: notice !== undefined,
    at: notice ? longInstant(notice.at, zone, lang) : null,
    phased: notice?.phased === true,
    reference: notice?.reference ?? null,
    lateReason: notice?.late_reason ?? null,
  };
}

/** The organisation as the letterhead shows it. */
function organisationOf(config: GdprConfig | undefined): DraftContext['organisation'] {
  return {
    name: config?.organisation.name ?? '',
    address: config?.organisation.address ?? '',
    registration: config?.organisation.registration ?? null,
    email: config?.organisation.email ?? '',
    phone: config?.organisation.phone ?? null,
    website: config?.organisation.website ?? null,
  };
}

/** The controllers of the activities the breach touches (a processor's draft, Art. 33(2)). */
function controllersOf(incident: Incident, register: Register): string[] {
  const ids = new Set(
    (incident.activities ?? []).flatMap(
      (id) => register.records.activity.get(id)?.data.controllers ?? [],
    ),
  );
  return [...ids].map((id) => register.records.party.get(id)?.data.name ?? id);
}

/** Art. 56: the Member States of the people concerned, as the wizard recorded them. */
function crossBorderItem(incident: Incident, lang: string): DraftContext['crossBorder'] {
  const states = incident.cross_border?.member_states;
  if (states === undefined) return { none: false, states: null };
  if (states.length === 0) return { none: true, states: null };
  return {
    none: false,
    states: joinList(
      states.map((code) => countryName(code, lang)),
      lang,
      'and',
    ),
  };
}

export function buildDraft(
  record: FileRecord<Incident>,
  register: Register,
  to: DraftRecipient,
  lang: string,
  zone: string,
  today = record.data.discovered_at.slice(0, 10),
): DraftContext {
  const incident = record.data;
  const config = register.config?.data;
  const defaultLanguage = config?.languages?.[0] ?? lang;
  const text = (t: TextValue) => localise(t, lang, defaultLanguage);
  const input: DraftInput = { record, incident, register, config, to, lang, zone, text };

  const missing = missingItems(input);
  if (missing.length > 0) throw new MissingDraftItemError(record.id, missing, to);

  const authority = notifiedAuthority(config, lang, incident.notifications?.authority?.authority);
  const categories = assessedCategories(
    incident.data_categories,
    register.catalogs['data-categories'],
  );
  return {
    id: record.id,
    title: incident.title,
    lang,
    organisation: organisationOf(config),
    authority: {
      name: authority.name,
      short: authority.short,
      breachUrl: authority.breachUrl ?? null,
    },
    contact: contactItem(config),
    role: incident.role ?? 'controller',
    crossBorder: crossBorderItem(incident, lang),
    notification: phasesItem(input),
    timeline: timingItem(input),
    ...natureItem(input, categories),
    ...consequencesItem(input),
    ...measuresItem(input),
    advice: adviceFor(incident, categories, lang),
    controllers: controllersOf(incident, register),
    letter:
      to === 'subjects' ? subjectsLetter(incident, config, authority, zone, lang, today) : null,
  };
}
