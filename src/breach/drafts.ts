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
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { dateLocale } from '../law/date-locales.js';
import { notificationDuties } from '../model/breaches.js';
import { IncompleteRecordError } from '../errors.js';
import { breachDeadline, instantTime } from '../law/deadlines.js';
import type { FileRecord, Register } from '../register/load.js';
import { localise, type TextValue } from '../render/words.js';
import type { GdprConfig, Incident } from '../types/register.js';
import { assessBreach, sameDecision } from './assess.js';
import { notifiedAuthority, type NotifiedAuthority } from './authority.js';
import { causeName } from './causes.js';
import {
  assessedCategories,
  formatCount,
  type AssessedCategory,
  type DataKind,
} from './categories.js';
import { reasonTexts } from './reasons.js';
import { assessSeverity } from './severity.js';
import { severityFormula, severityReasonTexts } from './severity-words.js';
import { assessmentInput } from './record.js';
import { breachPattern, breachWord, breachWordIfAny } from './words.js';
import { offsetIn } from './zone.js';

export type DraftRecipient = 'authority' | 'subjects' | 'controller';

/** A draft cannot be made: the record lacks an item the law requires in it. */
export class MissingDraftItemError extends IncompleteRecordError {
  constructor(
    readonly incidentId: string,
    readonly fields: readonly string[],
    recipient: DraftRecipient,
  ) {
    super(
      `incidents/${incidentId}.yaml lacks what the ${recipient === 'authority' ? 'notification to the authority (Art. 33(3))' : recipient === 'subjects' ? 'letter to the people (Art. 34(2))' : 'notice to the controller (Art. 33(2))'} must contain: ${fields.join(', ')}; record ${fields.length > 1 ? 'them' : 'it'} with \`gdpr breach update ${incidentId}\` or in the file, then draft again`,
    );
  }
}

/**
 * The date-fns pattern `key` of the language (`date.instant`, `date.day`), its `{day}` the
 * day of the month as the language writes the first one (French: « 1er juin »).
 */
function datePattern(key: string, lang: string, dayOfMonth: number): string {
  const day = dayOfMonth === 1 ? breachPattern(lang, 'date.first_day') : 'd';
  return breachPattern(lang, key).replace('{day}', day);
}

