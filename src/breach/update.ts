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
import { validateInstant } from './wizard.js';
import { describeInstant, instantInZone } from './zone.js';

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

export async function breachUpdateFlow(asker: Asker, ctx: UpdateContext): Promise<Change[]> {
  const { incident, now, zone } = ctx;
  const role = incident.role ?? 'controller';
  const nowInstant = instantInZone(now, zone);
  const instant = async (name: string, message: string, notBefore?: string): Promise<string> =>
    (
      await asker.input({
        name,
        message,
        default: nowInstant,
        validate: (v) => {
          const ok = validateInstant(v);
          if (ok !== true) return ok;
          if (notBefore !== undefined && instantTime(v.trim()) < instantTime(notBefore))
            return `it cannot be before awareness (${notBefore})`;
          return true;
        },
      })
    ).trim();

  const choices: Choice<UpdateTopic>[] = [];
  if (role === 'controller') {
    choices.push({
      value: 'authority',
      name: 'The notification of the supervisory authority (Art. 33(1), (4))',
    });
    choices.push({ value: 'subjects', name: 'The communication to the people (Art. 34)' });
  } else {
    choices.push({ value: 'controller', name: 'The notice to the controller (Art. 33(2))' });
  }
  choices.push({ value: 'measures', name: 'Consequences and measures (Art. 33(3)(c), (d))' });
  if (incident.status === 'open') choices.push({ value: 'close', name: 'Closing the incident' });
  for (const name of ctx.answered) {
    const topic = TOPIC_OF[name];
    if (topic !== undefined && !choices.some((c) => c.value === topic)) {
      throw new InvalidAnswerError(
        `answer \`${name}\` does not apply: ${topic === 'close' ? 'the incident is already closed' : role === 'processor' ? 'a processor notifies the controller (Art. 33(2)), not the authority or the people' : 'only a processor notifies a controller (Art. 33(2))'}`,
      );
    }
  }
  // Topics whose answers are given are preselected; with none, the question must be answered.
  const preselected = [
    ...new Set(
      ctx.answered.map((a) => TOPIC_OF[a]).filter((t): t is UpdateTopic => t !== undefined),
    ),
  ];
  const topics = await asker.checkbox<UpdateTopic>({
    name: 'record',
    message: 'What do you want to record?',
    choices,
    ...(preselected.length > 0 ? { default: preselected } : {}),
    validate: (v) => (v.length === 0 ? 'choose at least one' : true),
  });

  const changes: Change[] = [];
  if (topics.includes('authority')) {
    const at = await instant(
      'authority_at',
      'When was the authority notified? (RFC 3339 with offset)',
      incident.discovered_at,
    );
    const existing = incident.notifications?.authority;
    const authority = (
      await asker.input({
        name: 'authority',
        message: 'Which authority (id, e.g. fr)?',
        default: existing?.authority ?? ctx.authorityId ?? '',
        validate: (v) =>
          v.trim() === '' || authorityById(v.trim())
            ? true
            : `"${v.trim()}" is not a built-in authority id (fr, ie, de-bund, de-by-lda, uk-ico…)`,
      })
    ).trim();
    const reference = (
      await asker.input({
        name: 'authority_reference',
        message: "The authority's reference for the notification (empty if none yet)",
        default: existing?.reference ?? '',
      })
    ).trim();
    const phased = await asker.confirm({
      name: 'authority_phased',
      message:
        'Is information still to come (initial notification, completed later in phases, Art. 33(4))?',
      default: existing?.phased ?? false,
    });
    const { deadline, hours } = breachDeadline(incident.discovered_at);
    let lateReason: string | null = null;
    if (instantTime(at) > deadline.getTime()) {
      lateReason = (
        await asker.input({
          name: 'late_reason',
          message: `Notified after the ${hours} hours (due ${describeInstant(deadline, zone)}): the notification must give the reasons for the delay (Art. 33(1))`,
          ...(existing?.late_reason ? { default: existing.late_reason } : {}),
          validate: (v) =>
            v.trim() === ''
              ? `the reasons for the delay are required after ${hours} hours (Art. 33(1))`
              : true,
        })
      ).trim();
    }
    const value: Record<string, unknown> = { at };
    if (authority !== '') value.authority = authority;
    if (reference !== '') value.reference = reference;
    value.phased = phased;
    value.late_reason = lateReason;
    changes.push({ path: ['notifications', 'authority'], value });
  }
  if (topics.includes('subjects')) {
    const at = await instant(
      'subjects_at',
      'When were the people told? (RFC 3339 with offset)',
      incident.discovered_at,
    );
    const channel = (
      await asker.input({
        name: 'subjects_channel',
        message: 'How? (e.g. email, letter, public communication under Art. 34(3)(c))',
        default: incident.notifications?.subjects?.channel ?? '',
        validate: (v) => (v.trim() === '' ? 'say how the people were told' : true),
      })
    ).trim();
    const countAnswer = await asker.input({
      name: 'subjects_count',
      message: 'How many people were told? (120, 100-500, 1000+ or unknown)',
      default:
        countText(incident.notifications?.subjects?.count ?? incident.subjects_count) || 'unknown',
      validate: (v) => {
        const parsed = parseCount(v);
        return typeof parsed === 'string' && parsed !== 'unknown' ? parsed : true;
      },
    });
    changes.push({
      path: ['notifications', 'subjects'],
      value: { at, channel, count: parseCount(countAnswer) },
    });
  }
  if (topics.includes('controller')) {
    const at = await instant(
      'controller_at',
      'When was the controller notified? (RFC 3339 with offset)',
      incident.discovered_at,
    );
    changes.push({ path: ['notifications', 'controller'], value: { at } });
  }
  if (topics.includes('measures')) {
    for (const [name, message] of [
      ['consequences', 'Likely consequences for the people (Art. 33(3)(c))'],
      [
        'measures_taken',
        'Measures taken to address the breach and mitigate its effects (Art. 33(3)(d))',
      ],
      [
        'measures_planned',
        'Measures planned, including to prevent it happening again (Art. 33(3)(d))',
      ],
    ] as const) {
      const current = incident[name];
      const text = (await asker.input({ name, message, default: current ?? '' })).trim();
      if (text !== '' && text !== current) changes.push({ path: [name], value: text });
    }
  }
  if (topics.includes('close')) {
    const at = await instant(
      'closed_at',
      'Closed at (RFC 3339 with offset)',
      incident.discovered_at,
    );
    changes.push({ path: ['status'], value: 'closed' }, { path: ['closed_at'], value: at });
  }
  return changes;
}

/** One line per change, for the command's summary. */
export function describeChange(change: Change, zone: string): string {
  const key = change.path.join('.');
  const v = change.value as Record<string, unknown>;
  const when = (at: unknown) => (typeof at === 'string' ? describeInstant(new Date(at), zone) : '');
  switch (key) {
    case 'notifications.authority':
      return `authority notified ${when(v.at)}${typeof v.reference === 'string' || typeof v.reference === 'number' ? `, reference ${String(v.reference)}` : ''}${v.phased ? ', information to follow (Art. 33(4))' : ''}${v.late_reason ? ', with the reasons for the delay' : ''}`;
    case 'notifications.subjects':
      return `people told ${when(v.at)} by ${String(v.channel)} (${formatCount(v.count as Count)})`;
    case 'notifications.controller':
      return `controller notified ${when(v.at)}`;
    case 'closed_at':
      return `closed ${when(change.value)}`;
    case 'status':
      return `status ${String(change.value)}`;
    default:
      return `${key} updated`;
  }
}
