/**
 * The questions of `gdpr breach new`, built on an Asker so that the terminal, `--answers FILE`
 * and tests run the same flow. Every question is asked before anything is written: an
 * interrupted run leaves no file. The order follows what the authority will ask (Art. 33(3))
 * and what the risk assessment reads (EDPB Guidelines 9/2022 §IV, 01/2021).
 */
import {
  notificationDuties,
  riskCallsForAuthority,
  riskCallsForSubjects,
} from '../model/breaches.js';
import { breachNotificationHours, instantTime, validateInstant } from '../law/deadlines.js';
import type { Asker, Choice } from '../prompts/asker.js';
import type { Lang } from '../render/i18n.js';
import { localise, type TextValue } from '../render/words.js';
import { ID_PATTERN } from '../register/kinds.js';
import type { Register } from '../register/load.js';
import type {
  BreachAssessment,
  BreachFacts,
  BreachType,
  Count,
  Incident,
  IncidentRole,
  SubjectsLetter,
  Tristate,
} from '../types/register.js';
import { assessBreach, type BreachDecision, type RiskLevel } from './assess.js';
import { BREACH_CAUSES } from './causes.js';
import { reasonLanguage, reasonTexts } from './reasons.js';
import { assessSeverity, type Severity } from './severity.js';
import { severityLines, severityRecord } from './severity-words.js';
import { anyVulnerable, assessedCategories, countText, parseCount } from './categories.js';
import { describeInstant, hoursLeftInWords, instantInZone } from './zone.js';
import type { NotifiedAuthority } from './authority.js';

export interface WizardContext {
  register: Register;
  now: Date;
  /** IANA zone deadlines are shown in. */
  zone: string;
  authority: NotifiedAuthority;
  /** Shows the assessment between the questions. */
  print: (text: string) => void;
  /** A person answers at a terminal: explain the clock before asking when it started. */
  interactive?: boolean;
  /** Called once the facts are answered, before the assessment is shown (a non-interactive run stops here if answers are missing). */
  checkpoint?: () => void;
}

export interface WizardResult {
  id: string;
  incident: Incident;
  decision: BreachDecision;
}

/** Every answer name the wizard may ask (for `--answers` files). */
export const BREACH_NEW_ANSWERS = [
  'title',
  'description',
  'cause',
  'cause_other',
  'discovered_at',
  'occurred_at',
  'types',
  'activities',
  'data_categories',
  'data_subjects',
  'subjects_count',
  'records_count',
  'encrypted',
  'key_compromised',
  'backup_available',
  'restored_within_hours',
  'exfiltrated',
  'recipient_trusted',
  'data_retrieved',
  'vulnerable_subjects',
  'role',
  'disproportionate_effort',
  'confirm_assessment',
  'override_risk',
  'override_rationale',
  'consequences',
  'measures_taken',
  'measures_planned',
  'letter_what_happened',
  'letter_consequences',
  'letter_what_we_did',
  'letter_what_you_can_do',
  'id',
] as const;

/** `true`, or why the text is not an RFC 3339 instant with an offset (src/law/deadlines.ts reads instants). */
export { validateInstant };

type TristateAnswer = 'true' | 'false' | 'unknown';
const TRISTATE: readonly Choice<TristateAnswer>[] = [
  { value: 'true', name: 'Yes' },
  { value: 'false', name: 'No' },
  { value: 'unknown', name: 'Not established yet' },
];

function tristate(answer: TristateAnswer): Tristate {
  return answer === 'unknown' ? 'unknown' : answer === 'true';
}

const RISK_CHOICES: readonly Choice<RiskLevel>[] = [
  { value: 'none', name: 'Unlikely to result in a risk — document only (Art. 33(5))' },
  { value: 'risk', name: 'Risk — notify the authority (Art. 33(1))' },
  { value: 'high', name: 'High risk — notify the authority and tell the people (Art. 34(1))' },
];

