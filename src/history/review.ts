/**
 * `gdpr diff --record-review`: a review record (reviews/<date>.yaml) naming who reviewed, the
 * change reviewed and the fingerprint of every active activity as it is now.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomicSync } from '../fsx/write.js';
import { activeActivities } from '../model/activities.js';
import { activityFingerprint } from '../model/reviews.js';
import { RECORD_DIRS } from '../register/kinds.js';
import type { Register } from '../register/load.js';
import { inSchemaOrder, newRecordText } from '../register/record-file.js';
import type { Review } from '../types/register.js';
import type { DiffReport } from './render.js';

/** Writes the review record and returns its absolute path; never replaces an existing one. */
export function recordReview(
  register: Register,
  report: DiffReport,
  reviewer: string,
  today: string,
): string {
  const dir = join(register.root, RECORD_DIRS.review);
  let id = today;
  for (let n = 2; existsSync(join(dir, `${id}.yaml`)); n++) id = `${today}-${n}`;
  const file = join(dir, `${id}.yaml`);
  const review: Review = {
    date: today,
    reviewer,
    since: report.since,
    from_commit: report.from.sha,
    ...(report.to !== undefined && !report.dirty ? { to_commit: report.to.sha } : {}),
    changes: report.changes.length,
    activities: activeActivities(register)
      .map((a) => ({ id: a.id, fingerprint: activityFingerprint(a.data) }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
  writeFileAtomicSync(file, newRecordText('review', file, inSchemaOrder('review', review)));
  return file;
}
