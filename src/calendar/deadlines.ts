/**
 * Every deadline of the register in one list (`gdpr due`): breach clocks (Art. 33(1), 33(2)),
 * request due dates (Art. 12(3)), reviews of the record (Art. 24(1)), DPIA reviews (Art. 35(11))
 * and the end of keeping a retired activity's record (Belgian APD advice, LAW.md §1.1). Each
 * date comes from the module the matching `gdpr check` rule uses, so the calendar and the check
 * never disagree.
 */
import { loadLawData } from '../law/data.js';
import type { LawDataFile } from '../law/types.js';
import { breachDuties, DUTY_ARTICLES, type BreachDuty, type DutyKind } from '../model/breaches.js';
import { requestDue } from '../model/requests.js';
import { activeActivities, reviewPeriod } from '../model/activities.js';
import { daysBetween, type HolidayCalendar } from '../law/deadlines.js';
import { addDuration, parseDuration } from '../law/duration.js';
import { dpiaTitle } from '../model/titles.js';
import { titleWithId } from '../render/title.js';
import type { Register } from '../register/load.js';
import type { Incident } from '../types/register.js';
import { localise } from '../render/words.js';
import { rightInfo } from '../model/rights.js';
import { listJson } from '../json.js';

export const DEADLINE_KINDS = [
  'breach-notification',
  'controller-notification',
  'subjects-communication',
  'breach-follow-up',
  'request',
  'activity-review',
  'dpia-review',
  'retention-review',
] as const;

export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface CalendarEntry {
  /** YYYY-MM-DD; for a breach clock, the deadline instant's date in its own offset. */
  date: string;
  kind: DeadlineKind;
  /** The record's id (file name stem). */
  id: string;
  /** The record as a person reads it: "Title (id)". */
  record: string;
  /** The record's file, relative to the register root. */
  file: string;
  title: string;
  /** The date is before today. */
  overdue: boolean;
  /** For breach clocks: the deadline instant (RFC 3339, awareness offset). */
  instant?: string;
  /** For breach clocks: when the clock started (awareness, or the first notification for a follow-up). */
  start?: string;
  /**
   * For breach duties: `fixed` (the authority's 72 hours) or `without undue delay` (no fixed
   * period: the date is the project's reading in law data, or the one the organisation set).
   */
  period?: 'fixed' | 'without undue delay';
  /** The article or guidance the deadline comes from. */
  basis: string;
}

interface RecordKeepingFile extends LawDataFile {
  retired_activity_record: { duration: string; reference: string };
}

/** data/law/record-keeping.json: how long a retired activity's record is kept. */
export function retiredRecordKeeping(): { duration: string; reference: string } {
  return loadLawData<RecordKeepingFile>('record-keeping').retired_activity_record;
}

function isBefore(date: string, today: string): boolean {
  return daysBetween(today, date) < 0;
}

const DUTY_KINDS: Readonly<Record<DutyKind, DeadlineKind>> = {
  authority: 'breach-notification',
  subjects: 'subjects-communication',
  controller: 'controller-notification',
  'follow-up': 'breach-follow-up',
};

function dutyTitle(duty: BreachDuty, incident: Incident): string {
  switch (duty.kind) {
    case 'authority':
      return duty.assessFirst
        ? `Assess the breach and notify the authority unless it is unlikely to result in a risk: ${incident.title}`
        : `Notify the supervisory authority of the breach: ${incident.title}`;
    case 'controller':
      return `Notify the controller of the breach: ${incident.title}`;
    case 'subjects':
      return `Tell the people concerned of the breach, without undue delay: ${incident.title}`;
    case 'follow-up': {
      const when = duty.deadline === null ? ' (no date recorded in `follow_up.due`)' : '';
      return `Send the authority the information still missing from the notification${when}: ${incident.title}`;
    }
  }
}

/** Each open duty of each breach (src/model/breaches.ts `breachDuties`), one entry per duty. */
function breachEntries(
  register: Register,
  today: string,
  push: (entry: Omit<CalendarEntry, 'overdue'>) => void,
): void {
  const now = new Date(`${today}T00:00:00Z`);
  for (const record of register.records.incident.values()) {
    const incident: Incident = record.data;
    for (const duty of breachDuties(incident, now)) {
      if (duty.state === 'done') continue;
      // An instant the deadline module cannot read has no clock; breach-notification-overdue says why.
      if (duty.deadline === null && duty.kind !== 'follow-up') continue;
      const start =
        duty.kind === 'follow-up' ? incident.notifications?.authority?.at : incident.discovered_at;
      push({
        id: record.id,
        record: titleWithId(incident.title, record.id),
        file: record.file.relPath,
        kind: DUTY_KINDS[duty.kind],
        // A follow-up without a date is due now.
        date: duty.deadline === null ? today : duty.deadline.slice(0, 10),
        ...(duty.deadline !== null ? { instant: duty.deadline } : {}),
        ...(duty.deadline !== null && start !== undefined ? { start } : {}),
        period: duty.period === 'fixed' ? 'fixed' : 'without undue delay',
        title: dutyTitle(duty, incident),
        basis: DUTY_ARTICLES[duty.kind],
      });
    }
  }
}

