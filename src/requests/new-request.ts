/**
 * Recording a new data-subject request (Arts. 12, 15–22): the questions, the record, its file
 * name and the warnings about rights that do not apply to an activity's legal basis (LAW.md
 * §7.2). The register holds no data about the person (REGISTER-FORMAT.md "Principles"): the
 * request points to the case by a ticket reference, never by a name, an address, an e-mail
 * address or a phone number.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { addDuration } from '../law/duration.js';
import { daysBetween, deadlineValue } from '../law/deadlines.js';
import type { Asker } from '../prompts/asker.js';
import type { Register } from '../register/load.js';
import type { DataSubjectRequest, RequestType } from '../types/register.js';
import type { RequestDue } from '../model/requests.js';
import { hasEmailAddress, phoneNumbers } from '../model/personal-data.js';
import { localise } from '../render/words.js';
import { titleWithId } from '../render/title.js';
import { wizardWords } from '../prompts/language.js';
import { RIGHTS, rightApplicability } from '../model/rights.js';

export interface NewRequestAnswers {
  type: RequestType;
  received: string;
  channel: string;
  reference: string;
  activities: string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/**
 * `validate` for a date that has happened: a real date, not after `today`, not before the date
 * the request was `received`; the refusals in `lang` (wizard.json `request.check.*`).
 */
export function pastDate(today: string, received?: string, lang = 'en') {
  const t = wizardWords(lang);
  return (value: string): true | string => {
    const v = value.trim();
    if (!isCalendarDate(v)) return t('request.check.date_format', { value });
    if (v > today) return t('request.check.after_today', { date: v, today });
    if (received !== undefined && v < received)
      return t('request.check.before_received', { date: v, received });
    return true;
  };
}

/** `validate` for an answer that may not be empty: `request.check.<what>` says so. */
export function nonEmpty(what: 'channel' | 'reason', lang = 'en') {
  return (value: string): true | string =>
    value.trim() !== '' ? true : wizardWords(lang)(`request.check.${what}`);
}

/**
 * Refuses a reference that carries contact details of the person (data minimisation,
 * Art. 5(1)(c)), with the same detectors as the personal-data-in-register rule, so that what
 * `gdpr check` would flag is never written in the first place.
 */
export function validateReference(value: string, lang = 'en'): true | string {
  const t = wizardWords(lang);
  const v = value.trim();
  if (v === '') return t('request.check.reference');
  if (hasEmailAddress(v)) return t('request.check.reference_email');
  if (phoneNumbers(v).length > 0) return t('request.check.reference_phone');
  return true;
}

export async function askNewRequest(
  asker: Asker,
  register: Register,
  today: string,
  lang = 'en',
): Promise<NewRequestAnswers> {
  const language = register.config?.data.languages?.[0] ?? 'en';
  const t = wizardWords(lang);
  const type = await asker.select<RequestType>({
    name: 'type',
    message: t('request.type'),
    choices: RIGHTS.map((right) => ({
      value: right.type,
      name: `${right.type} — ${right.label} (${right.article})`,
    })),
  });
  const received = (
    await asker.input({
      name: 'received',
      message: t('request.received'),
      default: today,
      validate: pastDate(today, undefined, lang),
    })
  ).trim();
  const channel = (
    await asker.input({
      name: 'channel',
      message: t('request.channel'),
      validate: nonEmpty('channel', lang),
    })
  ).trim();
  const reference = (
    await asker.input({
      name: 'reference',
      message: t('request.reference'),
      validate: (v) => validateReference(v, lang),
    })
  ).trim();
  const activities = await asker.checkbox<string>({
    name: 'activities',
    message: t('request.activities'),
    choices: [...register.records.activity.values()].map((activity) => ({
      value: activity.id,
      name: titleWithId(localise(activity.data.name, language, language), activity.id),
    })),
    default: [],
  });
  return { type, received, channel, reference, activities };
}

/** Keys in the schema's order (request.schema.json). */
export function buildRequest(answers: NewRequestAnswers): DataSubjectRequest {
  return {
    type: answers.type,
    received: answers.received,
    channel: answers.channel,
    reference: answers.reference,
    status: 'open',
    ...(answers.activities.length > 0 ? { activities: answers.activities } : {}),
  };
}

/**
 * `requests/<received>-<type>.yaml` for the first request of its type that day, then
 * `…-2.yaml`, `…-3.yaml`: the first name no file (.yaml or .yml) uses. A register that already
 * holds an older `…-1.yaml` for the day goes on from `-2`.
 */
export function requestFileCandidates(
  root: string,
  received: string,
  type: RequestType,
): Generator<{ id: string; abs: string; rel: string }> {
  const taken = (id: string): boolean =>
    existsSync(join(root, `requests/${id}.yaml`)) || existsSync(join(root, `requests/${id}.yml`));
  return (function* () {
    const base = `${received}-${type}`;
    for (let n = 1; ; n += 1) {
      const id = n === 1 ? base : `${base}-${n}`;
      if (taken(id) || (n === 1 && taken(`${base}-1`))) continue;
      const rel = `requests/${id}.yaml`;
      yield { id, abs: join(root, rel), rel };
    }
  })();
}

/** Warnings for the activities the right does not apply to (LAW.md §7.2), in `lang`. */
export function applicabilityWarnings(
  register: Register,
  type: RequestType,
  activityIds: readonly string[],
  lang = 'en',
): string[] {
  const t = wizardWords(lang);
  const out: string[] = [];
  for (const id of activityIds) {
    const activity = register.records.activity.get(id);
    if (!activity) continue;
    const obstacle = rightApplicability(type, activity.data);
    if (obstacle)
      out.push(
        t(`request.report.applies.${obstacle.reason}`, {
          id,
          bases: obstacle.bases.join(t('request.report.bases_separator')),
        }),
      );
  }
  return out;
}

/**
 * "due 2026-12-10 (Art. 12(3): one month, Reg. 1182/71)", saying when the date was rolled over
 * a weekend or public holiday (Reg. 1182/71 Art. 3(4)); in `lang` (wizard.json `request.report.*`).
 */
export function describeDue(received: string, due: RequestDue, lang = 'en'): string {
  const t = wizardWords(lang);
  const months = deadlineValue('request_response_months').value;
  const calendarDate = addDuration(received, `P${months}M`);
  const rolled = calendarDate !== due.due ? t('request.report.rolled', { date: calendarDate }) : '';
  return t('request.report.due', { due: due.due, months, rolled });
}

/** "17 days left" / "3 days late", in `lang`. */
export function daysLeftText(today: string, due: string, lang = 'en'): string {
  const days = daysBetween(today, due);
  const t = wizardWords(lang);
  if (days < 0) return t('request.report.late', { n: String(-days), days: -days });
  return t('request.report.left', { n: String(days), days });
}
