/**
 * Which activities a privacy notice covers (Arts. 13, 14): shared by the `notice-coverage` rule
 * and `gdpr notice`, so that the check and the rendered notice agree on what a notice says.
 */
import type { Notice } from '../types/register.js';
import type { Register } from '../register/load.js';
import { activities, isActive, roleOf, type ActivityRecord } from './activities.js';

/**
 * The activities a notice covers, in register order, each once:
 * - the activities it lists in `activities` (whatever their status or role: listing one is an
 *   explicit choice; unknown ids are `unknown-reference`'s business and are left out);
 * - the active activities whose `data_subjects` meet its `audience`, where we are controller or
 *   joint controller: only a controller owes the Art. 13/14 information, a processor's
 *   activities are the client's to announce (Art. 28).
 */
export function activitiesCoveredBy(register: Register, notice: Notice): ActivityRecord[] {
  const listed = new Set(notice.activities ?? []);
  const audience = new Set(notice.audience ?? []);
  return activities(register).filter((a) => {
    if (listed.has(a.id)) return true;
    if (audience.size === 0 || !isActive(a.data) || roleOf(a.data) === 'processor') return false;
    return (a.data.data_subjects ?? []).some((s) => audience.has(s));
  });
}
