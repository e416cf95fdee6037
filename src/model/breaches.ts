/**
 * Questions about a recorded breach that the check rules and the breach commands must answer
 * alike (Arts. 33, 34): whether the assessment calls for notifying the authority or the people.
 * `gdpr check`, `breach list`, `breach new`, the drafts and the assessment of the facts
 * (src/breach/assess.ts) all read the thresholds and the recorded decision from here.
 */
import {
  breachDeadline,
  deadlineValue,
  instantTime,
  subjectsCommunicationDeadline,
} from '../law/deadlines.js';
import type { Incident } from '../types/register.js';

export type BreachAssessment = NonNullable<Incident['assessment']>;
type RiskLevel = BreachAssessment['risk'];

/**
 * The Art. 33(1) threshold from the law data: whether a risk level calls for notifying the
 * authority (notify unless the breach is unlikely to result in a risk; a pending reform would
 * notify high risks only).
 */
export function riskCallsForAuthority(risk: RiskLevel): boolean {
  const threshold = deadlineValue('breach_notification_threshold').value;
  return threshold === 'high-risk' ? risk === 'high' : risk !== 'none';
}

/** The Art. 34(1) threshold: a likely high risk calls for telling the people. */
export function riskCallsForSubjects(risk: RiskLevel): boolean {
  return risk === 'high';
}

/**
 * Whether the assessment calls for notifying the supervisory authority: the recorded decision,
 * else the Art. 33(1) threshold.
 */
export function mustNotifyAuthority(assessment: BreachAssessment): boolean {
  if (assessment.notify_authority !== undefined) return assessment.notify_authority;
  return riskCallsForAuthority(assessment.risk);
}

/**
 * Whether the people must be told (Art. 34(1)): a likely high risk, or a decision to tell them
 * anyway. An Art. 34(3) exemption is a separate question (it lifts the duty, it does not remove
 * the high risk).
 */
export function mustCommunicateToSubjects(assessment: BreachAssessment): boolean {
  return riskCallsForSubjects(assessment.risk) || assessment.notify_subjects === true;
}

export interface NotificationDuties {
  /** Notify the supervisory authority (Art. 33(1)); never for a processor. */
  authority: boolean;
  /**
   * Tell the people (Art. 34(1)): called for and not lifted by an exemption. Under
   * `disproportionate-effort` (Art. 34(3)(c)) they are still told, by a public communication.
   */
  subjects: boolean;
  /** Notify the controller (Art. 33(2)): a processor, for every breach. */
  controller: boolean;
}

/**
 * What a recorded assessment obliges the organisation to do, as `gdpr check` reads it. A
 * processor notifies its controller and nobody else (Art. 33(2)). Without an assessment, no
 * duty can be read (the caller assesses the facts, or reports the missing assessment).
 */
export function notificationDuties(
  incident: Pick<Incident, 'role' | 'assessment'>,
): NotificationDuties {
  if ((incident.role ?? 'controller') === 'processor')
    return { authority: false, subjects: false, controller: true };
  const assessment = incident.assessment;
  if (assessment === undefined) return { authority: false, subjects: false, controller: false };
  const exemption = assessment.exemption ?? null;
  const exempted = exemption !== null && exemption !== 'disproportionate-effort';
  return {
    authority: mustNotifyAuthority(assessment),
    subjects: mustCommunicateToSubjects(assessment) && !exempted,
    controller: false,
  };
}

/** One duty a breach creates, until it is done. */
export type DutyKind = 'authority' | 'subjects' | 'controller' | 'follow-up';

export const DUTY_ARTICLES: Readonly<Record<DutyKind, string>> = {
  authority: 'GDPR Art. 33(1)',
  subjects: 'GDPR Art. 34(1)',
  controller: 'GDPR Art. 33(2)',
  'follow-up': 'GDPR Art. 33(4)',
};

export interface BreachDuty {
  kind: DutyKind;
  /**
   * `fixed`: a period the law sets (the authority's 72 hours); `undue-delay`: "without undue
   * delay", which has no fixed period — the deadline is then the project's reading (law data,
   * `verified: false`), the date the organisation set itself (follow-up), or null.
   */
  period: 'fixed' | 'undue-delay';
  /** The instant it is due by (RFC 3339, in the awareness offset), or null when none is set. */
  deadline: string | null;
  /** When it was done, as recorded; null while open. */
  doneAt: string | null;
  /** `open` until the deadline, `overdue` after it, `done` once recorded. */
  state: 'open' | 'overdue' | 'done';
  /** The authority duty of a breach without a recorded assessment: assess first, then notify. */
  assessFirst: boolean;
}

function deadlineIso(read: () => { deadlineIso: string }): string | null {
  try {
    return read().deadlineIso;
  } catch {
    // An instant the deadline module cannot read has no clock; breach-notification-overdue says why.
    return null;
  }
}

function duty(
  kind: DutyKind,
  period: BreachDuty['period'],
  deadline: string | null,
  doneAt: string | undefined,
  now: Date,
  assessFirst = false,
): BreachDuty {
  const state =
    doneAt !== undefined
      ? 'done'
      : deadline !== null && now.getTime() > instantTime(deadline)
        ? 'overdue'
        : 'open';
  return { kind, period, deadline, doneAt: doneAt ?? null, state, assessFirst };
}

/**
 * Every duty a breach creates, in the order they fall due, each with its deadline and its state
 * at `now`: notify the authority (Art. 33(1), 72 hours), tell the people (Art. 34(1), without
 * undue delay), as processor notify the controller (Art. 33(2), without undue delay), and send
 * the information still missing from a phased notification (Art. 33(4)). A duty recorded as
 * done stays in the list (`done`) even if the assessment did not call for it. `assessment`
 * replaces a missing recorded assessment (e.g. the one computed from the facts by `breach list`);
 * without any, the authority duty reads "assess, then notify unless unlikely to result in a risk".
 *
 * `gdpr check`, `gdpr due`, `breach list` and the calendar all read the duties from here.
 */
export function breachDuties(
  incident: Incident,
  now: Date,
  assessment: BreachAssessment | undefined = incident.assessment,
): BreachDuty[] {
  const duties: BreachDuty[] = [];
  const notifications = incident.notifications;
  const authorityDeadline = deadlineIso(() => breachDeadline(incident.discovered_at));
  if ((incident.role ?? 'controller') === 'processor') {
    // Art. 33(2): "without undue delay"; the controller's own 72 hours are the outer limit worth showing.
    duties.push(
      duty('controller', 'undue-delay', authorityDeadline, notifications?.controller?.at, now),
    );
    return duties;
  }
  const owed = notificationDuties({ role: 'controller', assessment });
  const authorityAt = notifications?.authority?.at;
  if (assessment === undefined || owed.authority || authorityAt !== undefined) {
    duties.push(
      duty(
        'authority',
        'fixed',
        authorityDeadline,
        authorityAt,
        now,
        assessment === undefined && authorityAt === undefined,
      ),
    );
  }
  const subjectsAt = notifications?.subjects?.at;
  if (owed.subjects || subjectsAt !== undefined) {
    duties.push(
      duty(
        'subjects',
        'undue-delay',
        deadlineIso(() => subjectsCommunicationDeadline(incident.discovered_at)),
        subjectsAt,
        now,
      ),
    );
  }
  const followUp = incident.follow_up;
  if (followUp !== undefined || notifications?.authority?.phased === true) {
    duties.push(duty('follow-up', 'undue-delay', followUp?.due ?? null, followUp?.sent_at, now));
  }
  return duties;
}
