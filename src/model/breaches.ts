/**
 * Questions about a recorded breach that the check rules and the breach commands must answer
 * alike (Arts. 33, 34): whether the assessment calls for notifying the authority or the people.
 * `gdpr check`, `breach list`, `breach new`, the drafts and the assessment of the facts
 * (src/breach/assess.ts) all read the thresholds and the recorded decision from here.
 */
import { deadlineValue } from '../law/deadlines.js';
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
export function notificationDuties(incident: Pick<Incident, 'role' | 'assessment'>): NotificationDuties {
  if ((incident.role ?? 'controller') === 'processor') return { authority: false, subjects: false, controller: true };
  const assessment = incident.assessment;
  if (assessment === undefined) return { authority: false, subjects: false, controller: false };
  const exemption = assessment.exemption ?? null;
  const exempted = exemption !== null && exemption !== 'disproportionate-effort';
  return { authority: mustNotifyAuthority(assessment), subjects: mustCommunicateToSubjects(assessment) && !exempted, controller: false };
}
