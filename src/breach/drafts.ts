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
import { DATE_FNS_LOCALES } from '../law/date-locales.js';
import { notificationDuties } from '../model/breaches.js';
import { IncompleteRecordError } from '../errors.js';
import { breachDeadline, instantTime } from '../law/deadlines.js';
import type { FileRecord, Register } from '../register/load.js';
import type { Lang } from '../render/i18n.js';
import { localise, type TextValue } from '../render/words.js';
import type { GdprConfig, Incident } from '../types/register.js';
import { assessBreach, sameDecision } from './assess.js';
import { notifiedAuthority, type NotifiedAuthority } from './authority.js';
import { BREACH_CAUSES } from './causes.js';
import { assessedCategories, formatCount, type DataKind } from './categories.js';
import { reasonTexts } from './reasons.js';
import { assessSeverity } from './severity.js';
import { severityFormula, severityReasonTexts } from './severity-words.js';
import { assessmentInput } from './record.js';
import {
  ADVICE,
  BREACH_TYPE_WORDS,
  EXEMPTION_WORDS,
  FLAG_WORDS,
  RISK_WORDS,
  SPECIAL_WORDS,
} from './words.js';
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

/** `14 March 2026, 09:30 (UTC+01:00)` / `14 mars 2026 à 09:30 (UTC+01:00)`, in `zone`. */
export function longInstant(iso: string, zone: string, lang: Lang): string {
  const date = new Date(iso);
  const zoned = new TZDate(date.getTime(), zone);
  // French writes the first day of a month as an ordinal: « 1er juin ».
  const day = lang === 'fr' && zoned.getDate() === 1 ? "'1er'" : 'd';
  const pattern = lang === 'fr' ? `${day} MMMM yyyy 'à' HH:mm` : 'd MMMM yyyy, HH:mm';
  return `${format(zoned, pattern, { locale: DATE_FNS_LOCALES[lang] })} (UTC${offsetIn(date, zone)})`;
}

