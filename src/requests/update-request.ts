/**
 * Following a request up (Art. 12): identity confirmed (12(6)), deadline extended (12(3)),
 * answered (12(3)) or refused (12(4)). The checks refuse what Art. 12(3) does not allow — an
 * extension the person learns of after the first month, or more further months than it allows —
 * before anything is written. The file is edited in place: modeline, comments and key order
 * stay; new keys go where the schema puts them.
 */
import { wizardWords } from '../prompts/language.js';
import {
  extensionDefects,
  maxExtensionMonths,
  requestDue,
  responseMonths,
  type RequestDue,
} from '../model/requests.js';
import { UsageError } from '../errors.js';
import { daysBetween, type HolidayCalendar } from '../law/deadlines.js';
import type { Asker } from '../prompts/asker.js';
import type { FileRecord } from '../register/load.js';
import type { DataSubjectRequest } from '../types/register.js';
import { nonEmpty, pastDate } from './new-request.js';
import { documentText, readRecordDocument, setInSchemaOrder } from '../register/record-file.js';

export type UpdateAction = 'identity-verified' | 'extend' | 'complete' | 'refuse';

export interface UpdateAnswers {
  identityVerified?: string;
  extend?: { months: number; reason: string; notified: string };
  complete?: string;
  refuse?: { informed: string; reason: string };
}

/** Answer names that select an action when given as flags or in `--answers`. */
const ACTION_OF_ANSWER: readonly [string, UpdateAction][] = [
  ['identity_verified', 'identity-verified'],
  ['extend', 'extend'],
  ['completed', 'complete'],
  ['refused', 'refuse'],
];

export function actionsGiven(answers: Readonly<Record<string, unknown>>): UpdateAction[] {
  return ACTION_OF_ANSWER.filter(([name]) => answers[name] !== undefined).map(
    ([, action]) => action,
  );
}

/**
 * Asks what to record. With actions given (flags, `--answers`), only their details are asked;
 * otherwise one action is chosen first.
 */
export async function askUpdate(
  asker: Asker,
  request: DataSubjectRequest,
  given: readonly UpdateAction[],
  today: string,
  lang = 'en',
): Promise<UpdateAnswers> {
  const t = wizardWords(lang);
  const sinceReceipt = pastDate(today, request.received, lang);
  let actions = [...given];
  if (actions.length === 0) {
    actions = [
      await asker.select<UpdateAction>({
        name: 'action',
        message: t('request.update.action'),
        choices: (['identity-verified', 'extend', 'complete', 'refuse'] as const).map((value) => ({
          value,
          name: t(`request.update.choice.${value}`, { months: maxExtensionMonths() }),
        })),
      }),
    ];
  }
  const answers: UpdateAnswers = {};
  for (const action of actions) {
    switch (action) {
      case 'identity-verified':
        answers.identityVerified = (
          await asker.input({
            name: 'identity_verified',
            message: t('request.update.identity_verified'),
            default: today,
            validate: sinceReceipt,
          })
        ).trim();
        break;
      case 'extend': {
        const max = maxExtensionMonths();
        const months = await asker.select<string>({
          name: 'extend',
          message: t('request.update.extend', { max }),
          choices: Array.from({ length: max }, (_, i) => ({
            value: String(i + 1),
            name: t('request.update.months', { months: i + 1 }),
          })),
        });
        const reason = (
          await asker.input({
            name: 'reason',
            message: t('request.update.extend_reason'),
            validate: nonEmpty('reason', lang),
          })
        ).trim();
        const notified = (
          await asker.input({
            name: 'notified',
            message: t('request.update.notified'),
            validate: sinceReceipt,
          })
        ).trim();
        answers.extend = { months: Number(months), reason, notified };
        break;
      }
      case 'complete':
        answers.complete = (
          await asker.input({
            name: 'completed',
            message: t('request.update.completed'),
            default: today,
            validate: sinceReceipt,
          })
        ).trim();
        break;
      case 'refuse': {
        const informed = (
          await asker.input({
            name: 'refused',
            message: t('request.update.refused'),
            default: today,
            validate: sinceReceipt,
          })
        ).trim();
        const reason = (
          await asker.input({
            name: 'reason',
            message: t('request.update.refuse_reason'),
            validate: nonEmpty('reason', lang),
          })
        ).trim();
        answers.refuse = { informed, reason };
        break;
      }
    }
  }
  return answers;
}