/**
 * The register's deadlines, soonest first, then in the order of DEADLINE_KINDS (legal clocks
 * before reviews), then by id.
 */
export function collectDeadlines(
  register: Register,
  calendar: HolidayCalendar | undefined,
  today: string,
): CalendarEntry[] {
  const language = register.config?.data.languages?.[0] ?? 'en';
  const entries: CalendarEntry[] = [];
  const push = (entry: Omit<CalendarEntry, 'overdue'>): void => {
    entries.push({ ...entry, overdue: isBefore(entry.date, today) });
  };

  breachEntries(register, today, push);

  for (const record of register.records.request.values()) {
    if (record.data.status !== 'open') continue;
    const right = rightInfo(record.data.type);
    const reference = record.data.reference !== undefined ? ` ${record.data.reference}` : '';
    push({
      date: requestDue(record.data, calendar).effectiveDue,
      kind: 'request',
      id: record.id,
      record: titleWithId(record.data.reference, record.id),
      file: record.file.relPath,
      title: `Answer the ${record.data.type} request${reference} (${right.article})`,
      basis: 'GDPR Art. 12(3)',
    });
  }

  const keeping = retiredRecordKeeping();
  for (const record of register.records.activity.values()) {
    const activity = record.data;
    if (activity.status !== 'retired' || activity.retired_on === undefined) continue;
    push({
      date: addDuration(activity.retired_on, keeping.duration),
      kind: 'retention-review',
      id: record.id,
      record: titleWithId(localise(activity.name, language, language), record.id),
      file: record.file.relPath,
      title:
        `Decide whether to keep the record of the retired activity ` +
        `${localise(activity.name, language, language)} (retired ${activity.retired_on})`,
      basis: keeping.reference,
    });
  }

  // The activities rule review-overdue checks (active ones), with the same period.
  for (const record of activeActivities(register)) {
    const activity = record.data;
    const period = reviewPeriod(register, activity);
    if (!isCalendarPeriod(period)) continue;
    push({
      // Never reviewed: the review is due now.
      date: activity.reviewed === undefined ? today : addDuration(activity.reviewed, period),
      kind: 'activity-review',
      id: record.id,
      record: titleWithId(localise(activity.name, language, language), record.id),
      file: record.file.relPath,
      title: `Review the record of ${localise(activity.name, language, language)}`,
      basis: 'GDPR Art. 24(1), 30(1)',
    });
  }

  for (const record of register.records.dpia.values()) {
    if (record.data.next_review === undefined) continue;
    push({
      date: record.data.next_review,
      kind: 'dpia-review',
      id: record.id,
      record: titleWithId(dpiaTitle(register, record.data), record.id),
      file: record.file.relPath,
      title: `Review the DPIA of ${record.data.activities.join(', ')}`,
      basis: 'GDPR Art. 35(11)',
    });
  }

  return entries.sort(compareEntries);
}

function isCalendarPeriod(period: string): boolean {
  try {
    addDuration('2000-01-01', period);
    return true;
  } catch {
    return false;
  }
}

export function compareEntries(a: CalendarEntry, b: CalendarEntry): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const kinds = DEADLINE_KINDS.indexOf(a.kind) - DEADLINE_KINDS.indexOf(b.kind);
  if (kinds !== 0) return kinds;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * `--within P30D`: entries up to today + the duration; overdue entries are always kept. A
 * duration with a time part (PT72H) has no meaning on a calendar and is refused.
 */
export function withinHorizon(
  entries: readonly CalendarEntry[],
  today: string,
  within: string,
): CalendarEntry[] {
  parseDuration(within);
  const horizon = addDuration(today, within);
  return entries.filter((entry) => entry.overdue || entry.date <= horizon);
}

/**
 * The JSON form: `{ date, kind, id, file, title, overdue }`, plus for a breach duty `deadline`
 * (the instant) and `period` (`fixed` or `without undue delay`).
 */
export function calendarJson(entries: readonly CalendarEntry[]): string {
  const plain = entries.map(({ date, kind, id, file, title, overdue, instant, period }) => ({
    date,
    kind,
    id,
    file,
    title,
    overdue,
    ...(period !== undefined ? { deadline: instant ?? null, period } : {}),
  }));
  return listJson('deadlines', plain);
}