/** `Lost laptop in the train!` → `lost-laptop-in-the-train`. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // At most 48 characters, cut between words so that the file name stays readable.
  const cut = slug.slice(0, 49);
  const atWord = cut.replace(/-[^-]*$/, '');
  const short =
    slug.length <= 48 ? slug : atWord !== cut && atWord !== '' ? atWord : slug.slice(0, 48);
  return short || 'incident';
}

const required = (what: string) => (v: string) => (v.trim() === '' ? `${what} is required` : true);

export async function breachWizard(asker: Asker, ctx: WizardContext): Promise<WizardResult> {
  const { register, now, zone } = ctx;
  const lang = register.config?.data.languages?.[0] ?? 'en';
  // Reasons are shown and recorded (Art. 33(5)) in the register's language when they exist in it.
  const reasonLang = reasonLanguage(register.config?.data.languages);
  const name = (text: TextValue) => localise(text, lang === 'fr' ? 'fr' : 'en', lang);
  const nowInstant = instantInZone(now, zone);

  // What happened (Art. 33(3)(a): the nature of the breach).
  const title = (
    await asker.input({
      name: 'title',
      message: 'Title of the breach (short, no personal data)',
      validate: required('a title'),
    })
  ).trim();
  const description = (
    await asker.input({
      name: 'description',
      message: 'What happened? (facts, categories and counts only — no names)',
      validate: required('a description'),
    })
  ).trim();
  const causeChoices: Choice<string>[] = [
    ...BREACH_CAUSES.map((c) => ({ value: c.id, name: c.name.en })),
    { value: 'other', name: 'Other (give an id)' },
  ];
  let cause = await asker.select({ name: 'cause', message: 'Cause', choices: causeChoices });
  if (cause === 'other') {
    cause = (
      await asker.input({
        name: 'cause_other',
        message: 'Cause, as an id (lower-case letters, digits, hyphens, e.g. improper-disposal)',
        validate: (v) =>
          ID_PATTERN.test(v.trim())
            ? true
            : 'use lower-case letters, digits and hyphens, e.g. improper-disposal',
      })
    ).trim();
  }

  // Awareness starts the 72 hours (Art. 33(1)); an offset is required so the clock is unambiguous.
  if (ctx.interactive)
    ctx.print(
      `The ${breachNotificationHours()}-hour clock (Art. 33(1)) starts when you became aware of the breach.\nNow is ${describeInstant(now, zone)}, ${zone}.\n`,
    );
  const discoveredAt = (
    await asker.input({
      name: 'discovered_at',
      message: 'Became aware at (date, time and UTC offset)',
      default: nowInstant,
      validate: (v) => {
        const ok = validateInstant(v);
        if (ok !== true) return ok;
        return instantTime(v.trim()) > now.getTime()
          ? `awareness cannot be later than now (${nowInstant})`
          : true;
      },
    })
  ).trim();
  const occurredAt = (
    await asker.input({
      name: 'occurred_at',
      message: 'Happened at, if known (same format; empty if unknown)',
      default: '',
      validate: (v) => {
        if (v.trim() === '') return true;
        const ok = validateInstant(v);
        if (ok !== true) return ok;
        return instantTime(v.trim()) > instantTime(discoveredAt)
          ? 'the breach cannot have happened after you became aware of it'
          : true;
      },
    })
  ).trim();

  const types = await asker.checkbox<BreachType>({
    name: 'types',
    message: 'Type of breach (one breach can be several)',
    choices: [
      { value: 'confidentiality', name: 'Confidentiality — disclosure of, or access to, data' },
      { value: 'integrity', name: 'Integrity — alteration of data' },
      { value: 'availability', name: 'Availability — loss of access to, or destruction of, data' },
    ],
    validate: (v) => (v.length === 0 ? 'choose at least one type' : true),
  });

  // What data and whose (Art. 33(3)(a)), from the register's catalogues.
  const activityChoices = [...register.records.activity.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((a) => ({
      value: a.id,
      name: `${name(a.data.name)} (${a.id})${a.data.role === 'processor' ? ' — as processor' : ''}`,
    }));
  const activities =
    activityChoices.length > 0
      ? await asker.checkbox({
          name: 'activities',
          message: 'Processing activities affected',
          choices: activityChoices,
          default: [],
        })
      : [];
  const categoryChoices = [...register.catalogs['data-categories'].values()].map((c) => {
    const flags = [
      c.data.special ? `Art. 9 special category: ${c.data.special}` : '',
      c.data.criminal ? 'Art. 10 criminal data' : '',
      c.data.national_id ? 'national identification number' : '',
    ].filter(Boolean);
    return {
      value: c.id,
      name: `${name(c.data.name)} (${c.id})${flags.length ? ` — ${flags.join(', ')}` : ''}`,
    };
  });
  const defaultCategories = [
    ...new Set(
      activities.flatMap(
        (id) => register.records.activity.get(id)?.data.data?.map((d) => d.category) ?? [],
      ),
    ),
  ];
  const dataCategories =
    categoryChoices.length > 0
      ? await asker.checkbox({
          name: 'data_categories',
          message: 'Categories of personal data concerned (Art. 33(3)(a))',
          choices: categoryChoices,
          default: defaultCategories.filter((id) => register.catalogs['data-categories'].has(id)),
        })
      : [];
  const subjectChoices = [...register.catalogs['data-subjects'].values()].map((s) => ({
    value: s.id,
    name: `${name(s.data.name)} (${s.id})${s.data.vulnerable ? ' — vulnerable people' : ''}`,
  }));
  const defaultSubjects = [
    ...new Set(
      activities.flatMap((id) => register.records.activity.get(id)?.data.data_subjects ?? []),
    ),
  ];
  const dataSubjects =
    subjectChoices.length > 0
      ? await asker.checkbox({
          name: 'data_subjects',
          message: 'Categories of people concerned (Art. 33(3)(a))',
          choices: subjectChoices,
          default: defaultSubjects.filter((id) => register.catalogs['data-subjects'].has(id)),
        })
      : [];

  const countQuestion = async (
    qName: 'subjects_count' | 'records_count',
    message: string,
    dflt?: string,
  ): Promise<Count> => {
    const text = await asker.input({
      name: qName,
      message,
      ...(dflt !== undefined ? { default: dflt } : {}),
      validate: (v) => {
        const parsed = parseCount(v);
        return typeof parsed === 'string' && parsed !== 'unknown' ? parsed : true;
      },
    });
    return parseCount(text) as Count;
  };
  const subjectsCount = await countQuestion(
    'subjects_count',
    'Approximate number of people (120, 100-500, 1000+ or unknown)',
  );
  const recordsCount = await countQuestion(
    'records_count',
    'Approximate number of records (same forms)',
    countText(subjectsCount),
  );

  // The facts the assessment weighs (EDPB Guidelines 9/2022 §IV, 01/2021).
  const facts: BreachFacts = {};
  const ask = (qName: string, message: string, dflt: TristateAnswer = 'unknown') =>
    asker.select<TristateAnswer>({ name: qName, message, choices: TRISTATE, default: dflt });
  if (types.includes('confidentiality')) {
    facts.encrypted = tristate(
      await ask('encrypted', 'Were the data encrypted (or hashed) to the state of the art?'),
    );
    if (facts.encrypted === true) {
      facts.key_compromised = tristate(
        await ask('key_compromised', 'Was the key (or password, or secret) compromised too?'),
      );
    }
  }
  if (types.includes('availability') || types.includes('integrity')) {
    facts.backup_available = tristate(
      await ask('backup_available', 'Is an up-to-date backup available to restore the data?'),
    );
    if (facts.backup_available === true) {
      const hours = await asker.input({
        name: 'restored_within_hours',
        message: 'Restored within how many hours? (empty if not yet)',
        default: '',
        validate: (v) =>
          v.trim() === '' || (/^\d+(\.\d+)?$/.test(v.trim()) && Number(v) >= 0)
            ? true
            : 'give a number of hours, e.g. 4, or leave empty',
      });
      if (hours.trim() !== '') facts.restored_within_hours = Number(hours);
    }
  }
  if (types.includes('confidentiality')) {
    facts.exfiltrated = tristate(
      await ask('exfiltrated', 'Were the data copied or taken (exfiltration, theft)?'),
    );
    const recipient = await asker.select<'true' | 'false' | 'none'>({
      name: 'recipient_trusted',
      message: 'Did the data reach an identified recipient?',
      choices: [
        { value: 'none', name: 'No identified recipient (an attack, a lost device…)' },
        {
          value: 'true',
          name: 'Yes, a trusted one (a partner or colleague bound to confidentiality)',
        },
        { value: 'false', name: 'Yes, someone who should not have them' },
      ],
      default: 'none',
    });
    if (recipient !== 'none') facts.recipient_trusted = recipient === 'true';
    facts.data_retrieved = tristate(
      await ask('data_retrieved', 'Were the data recovered (returned, or deleted with proof)?'),
    );
  }
  const catalogueVulnerable = anyVulnerable(dataSubjects, register.catalogs['data-subjects']);
  facts.vulnerable_subjects = tristate(
    await ask(
      'vulnerable_subjects',
      'Are vulnerable people concerned (children, patients…)?',
      catalogueVulnerable ? 'true' : 'false',
    ),
  );

  const processorOnly =
    activities.length > 0 &&
    activities.every((id) => register.records.activity.get(id)?.data.role === 'processor');
  const role = await asker.select<IncidentRole>({
    name: 'role',
    message: 'Our role in the affected processing',
    choices: [
      { value: 'controller', name: 'Controller — we notify the authority (Art. 33(1))' },
      { value: 'processor', name: 'Processor — we notify the controller (Art. 33(2))' },
    ],
    default: processorOnly ? 'processor' : 'controller',
  });

  const input = {
    types,
    cause,
    role,
    data_categories: assessedCategories(dataCategories, register.catalogs['data-categories']),
    vulnerable_subjects: catalogueVulnerable,
    subjects_count: subjectsCount,
    records_count: recordsCount,
    facts,
    discovered_at: discoveredAt,
    now,
  };
  ctx.checkpoint?.();
  let decision = assessBreach(input);
  const severity = assessSeverity(input);
  ctx.print(
    assessmentText(decision, { zone, authority: ctx.authority, role, lang: reasonLang, severity }),
  );

  if (decision.notify_subjects && role === 'controller') {
    const disproportionate = await asker.confirm({
      name: 'disproportionate_effort',
      message: 'Telling each person: disproportionate effort? (Art. 34(3)(c))',
      default: false,
    });
    if (disproportionate) decision = assessBreach({ ...input, disproportionate_effort: true });
  }

  const decidedAt = nowInstant;
  let assessment: BreachAssessment;
  const keep = await asker.confirm({
    name: 'confirm_assessment',
    message: 'Record this assessment? (No: set the risk yourself)',
    default: true,
  });
  if (keep) {
    assessment = {
      risk: decision.risk,
      notify_authority: decision.notify_authority,
      notify_subjects: decision.notify_subjects,
      exemption: decision.exemption,
      rationale: reasonTexts(decision.reasons, reasonLang).join(' '),
      severity: severityRecord(severity, reasonLang),
      decided_at: decidedAt,
    };
  } else {
    const risk = await asker.select<RiskLevel>({
      name: 'override_risk',
      message: 'Risk level you assess',
      choices: RISK_CHOICES,
      default: decision.risk,
    });
    const rationale = (
      await asker.input({
        name: 'override_rationale',
        message: 'Why? (kept as the Art. 33(5) record of the decision)',
        validate: required('the reasons for overriding the assessment'),
      })
    ).trim();
    assessment = {
      risk,
      notify_authority: role === 'processor' || riskCallsForAuthority(risk),
      notify_subjects: role === 'controller' && riskCallsForSubjects(risk),
      exemption: null,
      rationale,
      overridden: true,
      severity: severityRecord(severity, reasonLang),
      decided_at: decidedAt,
    };
  }

  // Art. 33(3)(c), (d): asked now so the notification draft has them; `breach update` completes them.
  const optional = async (qName: string, message: string): Promise<string> =>
    (await asker.input({ name: qName, message, default: '' })).trim();
  const consequences = await optional(
    'consequences',
    'Likely consequences for the people (Art. 33(3)(c); empty: later)',
  );
  const measuresTaken = await optional(
    'measures_taken',
    'Measures taken (Art. 33(3)(d); empty: later)',
  );
  const measuresPlanned = await optional(
    'measures_planned',
    'Measures planned, to prevent recurrence (empty: later)',
  );

  const letter = notificationDuties({ role, assessment }).subjects
    ? await askLetter(asker, ctx)
    : undefined;

  const id = (
    await asker.input({
      name: 'id',
      message: 'File name (incidents/<id>.yaml)',
      default: `${discoveredAt.slice(0, 10)}-${slugify(title)}`,
      validate: (v) =>
        ID_PATTERN.test(v.trim()) ? true : 'use lower-case letters, digits and hyphens',
    })
  ).trim();

  const incident: Incident = {
    title,
    status: 'open',
    role,
    discovered_at: discoveredAt,
    types,
    cause,
    description,
  };
  if (occurredAt !== '') incident.occurred_at = occurredAt;
  if (activities.length > 0) incident.activities = activities;
  if (dataCategories.length > 0) incident.data_categories = dataCategories;
  if (dataSubjects.length > 0) incident.data_subjects = dataSubjects;
  incident.subjects_count = subjectsCount;
  incident.records_count = recordsCount;
  incident.facts = facts;
  incident.assessment = assessment;
  if (consequences !== '') incident.consequences = consequences;
  if (measuresTaken !== '') incident.measures_taken = measuresTaken;
  if (measuresPlanned !== '') incident.measures_planned = measuresPlanned;
  if (letter !== undefined) incident.subjects_letter = letter;
  return { id, incident, decision };
}

/** Said before the letter's questions: these answers are the letter, word for word. */
export const LETTER_WARNING =
  "The people must be told (Art. 34). The next answers reach them as you write them, in the letter of `gdpr breach draft --to subjects`: use clear and plain language (Art. 34(2)), and no internal detail (colleagues' names, systems, file paths).";

