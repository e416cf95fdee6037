/**
 * The programmatic API of gdpr (`import { check } from 'gdpr'`). A small, stable surface over the
 * same code the CLI runs: load a register, check it, assess a breach from its facts, compute a
 * data-subject request's due date, render a document. docs/API.md documents it; everything not
 * exported here is internal and may change in any release.
 */
import { resolve } from 'node:path';
import { checkRegister } from './check/engine.js';
import { RULES } from './rules/index.js';
import { jsonReport, type JsonReport } from './formatters/json.js';
import { findRegisterRoot } from './register/find-root.js';
import { loadRegister as load, type Register } from './register/load.js';
import { openRegister } from './register/open.js';
import { assessBreach as assess, type BreachAssessmentInput } from './breach/assess.js';
import { decisionJson } from './breach/reasons.js';
import { requestDue, type RequestDue } from './model/requests.js';
import { loadHolidayCalendar } from './law/holidays.js';
import { buildNoticeModel, defaultLanguageOf } from './documents/notice.js';
import { buildRecord, type RecordRole } from './documents/record.js';
import { chooseLanguage, languageProblem, type DocumentLanguage } from './render/i18n.js';
import { UsageError } from './errors.js';
import type { DataSubjectRequest } from './types/register.js';

export type * from './types/register.js';
export type { Register, FileRecord, CatalogEntry } from './register/load.js';
export type { Diagnostic, Severity } from './diagnostics.js';
export type { JsonReport, JsonDiagnostic } from './formatters/json.js';
export type {
  BreachAssessmentInput,
  BreachDecision,
  RiskLevel,
  Art34Exemption,
} from './breach/assess.js';
export type { RequestDue } from './model/requests.js';
export type { DocumentLanguage, Lang } from './render/i18n.js';
export type { RecordRole } from './documents/record.js';
export { fingerprint, type FingerprintSource } from './fingerprint.js';
export { UsageError, ConfigError, IncompleteRecordError } from './errors.js';
export { InvalidRegisterError } from './register/open.js';
export { MissingItemsError } from './documents/notice.js';

/**
 * Loads the register that holds `path` (its folder or any folder inside it; the root is the
 * nearest folder up with a `gdpr.yaml`). Never throws on a broken record: records that fail
 * their schema are left out of the maps and listed in `problems`; `check` reports them.
 */
export function loadRegister(path: string): Register {
  return load(findRegisterRoot(resolve(path)));
}

export interface CheckOptions {
  /** The day deadlines are judged against (YYYY-MM-DD). Default: today in UTC. */
  today?: string;
  /** The instant 72-hour clocks are judged against. Default: now. */
  now?: Date;
  /** Files in the diagnostics are relative to this folder. Default: `process.cwd()`. */
  cwd?: string;
}

/**
 * Runs every rule on the register at `path`, as `gdpr check --format json` does, and returns the
 * same report: `{ version: 1, summary: { errors, warnings }, diagnostics }`, sorted by file, line,
 * column and rule. Rejects with a ConfigError when `gdpr.yaml` `rules:` names an unknown rule.
 */
export async function check(path: string, options: CheckOptions = {}): Promise<JsonReport> {
  const now = options.now ?? new Date();
  const today = options.today ?? now.toISOString().slice(0, 10);
  const cwd = options.cwd ?? process.cwd();
  const root = findRegisterRoot(resolve(cwd, path));
  const { diagnostics } = await checkRegister(root, { today, now, cwd, rules: RULES });
  return jsonReport(diagnostics);
}

/**
 * Assesses a personal data breach from its facts (EDPB Guidelines 9/2022 and 01/2021): the
 * risk, whether to notify the authority (Art. 33) and the people (Art. 34), the 72-hour
 * deadline and the reasons, in English — what `gdpr breach assess --format json` prints.
 */
export function assessBreach(facts: BreachAssessmentInput): ReturnType<typeof decisionJson> {
  return decisionJson(assess(facts));
}

export interface RequestDueOptions {
  /**
   * Public-holiday calendar the last day rolls over (as `holidays` in gdpr.yaml: `FR`,
   * `DE-BY`, `GB-ENG`). Without it, the deadline rolls over Saturdays and Sundays only.
   */
  holidays?: string;
}

