/**
 * The questions of `gdpr breach update`: what happened after the assessment — the
 * notification of the authority (Art. 33(1), (4)), the communication to the people
 * (Art. 34), the notice to the controller when we are a processor (Art. 33(2)), the
 * consequences and measures (Art. 33(3)(c), (d)), and closing the record. Answers become a
 * list of changes applied to the file in place, so comments and key order survive.
 */
import { authorityById } from '../law/authorities.js';
import { breachDeadline, instantTime } from '../law/deadlines.js';
import { InvalidAnswerError, type Asker, type Choice } from '../prompts/asker.js';
import type { Count, Incident } from '../types/register.js';
import { countText, formatCount, parseCount } from './categories.js';
import { wizardWords, type Words } from '../prompts/language.js';
import { describeInstant, instantAnswer, instantInZone } from './zone.js';

export type UpdateTopic = 'authority' | 'subjects' | 'controller' | 'measures' | 'close';

export const BREACH_UPDATE_ANSWERS = [
  'record',
  'authority_at',
  'authority',
  'authority_reference',
  'authority_phased',
  'late_reason',
  'subjects_at',
  'subjects_channel',
  'subjects_count',
  'controller_at',
  'consequences',
  'measures_taken',
  'measures_planned',
  'closed_at',
] as const;

export interface Change {
  path: string[];
  value: unknown;
}

export interface UpdateContext {
  incident: Incident;
  now: Date;
  zone: string;
  /** Id of the authority gdpr.yaml names (a built-in one), the default answer. */
  authorityId?: string;
  /** Answer names present in `--answers`, to preselect the topics they belong to. */
  answered: readonly string[];
  /** The language of the questions (locales/<lang>/wizard.json); default English. */
  lang?: string;
  /** The zone a local time without offset is read in (gdpr.yaml `time_zone`). */
  localZone?: string | undefined;
  /** Shows a local time read back with its offset. */
  print?: (text: string) => void;
}

const TOPIC_OF: Readonly<Record<string, UpdateTopic>> = {
  authority_at: 'authority',
  authority: 'authority',
  authority_reference: 'authority',
  authority_phased: 'authority',
  late_reason: 'authority',
  subjects_at: 'subjects',
  subjects_channel: 'subjects',
  subjects_count: 'subjects',
  controller_at: 'controller',
  consequences: 'measures',
  measures_taken: 'measures',
  measures_planned: 'measures',
  closed_at: 'close',
};

/** What every step of the update reads. */
interface UpdateStep {
  asker: Asker;
  ctx: UpdateContext;
  t: Words;
  nowInstant: string;
}

/** An instant not before awareness: RFC 3339, or a local time in the register's zone. */
async function askInstant(s: UpdateStep, name: string): Promise<string> {
  const { ctx, t } = s;
  const zone = ctx.localZone;
  const awareness = ctx.incident.discovered_at;
  const hint = zone !== undefined ? t('update.local_hint', { zone }) : t('update.offset_hint');
  const answer = await s.asker.input({
    name,
    message: t(`update.${name}`, { hint }),
    default: s.nowInstant,
    validate: (v) => {
      const read = instantAnswer(v, zone, t);
      if ('error' in read) return read.error;
      return instantTime(read.iso) < instantTime(awareness)
        ? t('update.before_awareness', { awareness })
        : true;
    },
  });
  const read = instantAnswer(answer, zone, t);
  if ('error' in read) return answer.trim();
  if (read.local && zone !== undefined)
    ctx.print?.(`${t('common.local_time.shown', { value: answer.trim(), zone, iso: read.iso })}\n`);
  return read.iso;
}

/** The topics that apply to this incident; an answer for another one is refused. */
async function askTopics(s: UpdateStep): Promise<UpdateTopic[]> {
  const { ctx, t } = s;
  const role = ctx.incident.role ?? 'controller';
  const values: UpdateTopic[] =
    role === 'controller' ? ['authority', 'subjects', 'measures'] : ['controller', 'measures'];
  if (ctx.incident.status === 'open') values.push('close');
  const choices: Choice<UpdateTopic>[] = values.map((value) => ({
    value,
    name: t(`update.topic.${value}`),
  }));
  for (const name of ctx.answered) {
    const topic = TOPIC_OF[name];
    if (topic !== undefined && !values.includes(topic)) {
      const why = topic === 'close' ? 'closed' : role === 'processor' ? 'processor' : 'controller';
      throw new InvalidAnswerError(t(`update.not_applicable.${why}`, { name }));
    }
  }
  // Topics whose answers are given are preselected; with none, the question must be answered.
  const preselected = [
    ...new Set(
      ctx.answered.map((a) => TOPIC_OF[a]).filter((topic): topic is UpdateTopic => !!topic),
    ),
  ];
  return s.asker.checkbox<UpdateTopic>({
    name: 'record',
    message: t('update.record.message'),
    choices,
    ...(preselected.length > 0 ? { default: preselected } : {}),
    validate: (v) => (v.length === 0 ? t('update.record.none') : true),
  });
}

