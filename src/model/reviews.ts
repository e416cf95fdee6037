/**
 * The review log (reviews/<id>.yaml): who reviewed the register, when, and the content of each
 * activity they saw. An activity's last review is the later of its own `reviewed` date and the
 * last logged review that lists it; an activity whose content no longer matches the fingerprint
 * of its last logged review has changed since (rule review-overdue).
 */
import { nodeCrypto } from '../builtins.js';
import type { Activity, Review } from '../types/register.js';
import type { FileRecord, Register } from '../register/load.js';

export type ReviewRecord = FileRecord<Review>;

/** JSON with keys sorted at every level: the same content always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * `sha256:` and the hash of the activity's content without its `reviewed` date (recording a
 * review must not count as a change). Comments and key order do not count either.
 */
export function activityFingerprint(activity: Activity): string {
  const { reviewed: _reviewed, ...content } = activity;
  return `sha256:${nodeCrypto().createHash('sha256').update(canonical(content)).digest('hex')}`;
}

export interface LoggedReview {
  review: ReviewRecord;
  /** The activity's fingerprint recorded at that review. */
  fingerprint: string;
}

/** The last logged review listing the activity (latest date, then file id), if any. */
export function lastLoggedReview(register: Register, activityId: string): LoggedReview | undefined {
  let best: LoggedReview | undefined;
  for (const review of register.records.review.values()) {
    const entry = review.data.activities.find((a) => a.id === activityId);
    if (entry === undefined) continue;
    const later =
      best === undefined ||
      review.data.date > best.review.data.date ||
      (review.data.date === best.review.data.date && review.id > best.review.id);
    if (later) best = { review, fingerprint: entry.fingerprint };
  }
  return best;
}
