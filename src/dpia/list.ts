/**
 * The DPIA records of the register as rows for `gdpr dpia list`: what each assesses, where it
 * stands, the residual risk (high → prior consultation, Art. 36(1)) and the next review
 * (Art. 35(11)).
 */
import type { Register } from '../register/load.js';
import type { DpiaStatus, ResidualRisk } from '../types/register.js';
import { formatTable } from '../render/table.js';
import { titleWithId } from '../render/title.js';
import { dpiaTitle } from '../model/titles.js';

export interface DpiaRow {
  id: string;
  /** "Title (id)": the names of the activities it assesses. */
  record: string;
  activities: string[];
  status: DpiaStatus;
  residual_risk: ResidualRisk | null;
  next_review: string | null;
}

/** Sorted by id. */
export function dpiaRows(register: Register): DpiaRow[] {
  return [...register.records.dpia.values()]
    .map((record) => ({
      id: record.id,
      record: titleWithId(dpiaTitle(register, record.data), record.id),
      activities: [...record.data.activities],
      status: record.data.status,
      residual_risk: record.data.residual_risk ?? null,
      next_review: record.data.next_review ?? null,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** `today` marks a next review that has passed (Art. 35(11): review when the risk may change). */
export function dpiaTable(rows: readonly DpiaRow[], today?: string): string {
  if (rows.length === 0) return 'No DPIA recorded (dpias/ is empty).\n';
  return formatTable(
    ['DPIA', 'ACTIVITIES', 'STATUS', 'RESIDUAL RISK', 'NEXT REVIEW'],
    rows.map((row) => [
      row.record,
      row.activities.join(', '),
      row.status,
      row.residual_risk ?? '-',
      nextReview(row.next_review, today),
    ]),
  );
}

function nextReview(date: string | null, today: string | undefined): string {
  if (date === null) return '-';
  return today !== undefined && date < today ? `${date} (overdue)` : date;
}