/** Art. 33(1), (4): when, to whom, the reference, phases, and the reasons for a late one. */
async function askAuthority(s: UpdateStep): Promise<Change> {
  const { asker, ctx, t } = s;
  const at = await askInstant(s, 'authority_at');
  const existing = ctx.incident.notifications?.authority;
  const authority = (
    await asker.input({
      name: 'authority',
      message: t('update.authority.message'),
      default: existing?.authority ?? ctx.authorityId ?? '',
      validate: (v) =>
        v.trim() === '' || authorityById(v.trim())
          ? true
          : t('update.authority.unknown', { id: v.trim() }),
    })
  ).trim();
  const reference = (
    await asker.input({
      name: 'authority_reference',
      message: t('update.authority_reference'),
      default: existing?.reference ?? '',
    })
  ).trim();
  const phased = await asker.confirm({
    name: 'authority_phased',
    message: t('update.authority_phased'),
    default: existing?.phased ?? false,
  });
  const { deadline, hours } = breachDeadline(ctx.incident.discovered_at);
  let lateReason: string | null = null;
  if (instantTime(at) > deadline.getTime()) {
    const due = describeInstant(deadline, ctx.zone);
    lateReason = (
      await asker.input({
        name: 'late_reason',
        message: t('update.late_reason.message', { hours, due }),
        ...(existing?.late_reason ? { default: existing.late_reason } : {}),
        validate: (v) => (v.trim() === '' ? t('update.late_reason.required', { hours }) : true),
      })
    ).trim();
  }
  const value: Record<string, unknown> = { at };
  if (authority !== '') value.authority = authority;
  if (reference !== '') value.reference = reference;
  value.phased = phased;
  value.late_reason = lateReason;
  return { path: ['notifications', 'authority'], value };
}

/** Art. 34: when and how the people were told, and how many. */
async function askSubjects(s: UpdateStep): Promise<Change> {
  const { asker, ctx, t } = s;
  const at = await askInstant(s, 'subjects_at');
  const told = ctx.incident.notifications?.subjects;
  const channel = (
    await asker.input({
      name: 'subjects_channel',
      message: t('update.subjects_channel.message'),
      default: told?.channel ?? '',
      validate: (v) => (v.trim() === '' ? t('update.subjects_channel.required') : true),
    })
  ).trim();
  const countAnswer = await asker.input({
    name: 'subjects_count',
    message: t('update.subjects_count'),
    default: countText(told?.count ?? ctx.incident.subjects_count) || 'unknown',
    validate: (v) => {
      const parsed = parseCount(v);
      return typeof parsed === 'string' && parsed !== 'unknown' ? parsed : true;
    },
  });
  return {
    path: ['notifications', 'subjects'],
    value: { at, channel, count: parseCount(countAnswer) },
  };
}

/** Art. 33(3)(c), (d): each answer that differs from the record becomes a change. */
async function askMeasures(s: UpdateStep): Promise<Change[]> {
  const changes: Change[] = [];
  for (const name of ['consequences', 'measures_taken', 'measures_planned'] as const) {
    const current = s.ctx.incident[name];
    const text = (
      await s.asker.input({ name, message: s.t(`update.${name}`), default: current ?? '' })
    ).trim();
    if (text !== '' && text !== current) changes.push({ path: [name], value: text });
  }
  return changes;
}

export async function breachUpdateFlow(asker: Asker, ctx: UpdateContext): Promise<Change[]> {
  const s: UpdateStep = {
    asker,
    ctx,
    t: wizardWords(ctx.lang ?? 'en'),
    nowInstant: instantInZone(ctx.now, ctx.zone),
  };
  const topics = await askTopics(s);
  const changes: Change[] = [];
  if (topics.includes('authority')) changes.push(await askAuthority(s));
  if (topics.includes('subjects')) changes.push(await askSubjects(s));
  if (topics.includes('controller')) {
    const at = await askInstant(s, 'controller_at');
    changes.push({ path: ['notifications', 'controller'], value: { at } });
  }
  if (topics.includes('measures')) changes.push(...(await askMeasures(s)));
  if (topics.includes('close')) {
    const at = await askInstant(s, 'closed_at');
    changes.push({ path: ['status'], value: 'closed' }, { path: ['closed_at'], value: at });
  }
  return changes;
}

/** One line per change, for the command's summary, in `lang` (wizard.json `update.report.*`). */
export function describeChange(change: Change, zone: string, lang = 'en'): string {
  const t = wizardWords(lang);
  const key = change.path.join('.');
  const v = change.value as Record<string, unknown>;
  const when = (at: unknown) =>
    typeof at === 'string' ? describeInstant(new Date(at), zone, lang) : '';
  switch (key) {
    case 'notifications.authority':
      return (
        t('update.report.authority', { when: when(v.at) }) +
        (typeof v.reference === 'string' || typeof v.reference === 'number'
          ? t('update.report.reference', { reference: String(v.reference) })
          : '') +
        (v.phased ? t('update.report.to_follow') : '') +
        (v.late_reason ? t('update.report.late') : '')
      );
    case 'notifications.subjects':
      return t('update.report.subjects', {
        when: when(v.at),
        channel: String(v.channel),
        count: formatCount(v.count as Count, lang),
      });
    case 'notifications.controller':
      return t('update.report.controller', { when: when(v.at) });
    case 'closed_at':
      return t('update.report.closed', { when: when(change.value) });
    case 'status':
      return t('update.report.status', { status: String(change.value) });
    default:
      return t('update.report.field', { field: key });
  }
}

/** What `breach update` prints after writing: the file, one line per change, what follows. */
export function updateReport(
  shown: string,
  changes: readonly Change[],
  zone: string,
  lang = 'en',
): string {
  const t = wizardWords(lang);
  const lines = [
    t('update.report.updated', { path: shown }),
    ...changes
      .filter((c) => c.path.join('.') !== 'status')
      .map((c) => `  ${describeChange(c, zone, lang)}`),
  ];
  const authority = changes.find((c) => c.path.join('.') === 'notifications.authority')?.value as
    { phased?: boolean } | undefined;
  if (authority?.phased) lines.push(t('update.report.phased'));
  return `${lines.join('\n')}\n`;
}
