/**
 * Questions about a recorded breach that the check rules and the breach commands must answer
 * alike (Arts. 33, 34): whether the assessment calls for notifying the authority or the people.
 */
import { deadlineValue } from '../law/deadlines.js';
import type { Incident } from '../types/register.js';

export type BreachAssessment = NonNullable<Incident['assessment']>;

/**
 * Whether the assessment calls for notifying the supervisory authority: the recorded decision,
 * else the Art. 33(1) threshold from the law data (notify unless the breach is unlikely to result
 * in a risk; a pending reform would notify high risks only).
 */
export function mustNotifyAuthority(assessment: BreachAssessment): boolean {
  if (assessment.notify_authority !== undefined) return assessment.notify_authority;
  const threshold = deadlineValue('breach_notification_threshold').value;
  return threshold === 'high-risk' ? assessment.risk === 'high' : assessment.risk !== 'none';
}

/**
 * Whether the people must be told (Art. 34(1)): a likely high risk, or a decision to tell them
 * anyway. An Art. 34(3) exemption is a separate question (it lifts the duty, it does not remove
 * the high risk).
 */
export function mustCommunicateToSubjects(assessment: BreachAssessment): boolean {
  return assessment.risk === 'high' || assessment.notify_subjects === true;
}
