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
import { canonicalCountryCode, listEeaCountries } from '../law/eea.js';
import { message } from '../locale/index.js';
import type { Asker, Choice } from '../prompts/asker.js';
import { wizardLanguage, wizardWords, type Words } from '../prompts/language.js';
import type { Lang } from '../render/i18n.js';
import { titleWithId } from '../render/title.js';
import { localise, type TextValue } from '../render/words.js';
import { ID_PATTERN } from '../register/kinds.js';
import type { Register } from '../register/load.js';
import type {
  Activity,
  BreachAssessment,
  BreachFacts,
  BreachType,
  Count,
  CrossBorder,
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
import { describeInstant, hoursLeftInWords, instantAnswer, instantInZone } from './zone.js';
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
  /** The language of the questions (default: the register's first language with words). */
  lang?: string;
  /** The zone a local time without offset is read in (gdpr.yaml `time_zone`); none: offsets required. */
  localZone?: string | undefined;
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
  'cross_border',
  'member_states',
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

function tristate(answer: TristateAnswer): Tristate {
  return answer === 'unknown' ? 'unknown' : answer === 'true';
}

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

/** What every step reads: the asker, the context, the words of the wizard's language. */
interface Step {
  asker: Asker;
  ctx: WizardContext;
  lang: string;
  t: Words;
  nowInstant: string;
}

const sorted = <T extends { id: string }>(items: Iterable<T>): T[] =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

async function required(s: Step, name: string, key: string): Promise<string> {
  const what = s.t(`${key}.what`);
  return (
    await s.asker.input({
      name,
      message: s.t(`${key}.message`),
      validate: (v) => (v.trim() === '' ? s.t('common.required', { what }) : true),
    })
  ).trim();
}

async function optional(s: Step, name: string, message: string): Promise<string> {
  return (await s.asker.input({ name, message, default: '' })).trim();
}

async function askTristate(
  s: Step,
  name: string,
  dflt: TristateAnswer = 'unknown',
): Promise<Tristate> {
  const choices: Choice<TristateAnswer>[] = [
    { value: 'true', name: s.t('common.yes') },
    { value: 'false', name: s.t('common.no') },
    { value: 'unknown', name: s.t('common.unknown') },
  ];
  return tristate(
    await s.asker.select({ name, message: s.t(`breach.${name}`), choices, default: dflt }),
  );
}

/** Art. 33(3)(a), the nature of the breach: title, description, cause, types. */
async function askNature(s: Step) {
  const title = await required(s, 'title', 'breach.title');
  const description = await required(s, 'description', 'breach.description');
  const causeChoices: Choice<string>[] = [
    ...BREACH_CAUSES.map((c) => ({ value: c.id, name: c.name.en })),
    { value: 'other', name: s.t('breach.cause.other') },
  ];
  let cause = await s.asker.select({
    name: 'cause',
    message: s.t('breach.cause.message'),
    choices: causeChoices,
  });
  if (cause === 'other') {
    cause = (
      await s.asker.input({
        name: 'cause_other',
        message: s.t('breach.cause.other_message'),
        validate: (v) => (ID_PATTERN.test(v.trim()) ? true : s.t('breach.cause.other_invalid')),
      })
    ).trim();
  }
  return { title, description, cause };
}

/** One instant question: RFC 3339, or a local time read in the register's zone and shown back. */
async function askInstant(
  s: Step,
  q: { name: string; message: string; default: string; check: (iso: string) => true | string },
): Promise<string> {
  const zone = s.ctx.localZone;
  const answer = await s.asker.input({
    name: q.name,
    message: q.message,
    default: q.default,
    validate: (v) => {
      if (v.trim() === '' && q.default === '') return true;
      const read = instantAnswer(v, zone, s.t);
      return 'error' in read ? read.error : q.check(read.iso);
    },
  });
  if (answer.trim() === '') return '';
  const read = instantAnswer(answer, zone, s.t);
  if ('error' in read) return answer.trim();
  if (read.local && zone !== undefined)
    s.ctx.print(
      `${s.t('common.local_time.shown', { value: answer.trim(), zone, iso: read.iso })}\n`,
    );
  return read.iso;
}

/** Timing: awareness starts the 72 hours (Art. 33(1)); when it happened, if known. */
async function askTiming(s: Step) {
  const { ctx, t, nowInstant } = s;
  if (ctx.interactive)
    ctx.print(
      t('breach.clock', {
        hours: breachNotificationHours(),
        now: describeInstant(ctx.now, ctx.zone, s.lang),
        zone: ctx.zone,
      }),
    );
  const discoveredAt = await askInstant(s, {
    name: 'discovered_at',
    message:
      ctx.localZone !== undefined
        ? t('breach.discovered_at.message_local', { zone: ctx.localZone })
        : t('breach.discovered_at.message'),
    default: nowInstant,
    check: (iso) =>
      instantTime(iso) > ctx.now.getTime()
        ? t('breach.discovered_at.after_now', { now: nowInstant })
        : true,
  });
  const occurredAt = await askInstant(s, {
    name: 'occurred_at',
    message: t('breach.occurred_at.message'),
    default: '',
    check: (iso) =>
      instantTime(iso) > instantTime(discoveredAt) ? t('breach.occurred_at.after_awareness') : true,
  });
  return { discoveredAt, occurredAt };
}

async function askTypes(s: Step): Promise<BreachType[]> {
  const types: BreachType[] = ['confidentiality', 'integrity', 'availability'];
  return s.asker.checkbox<BreachType>({
    name: 'types',
    message: s.t('breach.types.message'),
    choices: types.map((value) => ({ value, name: s.t(`breach.types.${value}`) })),
    validate: (v) => (v.length === 0 ? s.t('breach.types.none') : true),
  });
}

/** Art. 33(3)(a): the activities, categories of data and of people, from the register. */
async function askCategories(s: Step) {
  const { asker, ctx, t } = s;
  const { register } = ctx;
  const name = (text: TextValue) => localise(text, s.lang, s.lang);
  const activityChoices = sorted(register.records.activity.values()).map((a) => ({
    value: a.id,
    name: `${titleWithId(name(a.data.name), a.id)}${a.data.role === 'processor' ? t('breach.activities.as_processor') : ''}`,
  }));
  const activities =
    activityChoices.length > 0
      ? await asker.checkbox({
          name: 'activities',
          message: t('breach.activities.message'),
          choices: activityChoices,
          default: [],
        })
      : [];
  const ofActivities = (pick: (a: Partial<Activity>) => readonly string[] | undefined) => [
    ...new Set(
      activities.flatMap((id) => pick(register.records.activity.get(id)?.data ?? {}) ?? []),
    ),
  ];
  const categories = register.catalogs['data-categories'];
  const categoryChoices = [...categories.values()].map((c) => {
    const flags = [
      c.data.special ? t('breach.data_categories.special', { kind: c.data.special }) : '',
      c.data.criminal ? t('breach.data_categories.criminal') : '',
      c.data.national_id ? t('breach.data_categories.national_id') : '',
    ].filter(Boolean);
    return {
      value: c.id,
      name: `${titleWithId(name(c.data.name), c.id)}${flags.length ? ` — ${flags.join(', ')}` : ''}`,
    };
  });
  const dataCategories =
    categoryChoices.length > 0
      ? await asker.checkbox({
          name: 'data_categories',
          message: t('breach.data_categories.message'),
          choices: categoryChoices,
          default: ofActivities((a) => a.data?.map((d) => d.category)).filter((id) =>
            categories.has(id),
          ),
        })
      : [];
  const subjects = register.catalogs['data-subjects'];
  const subjectChoices = [...subjects.values()].map((c) => ({
    value: c.id,
    name: `${titleWithId(name(c.data.name), c.id)}${c.data.vulnerable ? t('breach.data_subjects.vulnerable') : ''}`,
  }));
  const dataSubjects =
    subjectChoices.length > 0
      ? await asker.checkbox({
          name: 'data_subjects',
          message: t('breach.data_subjects.message'),
          choices: subjectChoices,
          default: ofActivities((a) => a.data_subjects).filter((id) => subjects.has(id)),
        })
      : [];
  return { activities, dataCategories, dataSubjects };
}

/** Art. 33(3)(a): the approximate numbers of people and of records. */
async function askNumbers(s: Step) {
  const count = async (qName: 'subjects_count' | 'records_count', dflt?: string) => {
    const text = await s.asker.input({
      name: qName,
      message: s.t(`breach.${qName}`),
      ...(dflt !== undefined ? { default: dflt } : {}),
      validate: (v) => {
        const parsed = parseCount(v);
        return typeof parsed === 'string' && parsed !== 'unknown' ? parsed : true;
      },
    });
    return parseCount(text) as Count;
  };
  const subjectsCount = await count('subjects_count');
  const recordsCount = await count('records_count', countText(subjectsCount));
  return { subjectsCount, recordsCount };
}

/**
 * Art. 56: people in other EEA Member States make the processing cross-border, and the lead
 * authority (one-stop shop) applies. Not established: nothing recorded.
 */
async function askCrossBorder(s: Step): Promise<CrossBorder | undefined> {
  const { asker, t } = s;
  const answer = await asker.select<'no' | 'yes' | 'unknown'>({
    name: 'cross_border',
    message: t('breach.cross_border.message'),
    choices: (['no', 'yes', 'unknown'] as const).map((value) => ({
      value,
      name: t(`breach.cross_border.${value}`),
    })),
    default: 'unknown',
  });
  if (answer === 'unknown') return undefined;
  if (answer === 'no') return { member_states: [] };
  const own = s.ctx.register.config?.data.organisation.country;
  const ownCode = own !== undefined ? canonicalCountryCode(own) : undefined;
  const choices = listEeaCountries()
    .filter((m) => m.code !== ownCode)
    .map((m) => ({
      value: m.code,
      name: titleWithId(localise({ ...m.name }, s.lang, 'en'), m.code),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, s.lang));
  const states = await asker.checkbox<string>({
    name: 'member_states',
    message: t('breach.member_states.message'),
    choices,
    validate: (v) => (v.length === 0 ? t('breach.member_states.none') : true),
  });
  return { member_states: [...states].sort() };
}

/** The facts the assessment weighs (EDPB Guidelines 9/2022 §IV, 01/2021), by type of breach. */
async function askFacts(
  s: Step,
  types: readonly BreachType[],
  dataSubjects: readonly string[],
): Promise<BreachFacts> {
  const facts: BreachFacts = {};
  if (types.includes('confidentiality')) {
    facts.encrypted = await askTristate(s, 'encrypted');
    if (facts.encrypted === true) facts.key_compromised = await askTristate(s, 'key_compromised');
  }
  if (types.includes('availability') || types.includes('integrity')) {
    facts.backup_available = await askTristate(s, 'backup_available');
    if (facts.backup_available === true) {
      const hours = await s.asker.input({
        name: 'restored_within_hours',
        message: s.t('breach.restored_within_hours.message'),
        default: '',
        validate: (v) =>
          v.trim() === '' || (/^\d+(\.\d+)?$/.test(v.trim()) && Number(v) >= 0)
            ? true
            : s.t('breach.restored_within_hours.invalid'),
      });
      if (hours.trim() !== '') facts.restored_within_hours = Number(hours);
    }
  }
  if (types.includes('confidentiality')) {
    facts.exfiltrated = await askTristate(s, 'exfiltrated');
    const recipient = await s.asker.select<'true' | 'false' | 'none'>({
      name: 'recipient_trusted',
      message: s.t('breach.recipient.message'),
      choices: [
        { value: 'none', name: s.t('breach.recipient.none') },
        { value: 'true', name: s.t('breach.recipient.trusted') },
        { value: 'false', name: s.t('breach.recipient.untrusted') },
      ],
      default: 'none',
    });
    if (recipient !== 'none') facts.recipient_trusted = recipient === 'true';
    facts.data_retrieved = await askTristate(s, 'data_retrieved');
  }
  const vulnerable = anyVulnerable(dataSubjects, s.ctx.register.catalogs['data-subjects']);
  facts.vulnerable_subjects = await askTristate(
    s,
    'vulnerable_subjects',
    vulnerable ? 'true' : 'false',
  );
  return facts;
}

/**
 * Controller or processor (Art. 33(1), (2)). Not asked when every activity chosen is one we
 * run as controller: the register already says so.
 */
async function askRole(s: Step, activities: readonly string[]): Promise<IncidentRole> {
  const roleOf = (id: string) => s.ctx.register.records.activity.get(id)?.data.role ?? 'controller';
  if (activities.length > 0 && activities.every((id) => roleOf(id) === 'controller'))
    return 'controller';
  const processorOnly =
    activities.length > 0 && activities.every((id) => roleOf(id) === 'processor');
  return s.asker.select<IncidentRole>({
    name: 'role',
    message: s.t('breach.role.message'),
    choices: (['controller', 'processor'] as const).map((value) => ({
      value,
      name: s.t(`breach.role.${value}`),
    })),
    default: processorOnly ? 'processor' : 'controller',
  });
}

type AssessmentInput = Parameters<typeof assessBreach>[0] & { role: IncidentRole };

/** The assessment: shown, then kept or overridden with reasons (Art. 33(5)). */
async function askAssessment(s: Step, input: AssessmentInput) {
  const { asker, ctx, t } = s;
  const reasonLang = reasonLanguage(ctx.register.config?.data.languages);
  let decision = assessBreach(input);
  const severity = assessSeverity(input);
  const role = input.role;
  ctx.print(
    assessmentText(decision, {
      zone: ctx.zone,
      authority: ctx.authority,
      role,
      lang: reasonLang,
      frameLang: s.lang,
      severity,
    }),
  );
  if (decision.notify_subjects && role === 'controller') {
    const disproportionate = await asker.confirm({
      name: 'disproportionate_effort',
      message: t('breach.disproportionate_effort'),
      default: false,
    });
    if (disproportionate) decision = assessBreach({ ...input, disproportionate_effort: true });
  }
  const keep = await asker.confirm({
    name: 'confirm_assessment',
    message: t('breach.confirm_assessment'),
    default: true,
  });
  const recorded = { severity: severityRecord(severity, reasonLang), decided_at: s.nowInstant };
  if (keep) {
    const assessment: BreachAssessment = {
      risk: decision.risk,
      notify_authority: decision.notify_authority,
      notify_subjects: decision.notify_subjects,
      exemption: decision.exemption,
      rationale: reasonTexts(decision.reasons, reasonLang).join(' '),
      ...recorded,
    };
    return { decision, assessment };
  }
  const risk = await asker.select<RiskLevel>({
    name: 'override_risk',
    message: t('breach.override_risk.message'),
    choices: (['none', 'risk', 'high'] as const).map((value) => ({
      value,
      name: t(`breach.override_risk.${value}`),
    })),
    default: decision.risk,
  });
  const rationale = await required(s, 'override_rationale', 'breach.override_rationale');
  const assessment: BreachAssessment = {
    risk,
    notify_authority: role === 'processor' || riskCallsForAuthority(risk),
    notify_subjects: role === 'controller' && riskCallsForSubjects(risk),
    exemption: null,
    rationale,
    overridden: true,
    ...recorded,
  };
  return { decision, assessment };
}

/** Art. 33(3)(b): the contact point the notification gives, from gdpr.yaml (shown, not asked). */
function showContact(s: Step): void {
  if (!s.ctx.interactive) return;
  const dpo = s.ctx.register.config?.data.organisation.dpo;
  const contact = dpo ? [dpo.name, dpo.email, dpo.phone].filter(Boolean).join(', ') : '';
  s.ctx.print(contact !== '' ? s.t('breach.contact.dpo', { contact }) : s.t('breach.contact.none'));
}

/** Art. 33(3)(c), (d): asked now so the notification draft has them; `breach update` completes them. */
async function askConsequencesAndMeasures(s: Step) {
  const consequences = await optional(s, 'consequences', s.t('breach.consequences'));
  const measuresTaken = await optional(s, 'measures_taken', s.t('breach.measures_taken'));
  const measuresPlanned = await optional(s, 'measures_planned', s.t('breach.measures_planned'));
  return { consequences, measuresTaken, measuresPlanned };
}

async function askId(s: Step, discoveredAt: string, title: string): Promise<string> {
  return (
    await s.asker.input({
      name: 'id',
      message: s.t('breach.id'),
      default: `${discoveredAt.slice(0, 10)}-${slugify(title)}`,
      validate: (v) => (ID_PATTERN.test(v.trim()) ? true : s.t('common.id_format')),
    })
  ).trim();
}

/** The record's fields from the answers about the breach itself, in the schema's order. */
function incidentOf(a: {
  nature: { title: string; description: string; cause: string };
  role: IncidentRole;
  discoveredAt: string;
  occurredAt: string;
  types: BreachType[];
  scope: { activities: string[]; dataCategories: string[]; dataSubjects: string[] };
  numbers: { subjectsCount: Count; recordsCount: Count };
}): Incident {
  const incident: Incident = {
    title: a.nature.title,
    status: 'open',
    role: a.role,
    discovered_at: a.discoveredAt,
    types: a.types,
    cause: a.nature.cause,
    description: a.nature.description,
  };
  if (a.occurredAt !== '') incident.occurred_at = a.occurredAt;
  if (a.scope.activities.length > 0) incident.activities = a.scope.activities;
  if (a.scope.dataCategories.length > 0) incident.data_categories = a.scope.dataCategories;
  if (a.scope.dataSubjects.length > 0) incident.data_subjects = a.scope.dataSubjects;
  incident.subjects_count = a.numbers.subjectsCount;
  incident.records_count = a.numbers.recordsCount;
  return incident;
}

/** Art. 33(3)(c), (d) answers left empty stay absent (`breach update` completes them). */
function laterAnswers(later: {
  consequences: string;
  measuresTaken: string;
  measuresPlanned: string;
}): Partial<Incident> {
  return {
    ...(later.consequences !== '' ? { consequences: later.consequences } : {}),
    ...(later.measuresTaken !== '' ? { measures_taken: later.measuresTaken } : {}),
    ...(later.measuresPlanned !== '' ? { measures_planned: later.measuresPlanned } : {}),
  };
}

export async function breachWizard(asker: Asker, ctx: WizardContext): Promise<WizardResult> {
  const lang = ctx.lang ?? wizardLanguage(undefined, ctx.register.config?.data.languages);
  const s: Step = {
    asker,
    ctx,
    lang,
    t: wizardWords(lang),
    nowInstant: instantInZone(ctx.now, ctx.zone),
  };
  const nature = await askNature(s);
  const { discoveredAt, occurredAt } = await askTiming(s);
  const types = await askTypes(s);
  const scope = await askCategories(s);
  const numbers = await askNumbers(s);
  const crossBorder = await askCrossBorder(s);
  const facts = await askFacts(s, types, scope.dataSubjects);
  const role = await askRole(s, scope.activities);
  const categories = ctx.register.catalogs;
  ctx.checkpoint?.();
  const { decision, assessment } = await askAssessment(s, {
    types,
    cause: nature.cause,
    role,
    data_categories: assessedCategories(scope.dataCategories, categories['data-categories']),
    vulnerable_subjects: anyVulnerable(scope.dataSubjects, categories['data-subjects']),
    subjects_count: numbers.subjectsCount,
    records_count: numbers.recordsCount,
    facts,
    discovered_at: discoveredAt,
    now: ctx.now,
  });
  showContact(s);
  const later = await askConsequencesAndMeasures(s);
  const letter = notificationDuties({ role, assessment }).subjects ? await askLetter(s) : undefined;
  const id = await askId(s, discoveredAt, nature.title);
  const incident = incidentOf({ nature, role, discoveredAt, occurredAt, types, scope, numbers });
  if (crossBorder !== undefined) incident.cross_border = crossBorder;
  Object.assign(incident, { facts, assessment }, laterAnswers(later));
  if (letter !== undefined) incident.subjects_letter = letter;
  return { id, incident, decision };
}

/** Said before the letter's questions: these answers are the letter, word for word. */
export const LETTER_WARNING = message('en', 'wizard', 'breach.letter.warning');

/**
 * The letter to the people (Art. 34(2)): its own answers, never the internal description. An
 * empty first answer leaves the letter for later (`gdpr breach update`). The warning comes
 * first: these answers reach the people as typed.
 */
async function askLetter(s: Step): Promise<SubjectsLetter | undefined> {
  s.ctx.print(`${s.t('breach.letter.warning')}\n`);
  const toPeople = async (qName: string, key: string): Promise<string> =>
    (
      await s.asker.input({
        name: qName,
        message: s.t('breach.letter.prefix', { message: s.t(`breach.letter.${key}`) }),
        default: '',
      })
    ).trim();
  const whatHappened = await toPeople('letter_what_happened', 'what_happened');
  if (whatHappened === '') return undefined;
  const consequences = await toPeople('letter_consequences', 'consequences');
  const whatWeDid = await toPeople('letter_what_we_did', 'what_we_did');
  const whatYouCanDo = await toPeople('letter_what_you_can_do', 'what_you_can_do');
  if (consequences === '' || whatWeDid === '') return undefined;
  return {
    what_happened: whatHappened,
    consequences,
    what_we_did: whatWeDid,
    ...(whatYouCanDo !== '' ? { what_you_can_do: whatYouCanDo } : {}),
  };
}

/**
 * The assessment as the wizard shows it: decision, reasons (in `lang`, default en), and the
 * deadline in the register's zone. Its own words are in `frameLang` (locales/<lang>/wizard.json,
 * `assessment.*`; default English): the wizard speaks the register's language.
 */
export function assessmentText(
  decision: BreachDecision,
  options: {
    zone: string;
    authority: NotifiedAuthority;
    role: IncidentRole;
    notifiedAt?: string | undefined;
    lang?: Lang;
    frameLang?: string;
    severity?: Severity;
  },
): string {
  const t = wizardWords(options.frameLang ?? 'en');
  const yes = (b: boolean) => t(b ? 'assessment.yes' : 'assessment.no');
  const lines = [
    '',
    t('assessment.title'),
    `  ${t('assessment.risk', { risk: t(`assessment.risk_${decision.risk}`) })}`,
  ];
  if (options.role === 'processor') lines.push(`  ${t('assessment.notify_controller_yes')}`);
  else
    lines.push(
      `  ${t('assessment.notify_authority', { authority: options.authority.short, answer: yes(decision.notify_authority) })}`,
      `  ${t('assessment.tell_people', { answer: yes(decision.notify_subjects) })}` +
        (decision.exemption ? t('assessment.exemption', { exemption: decision.exemption }) : ''),
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
    frameLang?: string;
  },
): string {
  const lang = options.frameLang ?? 'en';
  const t = wizardWords(lang);
  const when = (iso: string) =>
    describeInstant(new Date(iso), options.zone, lang).replace(/ \(UTC[^)]*\)$/, '');
  const authority = options.authority.short;
  if (options.role === 'processor') {
    return options.notifiedAt
      ? t('deadline.controller_notified', { when: when(options.notifiedAt) })
      : t('deadline.notify_controller');
  }
  if (options.notifiedAt) {
    const hours = breachNotificationHours();
    const late = instantTime(options.notifiedAt) - instantTime(decision.deadline);
    return late > 0
      ? t('deadline.notified_late', {
          authority,
          when: when(options.notifiedAt),
          late: Math.ceil(late / 3_600_000),
          hours,
        })
      : t('deadline.notified_in_time', { authority, when: when(options.notifiedAt), hours });
  }
  if (!decision.notify_authority) return t('deadline.none_due');
  return t('deadline.notify_by', {
    authority,
    when: when(decision.deadline),
    left: hoursLeftInWords(decision.hours_left, lang),
  });
}