export interface DraftContext {
  id: string;
  title: string;
  lang: Lang;
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
export function longDate(iso: string, zone: string, lang: Lang): string {
  const zoned = new TZDate(new Date(iso).getTime(), zone);
  const day = lang === 'fr' && zoned.getDate() === 1 ? "'1er'" : 'd';
  return format(zoned, `${day} MMMM yyyy`, { locale: DATE_FNS_LOCALES[lang] });
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
  lang: Lang,
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

export function buildDraft(
  record: FileRecord<Incident>,
  register: Register,
  to: DraftRecipient,
  lang: Lang,
  zone: string,
  today = record.data.discovered_at.slice(0, 10),
): DraftContext {
  const incident = record.data;
  const config = register.config?.data;
  const defaultLanguage = config?.languages?.[0] ?? lang;
  const text = (t: TextValue) => localise(t, lang, defaultLanguage);
  const role = incident.role ?? 'controller';

  const missing: string[] = [];
  if (to !== 'subjects' && !incident.description) missing.push('description');
  if (to !== 'subjects') {
    if (!incident.data_categories?.length) missing.push('data_categories');
    if (incident.subjects_count === undefined) missing.push('subjects_count');
    if (to === 'authority' && incident.records_count === undefined) missing.push('records_count');
  }
  if (to === 'authority') {
    if (!incident.consequences) missing.push('consequences');
    if (!incident.measures_taken && !incident.measures_planned)
      missing.push('measures_taken (or measures_planned)');
  }
  // Art. 34(2): the people read their own text, never the internal description and measures.
  if (to === 'subjects') missing.push(...missingLetterItems(incident));
  const authorityNotice = incident.notifications?.authority;
  const { deadline, deadlineIso } = breachDeadline(incident.discovered_at);
  const late =
    authorityNotice !== undefined && instantTime(authorityNotice.at) > deadline.getTime();
  if (to === 'authority' && late && !authorityNotice.late_reason)
    missing.push('notifications.authority.late_reason');
  if (missing.length > 0) throw new MissingDraftItemError(record.id, missing, to);

  const authority = notifiedAuthority(config, lang, authorityNotice?.authority);
  const dpo = config?.organisation.dpo;
  const categories = assessedCategories(
    incident.data_categories,
    register.catalogs['data-categories'],
  ).map((c) => {
    const entry = register.catalogs['data-categories'].get(c.id)?.data;
    const flags = [
      c.special
        ? `${FLAG_WORDS.special[lang]} (${SPECIAL_WORDS[c.special]?.[lang] ?? c.special})`
        : '',
      c.criminal ? FLAG_WORDS.criminal[lang] : '',
      c.national_id ? FLAG_WORDS.nationalId[lang] : '',
    ].filter(Boolean);
    return {
      name: entry ? text(entry.name) : c.id,
      flags: flags.length ? flags.join(', ') : null,
      kinds: c.kinds,
    };
  });
  const kinds = new Set<DataKind>(categories.flatMap((c) => c.kinds));
  const advice = (
    ['credentials', 'financial', 'identity-document', 'national-id', 'special', 'criminal'] as const
  )
    .filter((k) => kinds.has(k))
    .map((k) => ADVICE[k][lang])
    .filter((a, i, all) => a !== '' && all.indexOf(a) === i);
  if (incident.types.includes('availability')) advice.push(ADVICE.availability[lang]);
  advice.push(ADVICE.phishing[lang]);

  const subjectsTold = incident.notifications?.subjects;
  const assessment = incident.assessment;
  const controllerIds = [
    ...new Set(
      (incident.activities ?? []).flatMap(
        (id) => register.records.activity.get(id)?.data.controllers ?? [],
      ),
    ),
  ];
  const cause =
    incident.cause === undefined
      ? null
      : (BREACH_CAUSES.find((c) => c.id === incident.cause)?.name[lang] ?? incident.cause);

  return {
    id: record.id,
    title: incident.title,
    lang,
    organisation: {
      name: config?.organisation.name ?? '',
      address: config?.organisation.address ?? '',
      registration: config?.organisation.registration ?? null,
      email: config?.organisation.email ?? '',
      phone: config?.organisation.phone ?? null,
      website: config?.organisation.website ?? null,
    },
    authority: {
      name: authority.name,
      short: authority.short,
      breachUrl: authority.breachUrl ?? null,
    },
    // Art. 33(3)(b): the DPO, else another contact point (where people exercise their rights, else the organisation).
    contact: dpo
      ? {
          dpo: true,
          name: dpo.name ?? null,
          email: dpo.email,
          phone: dpo.phone ?? null,
        }
      : {
          dpo: false,
          name: null,
          email: config?.rights_contact ?? config?.organisation.email ?? '',
          phone: config?.organisation.phone ?? null,
        },
    role,
    notification: {
      followUp: authorityNotice !== undefined,
      at: authorityNotice ? longInstant(authorityNotice.at, zone, lang) : null,
      phased: authorityNotice?.phased === true,
      reference: authorityNotice?.reference ?? null,
      lateReason: authorityNotice?.late_reason ?? null,
    },
    timeline: {
      occurred: incident.occurred_at ? longInstant(incident.occurred_at, zone, lang) : null,
      discovered: longInstant(incident.discovered_at, zone, lang),
      deadline: longInstant(deadlineIso, zone, lang),
      closed: incident.closed_at ? longInstant(incident.closed_at, zone, lang) : null,
    },
    cause,
    description: incident.description ?? '',
    types: incident.types.map((t) => BREACH_TYPE_WORDS[t]?.[lang] ?? t),
    categories: categories.map(({ name, flags }) => ({ name, flags })),
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
    consequences: incident.consequences ?? null,
    measuresTaken: incident.measures_taken ?? null,
    measuresPlanned: incident.measures_planned ?? null,
    risk: assessment ? (RISK_WORDS[assessment.risk]?.[lang] ?? assessment.risk) : null,
    rationale: rationaleIn(incident, register, lang),
    severity: severityIn(incident, register, lang),
    peopleTold: {
      // The recorded decision as `gdpr check` reads it (Art. 34(1), (3)).
      decided: assessment !== undefined || subjectsTold !== undefined,
      yes: subjectsTold !== undefined || notificationDuties(incident).subjects,
      at: subjectsTold ? longInstant(subjectsTold.at, zone, lang) : null,
      channel: subjectsTold?.channel ?? null,
      exemption: assessment?.exemption
        ? (EXEMPTION_WORDS[assessment.exemption]?.[lang] ?? null)
        : null,
    },
    advice,
    controllers: controllerIds.map((id) => register.records.party.get(id)?.data.name ?? id),
    activities: (incident.activities ?? []).map((id) => {
      const activity = register.records.activity.get(id)?.data;
      return activity ? text(activity.name) : id;
    }),
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
export function rationaleIn(incident: Incident, register: Register, lang: Lang): string | null {
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
          label: {
            en: localise(name, 'en', defaultLanguage),
            fr: localise(name, 'fr', defaultLanguage),
          },
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
  lang: Lang,
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
