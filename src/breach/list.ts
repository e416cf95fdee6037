/**
 * The breach register (Art. 33(5)): one row per incident with its decision and where it
 * stands against the 72 hours (Art. 33(1)). The decision is the one recorded in the incident
 * (a person may have overridden the assessment); without one, the assessment of the facts.
 */
import { formatTable } from '../render/table.js';
import {
  breachDuties,
  notificationDuties,
  type BreachDuty,
  type DutyKind,
} from '../model/breaches.js';
import { breachDeadline, formatInZone, hoursBetween, instantTime } from '../law/deadlines.js';
import type { Register } from '../register/load.js';
import type { Incident } from '../types/register.js';
import { assessBreach, type RiskLevel } from './assess.js';
import { assessmentInput } from './record.js';
import { hoursLeftInWords } from './zone.js';
import { titleWithId } from '../render/title.js';

export interface IncidentRow {
  id: string;
  title: string;
  status: Incident['status'];
  role: 'controller' | 'processor';
  discovered_at: string;
  risk: RiskLevel;
  notify_authority: boolean;
  notify_subjects: boolean;
  /** `recorded`: the incident's assessment; `assessed`: computed from its facts (none recorded). */
  decision_source: 'recorded' | 'assessed';
  /** Awareness + 72 h (Art. 33(1)); null for a processor, which notifies "without undue delay" (Art. 33(2)). */
  deadline: string | null;
  /** Hours left before the deadline (negative: late), while a due notification is not made; else null. */
  hours_left: number | null;
  /** When the authority (or, for a processor, the controller) was notified. */
  notified_at: string | null;
  /** Hours after the deadline the authority was notified; 0 when on time; null when not notified. */
  notified_late_by: number | null;
  subjects_notified_at: string | null;
  closed_at: string | null;
  /** Every duty of the breach with its deadline and state (src/model/breaches.ts `breachDuties`). */
  duties: {
    kind: DutyKind;
    deadline: string | null;
    period: BreachDuty['period'];
    state: BreachDuty['state'];
    done_at: string | null;
  }[];
}

const round1 = (h: number): number => {
  const r = (Math.sign(h) * Math.round(Math.abs(h) * 10)) / 10;
  return Object.is(r, -0) ? 0 : r;
};