export interface UpdatePlan {
  text: string;
  /** What was recorded and what follows from it, one line each. */
  messages: string[];
  request: DataSubjectRequest;
}

/**
 * The edited file and its messages; UsageError for what Art. 12 does not allow. Messages and
 * refusals in `lang` (wizard.json `request.update.report.*`).
 */
export function planUpdate(
  record: FileRecord<DataSubjectRequest>,
  answers: UpdateAnswers,
  calendar: HolidayCalendar | undefined,
  lang = 'en',
): UpdatePlan {
  const words = wizardWords(lang);
  const t: typeof words = (key, values) => words(`request.update.report.${key}`, values);
  const request: DataSubjectRequest = structuredClone(record.data);
  const messages: string[] = [];
  const closing = (answers.complete ? 1 : 0) + (answers.refuse ? 1 : 0);
  if (closing > 1) throw new UsageError(t('both_closing'));
  if (answers.extend && answers.refuse) throw new UsageError(t('extend_and_refuse'));
  if ((answers.extend || closing > 0) && request.status !== 'open') {
    throw new UsageError(t('not_open', { id: record.id, status: request.status }));
  }

  const before: RequestDue = requestDue(record.data, calendar);

  if (answers.identityVerified) {
    request.identity_verified = answers.identityVerified;
    messages.push(t('identity', { date: answers.identityVerified }));
  }

  if (answers.extend) {
    const { months, reason, notified } = answers.extend;
    const firstMonth = before.due;
    // Art. 12(3): "The controller shall inform the data subject of any such extension within one month of receipt".
    if (notified > firstMonth) {
      throw new UsageError(t('extension_late', { notified, due: firstMonth }));
    }
    const already =
      request.extension && extensionDefects(request, firstMonth).length === 0
        ? request.extension.months
        : 0;
    const total = already + months;
    const max = maxExtensionMonths();
    if (total > max) {
      throw new UsageError(
        t('extension_too_long', {
          n: String(months),
          months,
          already,
          max: String(max),
          total: String(responseMonths() + max),
        }),
      );
    }
    // A second extension adds its reasons to the first: both were told to the person.
    const previousReason = already > 0 ? request.extension?.reason : undefined;
    const reasons =
      previousReason !== undefined && previousReason !== reason
        ? `${previousReason}; ${reason}`
        : reason;
    request.extension = { months: total as 1 | 2, reason: reasons, notified };
  }

  if (answers.complete) {
    request.status = 'completed';
    request.completed = answers.complete;
  }
  if (answers.refuse) {
    request.status = 'refused';
    request.refusal = { reason: answers.refuse.reason, informed: answers.refuse.informed };
  }

  const after = requestDue(request, calendar);
  if (answers.extend && request.extension) {
    const { months } = request.extension;
    messages.push(
      t('extended', {
        months,
        due: after.effectiveDue,
        total: String(responseMonths() + months),
      }),
    );
  }
  if (answers.complete) {
    const late = daysBetween(after.effectiveDue, answers.complete);
    const values = { date: answers.complete, due: after.effectiveDue };
    messages.push(
      late > 0 ? t('completed_late', { ...values, n: String(late), late }) : t('completed', values),
    );
  }
  if (answers.refuse) {
    messages.push(t('refused', { date: answers.refuse.informed }));
    messages.push(t('refusal_reminder'));
    // Art. 12(4): a refusal is told within one month of receipt, whatever the extension.
    const late = daysBetween(after.due, answers.refuse.informed);
    if (late > 0)
      messages.push(
        t('refused_late', { n: String(late), late, months: responseMonths(), due: after.due }),
      );
  }

  const doc = readRecordDocument(record.file.absPath);
  if (answers.identityVerified)
    setInSchemaOrder(doc, 'request', ['identity_verified'], request.identity_verified);
  if (answers.extend) setInSchemaOrder(doc, 'request', ['extension'], request.extension);
  if (answers.complete || answers.refuse)
    setInSchemaOrder(doc, 'request', ['status'], request.status);
  if (answers.complete) setInSchemaOrder(doc, 'request', ['completed'], request.completed);
  if (answers.refuse) setInSchemaOrder(doc, 'request', ['refusal'], request.refusal);
  return { text: documentText(doc), messages, request };
}
