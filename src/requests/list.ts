/**
 * The requests of the register with their due dates, for `gdpr request list` and `gdpr due`.
 * Due dates come from `requestDue` (src/model/requests.ts), the function the
 * request-overdue rule uses, so that the list and `gdpr check` never disagree.
 */
import { requestDue } from '../model/requests.js';
import { daysBetween, type HolidayCalendar } from '../law/deadlines.js';
import type { Register } from '../register/load.js';
import type { RequestStatus, RequestType } from '../types/register.js';
import { listJson } from '../json.js';
import { formatTable } from '../render/table.js';
import { titleWithId } from '../render/title.js';

export interface RequestRow {
  id: string;
  type: RequestType;
  received: string;
  /** The date the answer is owed by, extension included (Art. 12(3)). */
  due: string;
  status: RequestStatus;
  /** Days from today to the due date, negative when late; null once the request is closed. */
  days_left: number | null;
}

function compareRows(a: RequestRow, b: RequestRow): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Every request, sorted by due date then id. */
export function requestRows(
  register: Register,
  calendar: HolidayCalendar | undefined,
  today: string,
): (RequestRow & { extended: boolean; reference?: string })[] {
  return [...register.records.request.values()]
    .map((record) => {
      const due = requestDue(record.data, calendar);
      return {
        id: record.id,
        type: record.data.type,
        received: record.data.received,
        due: due.effectiveDue,
        status: record.data.status,
        days_left: record.data.status === 'open' ? daysBetween(today, due.effectiveDue) : null,
        extended: due.extendedDue !== undefined,
        ...(record.data.reference !== undefined ? { reference: record.data.reference } : {}),
      };
    })
    .sort(compareRows);
}

/** An open request past its due date (the day itself is still in time, Reg. 1182/71 Art. 3(2)(c)). */
export function isOverdue(row: RequestRow): boolean {
  return row.days_left !== null && row.days_left < 0;
}

export function filterRequestRows<T extends RequestRow>(
  rows: readonly T[],
  filter: { open?: boolean; overdue?: boolean },
): T[] {
  return rows.filter(
    (row) => (!filter.open || row.status === 'open') && (!filter.overdue || isOverdue(row)),
  );
}

/** Exactly the fields of the JSON output, in this order. */
export function requestJson(rows: readonly RequestRow[]): string {
  const plain = rows.map(({ id, type, received, due, status, days_left }) => ({
    id,
    type,
    received,
    due,
    status,
    days_left,
  }));
  return listJson('requests', plain);
}

export function requestTable(
  rows: readonly (RequestRow & { extended?: boolean; reference?: string })[],
): string {
  if (rows.length === 0) return 'No request matches.\n';
  return formatTable(
    ['REQUEST', 'TYPE', 'RECEIVED', 'DUE', 'STATUS', 'DAYS LEFT'],
    rows.map((row) => [
      titleWithId(row.reference, row.id),
      row.type,
      row.received,
      row.extended ? `${row.due} (extended)` : row.due,
      row.status,
      row.days_left === null
        ? '-'
        : row.days_left < 0
          ? `${row.days_left} (late)`
          : String(row.days_left),
    ]),
  );
}
