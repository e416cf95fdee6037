/**
 * `gdpr due` output: a text table, or an iCalendar file for a shared calendar. The iCalendar
 * output is reproducible — the same register and the same `--today` give the same bytes — so
 * that it can be committed or published without noise: UIDs are derived from the deadline
 * (`<kind>-<id>@gdpr-cli.example`, so a re-import updates the event instead of adding a copy)
 * and DTSTAMP is `--today` at 00:00Z instead of the clock. A breach duty is an event from awareness
 * (or, for an Art. 33(4) follow-up, from the first notification) until its deadline, with a
 * display alarm REMINDER_SECONDS before the deadline.
 */
import { daysBetween } from '../law/deadlines.js';
import type { CalendarEntry } from './deadlines.js';
import { formatTable } from '../render/table.js';

export const UID_DOMAIN = 'gdpr-cli.example';

/** A breach event reminds its attendees this long before its deadline (VALARM). */
export const REMINDER_SECONDS = 24 * 3600;

function when(entry: CalendarEntry, today: string): string {
  const days = daysBetween(today, entry.date);
  if (days === 0) return 'today';
  if (days < 0) return `${-days} day${days === -1 ? '' : 's'} late`;
  return `in ${days} day${days === 1 ? '' : 's'}`;
}

export function calendarTable(entries: readonly CalendarEntry[], today: string): string {
  if (entries.length === 0) return 'No deadline.\n';
  return formatTable(
    ['DATE', 'WHEN', 'KIND', 'RECORD', 'TITLE'],
    entries.map((entry) => [
      // A breach clock ends at an instant: show the time in the awareness offset.
      entry.instant
        ? `${entry.date} ${entry.instant.slice(11, 16)}${entry.instant.slice(19).replace(/^\.\d+/, '')}`
        : entry.date,
      when(entry, today),
      entry.kind,
      entry.record,
      entry.title,
    ]),
  );
}

export function eventUid(entry: Pick<CalendarEntry, 'kind' | 'id'>): string {
  return `${entry.kind}-${entry.id}@${UID_DOMAIN}`;
}

/** The iCalendar text; ical-generator is loaded only for this format. */
export async function calendarIcs(
  entries: readonly CalendarEntry[],
  options: { today: string; name: string },
): Promise<string> {
  const { default: ical, ICalAlarmRelatesTo, ICalAlarmType } = await import('ical-generator');
  const stamp = new Date(`${options.today}T00:00:00Z`);
  const calendar = ical({
    name: options.name,
    prodId: { company: UID_DOMAIN, product: 'gdpr', language: 'EN' },
  });
  for (const entry of entries) {
    const event = calendar.createEvent({
      id: eventUid(entry),
      stamp,
      summary: `[gdpr] ${entry.title}`,
      description: `File: ${entry.file}\nBasis: ${entry.basis}`,
      ...(entry.instant !== undefined
        ? // A breach clock lasts from awareness until its deadline, so a calendar shows it running.
          { start: new Date(entry.start ?? entry.instant), end: new Date(entry.instant) }
        : // ical-generator writes an all-day date from the UTC fields when no time zone is set.
          { start: new Date(`${entry.date}T00:00:00Z`), allDay: true }),
    });
    if (entry.instant !== undefined) {
      // ical-generator's constructor ignores `relatesTo`: set it through the method.
      event
        .createAlarm({
          type: ICalAlarmType.display,
          trigger: REMINDER_SECONDS,
          description: `[gdpr] ${entry.title}`,
        })
        .relatesTo(ICalAlarmRelatesTo.end);
    }
  }
  return calendar.toString();
}