/**
 * The letter to the people (Art. 34(2)): its own answers, never the internal description. An
 * empty first answer leaves the letter for later (`gdpr breach update`).
 */
async function askLetter(asker: Asker, ctx: WizardContext): Promise<SubjectsLetter | undefined> {
  ctx.print(`${LETTER_WARNING}\n`);
  const toPeople = async (qName: string, message: string): Promise<string> =>
    (
      await asker.input({ name: qName, message: `[sent to the people] ${message}`, default: '' })
    ).trim();
  const whatHappened = await toPeople(
    'letter_what_happened',
    'What happened, in words they understand (empty: later)',
  );
  if (whatHappened === '') return undefined;
  const consequences = await toPeople('letter_consequences', 'What it may mean for them');
  const whatWeDid = await toPeople('letter_what_we_did', 'What we did and will do about it');
  const whatYouCanDo = await toPeople(
    'letter_what_you_can_do',
    'What they can do to protect themselves (empty: the built-in advice only)',
  );
  if (consequences === '' || whatWeDid === '') return undefined;
  return {
    what_happened: whatHappened,
    consequences,
    what_we_did: whatWeDid,
    ...(whatYouCanDo !== '' ? { what_you_can_do: whatYouCanDo } : {}),
  };
}

const RISK_WORDS: Record<RiskLevel, string> = {
  none: 'none (unlikely to result in a risk)',
  risk: 'risk (likely to result in a risk to people)',
  high: 'high (likely to result in a high risk to people)',
};