function instantOrder(a: IncidentRow, b: IncidentRow): number {
  return (
    instantTime(a.discovered_at) - instantTime(b.discovered_at) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function incidentRows(
  register: Register,
  now: Date,
  options: { open?: boolean } = {},
): IncidentRow[] {
  const rows: IncidentRow[] = [];
  for (const { id, data } of register.records.incident.values()) {
    if (options.open && data.status !== 'open') continue;
    const role = data.role ?? 'controller';
    const recorded = data.assessment;
    // The recorded decision as `gdpr check` reads it; without one, the assessment of the facts.
    const assessment =
      recorded ??
      (({ risk, notify_authority, notify_subjects, exemption }) => ({
        risk,
        notify_authority,
        notify_subjects,
        exemption,
      }))(assessBreach(assessmentInput(data, register, now)));
    const risk = assessment.risk;
    const duties = notificationDuties({ role, assessment });
    // For a processor, `notify_authority` reads "notify the controller" (Art. 33(2)), as in `breach assess`.
    const notifyAuthority = duties.authority || duties.controller;
    const notifySubjects = duties.subjects;
    const notifiedAt =
      (role === 'processor'
        ? data.notifications?.controller?.at
        : data.notifications?.authority?.at) ?? null;
    const deadline = breachDeadline(data.discovered_at);
    let hoursLeft: number | null = null;
    if (role === 'controller' && notifyAuthority && notifiedAt === null && data.status === 'open')
      hoursLeft = round1(hoursBetween(now, deadline.deadline));
    let lateBy: number | null = null;
    if (role === 'controller' && notifiedAt !== null)
      lateBy = Math.max(0, round1(hoursBetween(deadline.deadline, new Date(notifiedAt))));
    rows.push({
      id,
      title: data.title,
      status: data.status,
      role,
      discovered_at: data.discovered_at,
      risk,
      notify_authority: notifyAuthority,
      notify_subjects: notifySubjects,
      decision_source: recorded ? 'recorded' : 'assessed',
      deadline: role === 'processor' ? null : deadline.deadlineIso,
      hours_left: hoursLeft,
      notified_at: notifiedAt,
      notified_late_by: lateBy,
      subjects_notified_at: data.notifications?.subjects?.at ?? null,
      closed_at: data.closed_at ?? null,
      duties: breachDuties(data, now, assessment).map((d) => ({
        kind: d.kind,
        deadline: d.deadline,
        period: d.period,
        state: d.state,
        done_at: d.doneAt,
      })),
    });
  }
  return rows.sort(instantOrder);
}

export function decisionWords(row: IncidentRow): string {
  if (row.role === 'processor') return 'notify the controller';
  if (!row.notify_authority) return 'document only';
  return row.notify_subjects ? 'authority + people' : 'authority';
}

function timeWords(row: IncidentRow): string {
  if (row.role === 'processor')
    return row.notified_at
      ? 'notified'
      : row.status === 'open'
        ? 'without undue delay'
        : 'not notified';
  if (!row.notify_authority) return '—';
  if (row.notified_at !== null)
    return row.notified_late_by
      ? `notified ${Math.ceil(row.notified_late_by)} h late`
      : 'notified on time';
  if (row.hours_left === null) return 'not notified';
  return hoursLeftInWords(row.hours_left);
}

type RowDuty = IncidentRow['duties'][number];

/** One duty's cell: done (when), the time left or late, or "without undue delay" with the date this project reads. */
function dutyWords(row: IncidentRow, kind: DutyKind, zone: string): string {
  const duty: RowDuty | undefined = row.duties.find((d) => d.kind === kind);
  if (duty === undefined) return '—';
  const at = (iso: string): string => formatInZone(new Date(iso), zone);
  switch (kind) {
    case 'authority':
    case 'controller':
      if (duty.state === 'done')
        return kind === 'controller'
          ? `notified ${at(duty.done_at ?? '')}`
          : `${timeWords(row)}, ${at(duty.done_at ?? '')}`;
      if (kind === 'controller') return 'without undue delay';
      return timeWords(row);
    case 'subjects':
      if (duty.state === 'done') return `told ${at(duty.done_at ?? '')}`;
      return duty.state === 'overdue'
        ? `late (by ${at(duty.deadline ?? '')})`
        : `without undue delay (by ${at(duty.deadline ?? '')})`;
    case 'follow-up':
      if (duty.state === 'done') return `sent ${at(duty.done_at ?? '')}`;
      if (duty.deadline === null) return 'no date recorded';
      return duty.state === 'overdue'
        ? `late (due ${at(duty.deadline)})`
        : `due ${at(duty.deadline)}`;
  }
}

/** The register as a plain-text table (times in `zone`): one column per duty (Arts. 33(1)–(4), 34). */
export function incidentTable(
  rows: readonly IncidentRow[],
  zone: string,
  options: { open?: boolean } = {},
): string {
  if (rows.length === 0) return options.open ? 'No open incident.\n' : 'No incident recorded.\n';
  const header = [
    'INCIDENT',
    'STATUS',
    'RISK',
    'DECISION',
    'DEADLINE',
    'AUTHORITY',
    'PEOPLE',
    'FOLLOW-UP',
  ];
  const body = rows.map((r) => [
    titleWithId(r.title, r.id),
    r.status,
    `${r.risk}${r.decision_source === 'assessed' ? '*' : ''}`,
    decisionWords(r),
    r.deadline ? formatInZone(new Date(r.deadline), zone) : '—',
    // A processor's one duty is to its controller (Art. 33(2)).
    r.role === 'processor'
      ? `controller: ${dutyWords(r, 'controller', zone)}`
      : dutyWords(r, 'authority', zone),
    dutyWords(r, 'subjects', zone),
    dutyWords(r, 'follow-up', zone),
  ]);
  const table = formatTable(header, body);
  if (!rows.some((r) => r.decision_source === 'assessed')) return table;
  return `${table}\n* no decision recorded: assessed from the facts (\`gdpr breach assess <id>\` explains it).\n`;
}