/**
 * The due date of a data-subject request (Art. 12(3): one month from receipt per Regulation
 * 1182/71, rolled over weekends and public holidays; extended by up to two months only when
 * the extension was notified in time with its reasons). Rejects with a RangeError for an
 * unknown holiday calendar.
 */
export async function requestDueDate(
  request: DataSubjectRequest,
  options: RequestDueOptions = {},
): Promise<RequestDue> {
  const calendar =
    options.holidays === undefined ? undefined : await loadHolidayCalendar(options.holidays);
  return requestDue(request, calendar);
}

export type NoticeFormat = 'md' | 'html' | 'pdf';
export type RecordFormat = 'md' | 'html' | 'csv' | 'xlsx' | 'json';

export interface RenderOptions {
  /** Document language (a folder of locales/: `en`, `fr`, `de`, `es`). Default: the register's first language the tool speaks. */
  lang?: string;
  /** Environment read for `GDPR_CHROMIUM` (PDF only). Default: `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
}

function language(register: Register, requested: string | undefined): DocumentLanguage {
  const languages = register.config?.data.languages ?? [defaultLanguageOf(register)];
  const lang = chooseLanguage(requested, languages);
  if (lang === undefined) throw new UsageError(languageProblem(requested, languages));
  return lang;
}

/**
 * Renders the privacy notice `noticeId` (Arts. 13/14) of the register at `path`: Markdown and
 * HTML as a string, PDF as bytes (needs Chromium, Chrome or Edge, and playwright-core).
 * Throws InvalidRegisterError when a record fails its schema, MissingItemsError when the
 * register lacks an item the notice must give.
 */
export async function renderNotice(
  path: string,
  noticeId: string,
  options: RenderOptions & { format: 'pdf' },
): Promise<Uint8Array>;
export async function renderNotice(
  path: string,
  noticeId: string,
  options?: RenderOptions & { format?: 'md' | 'html' },
): Promise<string>;
export async function renderNotice(
  path: string,
  noticeId: string,
  options: RenderOptions & { format?: NoticeFormat } = {},
): Promise<string | Uint8Array> {
  const register = openRegister(process.cwd(), path);
  if (!register.records.notice.has(noticeId))
    throw new UsageError(`no notice \`${noticeId}\` in notices/`);
  const lang = language(register, options.lang);
  const model = buildNoticeModel(register, noticeId, lang);
  const { createRenderer } = await import('./render/env.js');
  const renderer = createRenderer({
    lang,
    defaultLanguage: defaultLanguageOf(register),
    registerRoot: register.root,
  });
  if (options.format === 'pdf') {
    const { htmlToPdf } = await import('./documents/pdf.js');
    return htmlToPdf(renderer.render('notice', 'html', model), options.env ?? process.env);
  }
  return renderer.render('notice', options.format ?? 'md', model);
}

/**
 * Renders the record of processing activities (Art. 30(1) controller, 30(2) processor) of the
 * register at `path`: xlsx as bytes, the other formats as a string.
 */
export async function renderRecord(
  path: string,
  options: RenderOptions & { format: 'xlsx'; role?: RecordRole },
): Promise<Uint8Array>;
export async function renderRecord(
  path: string,
  options?: RenderOptions & { format?: Exclude<RecordFormat, 'xlsx'>; role?: RecordRole },
): Promise<string>;
export async function renderRecord(
  path: string,
  options: RenderOptions & { format?: RecordFormat; role?: RecordRole } = {},
): Promise<string | Uint8Array> {
  const register = openRegister(process.cwd(), path);
  const languages = register.config?.data.languages ?? [];
  const lang = language(register, options.lang);
  const model = buildRecord(register, options.role ?? 'controller', lang);
  switch (options.format ?? 'md') {
    case 'json':
      return `${JSON.stringify(model, null, 2)}\n`;
    case 'csv':
      return (await import('./documents/record-csv.js')).renderRecordCsv(model);
    case 'xlsx':
      return (await import('./documents/record-xlsx.js')).renderRecordXlsx(model);
    default: {
      const { createRenderer } = await import('./render/env.js');
      const renderer = createRenderer({
        lang,
        defaultLanguage: languages[0] ?? 'en',
        registerRoot: register.root,
      });
      return renderer.render('register', options.format === 'html' ? 'html' : 'md', model);
    }
  }
}