/** The assessment as the wizard shows it: decision, reasons (in `lang`, default en), and the deadline in the register's zone. */
export function assessmentText(
  decision: BreachDecision,
  options: {
    zone: string;
    authority: NotifiedAuthority;
    role: IncidentRole;
    notifiedAt?: string | undefined;
    lang?: Lang;
    severity?: Severity;
  },
): string {
  const yes = (b: boolean) => (b ? 'yes' : 'no');
  const lines = [
    '',
    'Assessment (EDPB Guidelines 9/2022 §IV and 01/2021):',
    `  Risk: ${RISK_WORDS[decision.risk]}`,
  ];
  if (options.role === 'processor') lines.push('  Notify the controller: yes (Art. 33(2))');
  else
    lines.push(
      `  Notify the ${options.authority.short}: ${yes(decision.notify_authority)}`,
      `  Tell the people: ${yes(decision.notify_subjects)}${decision.exemption ? ` (exemption: ${decision.exemption})` : ''}`,
    );
  for (const reason of reasonTexts(decision.reasons, options.lang ?? 'en'))
    lines.push(`  - ${reason}`);
  if (options.severity) lines.push(...severityLines(options.severity, options.lang ?? 'en'));
  lines.push(`  ${deadlineSentence(decision, options)}`, '');
  return `${lines.join('\n')}\n`;
}