/** `14 March 2026, 09:30 (UTC+01:00)` / `14 mars 2026 à 09:30 (UTC+01:00)`, in `zone`. */
export function longInstant(iso: string, zone: string, lang: string): string {
  const date = new Date(iso);
  const zoned = new TZDate(date.getTime(), zone);
  const pattern = datePattern('date.instant', lang, zoned.getDate());
  return `${format(zoned, pattern, { locale: dateLocale(lang) })} (UTC${offsetIn(date, zone)})`;
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

export interface SubjectsLetter {
  whatHappened: string;
  consequences: string;
  whatWeDid: string;
  whatYouCanDo: string | null;
  /** Who answers their questions: the letter's own contact, else the DPO's or the organisation's (in `contact`). */
  contact: string | null;
  /** When it happened / when we found out, as a date in the reader's zone (no time, no offset). */
  discovered: string;
  place: string | null;
  date: string;
  authorityAddress: string | null;
  authorityWebsite: string | null;
}

/** The fields a letter to the people needs (Art. 34(2)), by their path in the incident file. */
export function missingLetterItems(incident: Incident): string[] {
  const letter = incident.subjects_letter;
  const missing: string[] = [];
  if (!letter?.what_happened) missing.push('subjects_letter.what_happened');
  if (!letter?.consequences) missing.push('subjects_letter.consequences');
  if (!letter?.what_we_did) missing.push('subjects_letter.what_we_did');
  return missing;
}

/** `14 March 2026` / `14 mars 2026` in `zone`: a letter carries no time and no UTC offset. */
export function longDate(iso: string, zone: string, lang: string): string {
  const zoned = new TZDate(new Date(iso).getTime(), zone);
  return format(zoned, datePattern('date.day', lang, zoned.getDate()), {
    locale: dateLocale(lang),
  });
}

/** The town of an address written `…, 69007 Lyon, France` (a postcode before it), if any. */
export function townOf(address: string): string | null {
  for (const part of address.split(/[,\n]/).map((s) => s.trim())) {
    const match = /^(?:[A-Z]{1,2}-?)?\d{4,5}\s+(.+)$/.exec(part);
    if (match?.[1] !== undefined) return match[1];
  }
  return null;
}

function subjectsLetter(
  incident: Incident,
  config: GdprConfig | undefined,
  authority: NotifiedAuthority,
  zone: string,
  lang: string,
  today: string,
): SubjectsLetter | null {
  const letter = incident.subjects_letter;
  if (letter === undefined) return null;
  const told = incident.notifications?.subjects?.at;
  return {
    whatHappened: letter.what_happened,
    consequences: letter.consequences,
    whatWeDid: letter.what_we_did,
    whatYouCanDo: letter.what_you_can_do ?? null,
    contact: letter.contact ?? null,
    discovered: longDate(incident.discovered_at, zone, lang),
    place: letter.place ?? townOf(config?.organisation.address ?? ''),
    // The day the people were told, else today's (the letter is being sent).
    date:
      told !== undefined ? longDate(told, zone, lang) : longDate(`${today}T12:00:00Z`, 'UTC', lang),
    authorityAddress: authority.address ?? null,
    authorityWebsite: authority.website ?? null,
  };
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

/** Art. 34(2) and EDPB Guidelines 9/2022: advice to protect themselves, by the kinds of data exposed. */
function adviceFor(
  incident: Incident,
  categories: readonly AssessedCategory[],
  lang: string,
): string[] {
  const kinds = new Set<DataKind>(categories.flatMap((c) => c.kinds));
  const advice = ADVICE_KINDS.filter((k) => kinds.has(k))
    .map((k) => breachWord(lang, `advice.${k}`))
    .filter((a, i, all) => all.indexOf(a) === i);
  if (incident.types.includes('availability')) advice.push(breachWord(lang, 'advice.availability'));
  advice.push(breachWord(lang, 'advice.phishing'));
  return advice;
}

/** The kinds of data that call for advice, in the order the letter gives it. */
const ADVICE_KINDS = [
  'credentials',
  'financial',
  'identity-document',
  'national-id',
  'special',
  'criminal',
] as const satisfies readonly DataKind[];

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

/**
 * The Art. 33(5) reasoning as the draft shows it. A person's override is their own text, kept
 * verbatim. Otherwise the reasons are recomputed from the recorded facts in the draft's
 * language — a French notification must not carry the English sentences the wizard recorded
 * in an English register — as long as the facts still give the recorded decision; if they no
 * longer do (facts edited since), recomputed reasons would contradict the severity the draft
 * states, so the recorded rationale is shown as it stands.
 */
export function rationaleIn(incident: Incident, register: Register, lang: string): string | null {
  const assessment = incident.assessment;
  if (!assessment) return null;
  if (assessment.overridden === true) return assessment.rationale ?? null;
  // The reasons do not depend on the clock: `now` only sets `hours_left`, which is not used here.
  const input = assessmentInput(incident, register, new Date(incident.discovered_at));
  // A letter names the data as section 5 does, not by their register ids.
  const defaultLanguage = register.config?.data.languages?.[0] ?? lang;
  input.data_categories = input.data_categories.map((c) => {
    const name = register.catalogs['data-categories'].get(c.id)?.data.name;
    return name === undefined
      ? c
      : {
          ...c,
          label: { [lang]: localise(name, lang, defaultLanguage) },
        };
  });
  const decision = assessBreach(input);
  if (!sameDecision(assessment, decision)) return assessment.rationale ?? null;
  return reasonTexts(decision.reasons, lang).join(' ');
}

/** The ENISA 2013 severity the recorded facts give, in the draft's language (supporting evidence, Art. 33(3)(c)). */
export function severityIn(
  incident: Incident,
  register: Register,
  lang: string,
): { formula: string; reasons: string } {
  // The score does not depend on the clock.
  const severity = assessSeverity(
    assessmentInput(incident, register, new Date(incident.discovered_at)),
  );
  return {
    formula: severityFormula(severity, lang),
    reasons: severityReasonTexts(severity, lang).join(' '),
  };
}