/** `Notify the CNIL before Tue 17 Mar 09:30 CET — 61 h left (Art. 33(1)).` */
export function deadlineSentence(
  decision: BreachDecision,
  options: {
    zone: string;
    authority: NotifiedAuthority;
    role: IncidentRole;
    notifiedAt?: string | undefined;
  },
): string {
  const when = (iso: string) =>
    describeInstant(new Date(iso), options.zone).replace(/ \(UTC[^)]*\)$/, '');
  if (options.role === 'processor') {
    return options.notifiedAt
      ? `The controller was notified ${when(options.notifiedAt)} (Art. 33(2)).`
      : 'Notify the controller without undue delay (Art. 33(2)).';
  }
  if (options.notifiedAt) {
    const hours = breachNotificationHours();
    const late = instantTime(options.notifiedAt) - instantTime(decision.deadline);
    return late > 0
      ? `The ${options.authority.short} was notified ${when(options.notifiedAt)}, ${Math.ceil(late / 3_600_000)} h after the ${hours} hours: the notification must give the reasons for the delay (Art. 33(1)).`
      : `The ${options.authority.short} was notified ${when(options.notifiedAt)}, within the ${hours} hours (Art. 33(1)).`;
  }
  if (!decision.notify_authority)
    return 'No notification is due; the breach stays documented in the register (Art. 33(5)).';
  return `Notify the ${options.authority.short} before ${when(decision.deadline)} — ${hoursLeftInWords(decision.hours_left)} (Art. 33(1)).`;
}
