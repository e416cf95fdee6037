/**
 * DPIA screening of one activity (Art. 35): the questions (the nine WP248 rev.01 criteria and
 * the CNIL lists under Art. 35(4) and 35(5)), the decision (src/law/dpia.ts `screen`), and the
 * changes it makes to the register: `dpia.criteria` / `dpia.cnil_list` in the activity file
 * and, when a DPIA is required and none is referenced, a draft `dpias/<activity-id>.yaml`.
 * Planning is separate from writing so that nothing is written before every question is
 * answered and every target is known.
 */
import { chooseDocumentLanguage } from '../render/i18n.js';
import { join } from 'node:path';
import type { Document } from 'yaml';
import { UsageError } from '../errors.js';
import {
  cnilLabel,
  dpiaThreshold,
  listArt35Cases,
  listCnilExempt,
  listCnilRequired,
  listDpiaCriteria,
  screen,
  type CnilListItem,
  type DpiaCriterionId,
  type DpiaScreening as ScreeningDecision,
} from '../law/dpia.js';
import { loadLawData } from '../law/data.js';
import { localised, type LawDataFile } from '../law/types.js';
import type { Asker, Choice } from '../prompts/asker.js';
import type { FileRecord, Register } from '../register/load.js';
import { closest } from '../register/suggest.js';
import { didYouMeanText, refusalText } from '../register/wording.js';
import { FALLBACK_LANGUAGE } from '../locale/index.js';
import type { Activity, Art35Case, Dpia, Text } from '../types/register.js';
import { wizardWords, type Words } from '../prompts/language.js';
import {
  deleteIn,
  documentText,
  newRecordText,
  readRecordDocument,
  setInSchemaOrder,
} from '../register/record-file.js';

export const NONE = 'none';

export interface ScreeningAnswers {
  /** The Art. 35(3) cases the processing falls under (a DPIA is then always required). */
  art35Cases?: Art35Case[];
  criteria: DpiaCriterionId[];
  /** Id of an item of the CNIL list requiring a DPIA, or undefined. */
  cnilRequired?: string;
  /** Id of an item of the CNIL list exempting from a DPIA, or undefined. */
  cnilExempt?: string;
}

/** Labels (data/law/dpia.json) in the register's language, chosen as for documents; else English. */
export function screeningLanguage(register: Register): string {
  return chooseDocumentLanguage(undefined, register.config?.data.languages ?? []) ?? 'en';
}

export function findActivity(
  register: Register,
  id: string,
  lang: string = FALLBACK_LANGUAGE,
): FileRecord<Activity> {
  const activity = register.records.activity.get(id);
  if (activity === undefined) {
    throw new UsageError(
      refusalText(lang, 'activity_unknown', {
        id,
        hint: didYouMeanText(lang, closest(id, register.records.activity.keys())),
      }),
    );
  }
  return activity;
}

function cnilChoices(
  items: readonly CnilListItem[],
  lang: string,
  noneLabel: string,
): Choice<string>[] {
  return [
    { value: NONE, name: noneLabel },
    ...items.map((item) => ({
      value: item.id,
      name: `${item.number}. ${cnilLabel(item, lang)}`,
    })),
  ];
}

/**
 * Asks the screening questions. The criteria question has no default, so a run without a
 * terminal and without `--criteria` lists it as missing; the CNIL questions default to none.
 */
export async function askScreening(
  asker: Asker,
  options: {
    lang: string;
    current: readonly string[];
    currentArt35?: readonly string[];
    /** The language of the questions (locales/<lang>/wizard.json); default: `lang`. */
    wizardLang?: string;
  },
): Promise<ScreeningAnswers> {
  const { lang } = options;
  const t = wizardWords(options.wizardLang ?? lang);
  const art35Cases = await askArt35(asker, options, t);
  const known = listDpiaCriteria();
  const criteria = await asker.checkbox<DpiaCriterionId>({
    name: 'criteria',
    message: t('dpia.criteria', { threshold: dpiaThreshold() }),
    choices: known.map((criterion) => ({
      value: criterion.id,
      name: `${criterion.number}. ${localised(criterion.label, lang)}`,
      description: localised(criterion.explanation, lang),
      checked: options.current.includes(criterion.id),
    })),
  });
  const required = await asker.select<string>({
    name: 'cnil_required',
    message: t('dpia.cnil_required'),
    choices: cnilChoices(listCnilRequired(), lang, t('dpia.none')),
    default: NONE,
  });
  let exempt: string = NONE;
  // A mandatory item wins over any exemption (Art. 35(4) list), so the exempt list is asked only without one.
  if (required === NONE) {
    exempt = await asker.select<string>({
      name: 'cnil_exempt',
      message: t('dpia.cnil_exempt'),
      choices: cnilChoices(listCnilExempt(), lang, t('dpia.none')),
      default: NONE,
    });
  }
  const ordered = known.map((c) => c.id).filter((id) => criteria.includes(id));
  return {
    ...(art35Cases.length > 0 ? { art35Cases } : {}),
    criteria: ordered,
    ...(required !== NONE ? { cnilRequired: required } : {}),
    ...(exempt !== NONE ? { cnilExempt: exempt } : {}),
  };
}

/**
 * The three cases of Art. 35(3), asked first: any of them requires a DPIA whatever the
 * criteria and lists say. Defaults to what the activity records (none: an empty answer).
 */
async function askArt35(
  asker: Asker,
  options: { lang: string; currentArt35?: readonly string[] },
  t: Words,
): Promise<Art35Case[]> {
  const cases = listArt35Cases();
  const chosen = await asker.checkbox<string>({
    name: 'art35_3',
    message: t('dpia.art35_3'),
    choices: cases.map((entry) => ({
      value: entry.id,
      name: `${entry.reference.replace(/^GDPR /, '')}: ${localised(entry.label, options.lang)}`,
      checked: options.currentArt35?.includes(entry.id) ?? false,
    })),
    default: [...(options.currentArt35 ?? [])],
  });
  return cases.map((entry) => entry.id).filter((id) => chosen.includes(id)) as Art35Case[];
}

/** `--criteria a,b` (empty string: none), `--cnil-required`, `--cnil-exempt` as preset answers. */
export function screeningFlags(options: {
  art353?: string;
  criteria?: string;
  cnilRequired?: string;
  cnilExempt?: string;
}): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  if (options.art353 !== undefined) {
    answers.art35_3 = options.art353
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  }
  if (options.criteria !== undefined) {
    answers.criteria = options.criteria
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  }
  if (options.cnilRequired !== undefined) answers.cnil_required = options.cnilRequired;
  if (options.cnilExempt !== undefined) answers.cnil_exempt = options.cnilExempt;
  return answers;
}

export interface FileWrite {
  abs: string;
  /** Relative to the register root, posix separators. */
  rel: string;
  text: string;
}

export interface ScreeningPlan {
  activityId: string;
  decision: ScreeningDecision;
  answers: ScreeningAnswers;
  /** The rewritten activity file. */
  activity: FileWrite;
  /** The new DPIA record, when one is required and none is referenced. */
  dpia?: FileWrite;
  /** The DPIA the activity already references. */
  existingRef?: string;
  /** A documented reason overrides a criteria-only screening (WP248: document why). */
  overriddenBy?: 'not_required_reason';
  /** not_required_reason written from the CNIL exemption. */
  exemptionRecorded?: string;
}

/**
 * "délibération n° 2019-118" from the CNIL exempt list's reference in data/law/dpia.json (the
 * whole reference if it does not name a deliberation number).
 */
function cnilExemptDeliberation(): string {
  const { reference } = loadLawData<LawDataFile & { cnil_exempt: { reference: string } }>(
    'dpia',
  ).cnil_exempt;
  return deliberationOf(reference);
}

/** "délibération n° 2018-327" out of a CNIL list's reference (the whole reference otherwise). */
function deliberationOf(reference: string): string {
  return /délibération n° [\d-]+/.exec(reference)?.[0] ?? reference;
}

/** True when the law data has the item's label in `lang` (the CNIL list is in en and fr). */
function hasCnilWords(id: string, lang: string): boolean {
  return listCnilExempt().find((entry) => entry.id === id)?.label[lang] !== undefined;
}

function cnilExemptReason(id: string, lang: string): string {
  const item = listCnilExempt().find((entry) => entry.id === id);
  if (!item) throw new Error(`no item "${id}" in the CNIL list of exempted processing`);
  const deliberation = cnilExemptDeliberation();
  return wizardWords(lang)('dpia.cnil_exempt_reason', {
    deliberation,
    number: item.number,
    label: cnilLabel(item, lang),
  });
}

/**
 * The reason as a Text: a map with every register language the law data has words for
 * (so missing-translation stays quiet), a plain string for a one-language register.
 */
function cnilExemptText(id: string, register: Register): Text {
  const languages = register.config?.data.languages ?? ['en'];
  if (languages.length <= 1) return cnilExemptReason(id, screeningLanguage(register));
  const text: Record<string, string> = {};
  for (const language of languages)
    if (hasCnilWords(id, language)) text[language] = cnilExemptReason(id, language);
  return text;
}

/**
 * What the screening changes. Throws UsageError on unknown criteria or list items (the law
 * module refuses to guess).
 */
export function planScreening(
  register: Register,
  activityId: string,
  answers: ScreeningAnswers,
  today: string,
): ScreeningPlan {
  const record = findActivity(register, activityId);
  let decision: ScreeningDecision;
  try {
    decision = screen(answers.criteria, {
      ...(answers.art35Cases ? { art35Cases: answers.art35Cases } : {}),
      ...(answers.cnilRequired ? { cnilRequired: [answers.cnilRequired] } : {}),
      ...(answers.cnilExempt ? { cnilExempt: [answers.cnilExempt] } : {}),
    });
  } catch (e) {
    if (e instanceof RangeError) throw new UsageError(e.message);
    throw e;
  }
  const lang = screeningLanguage(register);
  const doc: Document = readRecordDocument(record.file.absPath);
  const current = record.data.dpia;

  setInSchemaOrder(doc, 'activity', ['dpia', 'criteria'], answers.criteria);
  if (answers.art35Cases !== undefined && answers.art35Cases.length > 0)
    setInSchemaOrder(doc, 'activity', ['dpia', 'art35_3'], answers.art35Cases);
  else deleteIn(doc, ['dpia', 'art35_3']);
  if (answers.cnilRequired)
    setInSchemaOrder(doc, 'activity', ['dpia', 'cnil_list'], answers.cnilRequired);
  else deleteIn(doc, ['dpia', 'cnil_list']);

  const plan: Omit<ScreeningPlan, 'activity'> = { activityId, decision, answers };
  const criteriaOnly = decision.basis.every((basis) => basis.kind === 'criteria');

  if (decision.required) {
    if (current?.ref !== undefined) {
      plan.existingRef = current.ref;
    } else if (criteriaOnly && current?.not_required_reason !== undefined) {
      plan.overriddenBy = 'not_required_reason';
    } else {
      const rel = `dpias/${activityId}.yaml`;
      const abs = join(register.root, rel);
      const dpia: Dpia = {
        activities: [activityId],
        status: 'draft',
        ...(answers.criteria.length > 0 ? { criteria: answers.criteria } : {}),
        started: today,
      };
      plan.dpia = { abs, rel, text: newRecordText('dpia', abs, dpia) };
      setInSchemaOrder(doc, 'activity', ['dpia', 'ref'], activityId);
    }
  } else if (
    answers.cnilExempt &&
    answers.criteria.length >= dpiaThreshold() &&
    current?.not_required_reason === undefined
  ) {
    // WP248: a controller that meets two criteria and still carries out no DPIA documents why.
    plan.exemptionRecorded = cnilExemptReason(answers.cnilExempt, lang);
    setInSchemaOrder(
      doc,
      'activity',
      ['dpia', 'not_required_reason'],
      cnilExemptText(answers.cnilExempt, register),
    );
  }

  return {
    ...plan,
    activity: { abs: record.file.absPath, rel: record.file.relPath, text: documentText(doc) },
  };
}

/**
 * The reasons of the decision in `reportLang` (wizard.json `dpia.report.reason_*`), from its
 * basis, quoting the law data's labels in `lang` (a CNIL item the data lacks in `lang` in
 * French, anything else in English).
 */
function reasonTexts(plan: ScreeningPlan, lang: string, reportLang: string): string[] {
  const t = wizardWords(reportLang);
  return plan.decision.basis.map((basis) => {
    switch (basis.kind) {
      case 'art35-3': {
        const entry = listArt35Cases().find((c) => c.id === basis.id);
        return t('dpia.report.reason_art35', {
          reference: basis.reference,
          letter: basis.id.slice(-1),
          label: entry ? localised(entry.label, lang) : basis.id,
        });
      }
      case 'cnil-required':
      case 'cnil-exempt': {
        const list = basis.kind === 'cnil-required' ? listCnilRequired() : listCnilExempt();
        const item = list.find((i) => i.id === basis.id);
        return t(
          `dpia.report.reason_${basis.kind === 'cnil-required' ? 'cnil_required' : 'cnil_exempt'}`,
          {
            reference: basis.reference,
            deliberation: deliberationOf(basis.reference),
            number: item?.number ?? basis.id,
            label: item ? cnilLabel(item, lang) : basis.id,
          },
        );
      }
      case 'criteria':
        return t('dpia.report.reason_criteria', {
          n: String(basis.criteria.length),
          count: basis.criteria.length,
          listed: basis.criteria.length > 0 ? ` (${basis.criteria.join(', ')})` : '',
          threshold: String(basis.threshold),
          reference: basis.reference,
        });
    }
  });
}

/**
 * The walk through the criteria and lists, the decision and what was written, as text: labels
 * of the law data in `lang`, the report's own words in `reportLang` (default: `lang`).
 */
export function describeScreening(plan: ScreeningPlan, lang: string, reportLang = lang): string {
  const t = wizardWords(reportLang);
  const out: string[] = [t('dpia.report.title', { activity: plan.activityId }), ''];
  const cases = listArt35Cases().filter((entry) =>
    (plan.answers.art35Cases as readonly string[] | undefined)?.includes(entry.id),
  );
  if (cases.length > 0) {
    out.push(t('dpia.report.art35'));
    for (const entry of cases) {
      const line = t('dpia.report.art35_case', {
        reference: entry.reference,
        letter: entry.id.slice(-1),
        label: localised(entry.label, lang),
      });
      out.push(`  [x] ${line}`);
    }
    out.push('');
  }
  out.push(t('dpia.report.criteria', { threshold: dpiaThreshold() }));
  for (const criterion of listDpiaCriteria()) {
    const met = plan.answers.criteria.includes(criterion.id);
    const label = localised(criterion.label, lang);
    const explanation = localised(criterion.explanation, lang);
    out.push(`  [${met ? 'x' : ' '}] ${criterion.number}. ${label}`);
    // Where only the official heading was read, the explanation is the heading: said once.
    if (met && explanation !== label) out.push(`        ${explanation}`);
  }
  const required = listCnilRequired().find((item) => item.id === plan.answers.cnilRequired);
  const exempt = listCnilExempt().find((item) => item.id === plan.answers.cnilExempt);
  const item = (found: CnilListItem | undefined) =>
    found
      ? t('dpia.report.item', { number: found.number, label: cnilLabel(found, lang) })
      : t('dpia.report.no_item');
  out.push('', t('dpia.report.cnil_required', { item: item(required) }));
  if (!required) out.push(t('dpia.report.cnil_exempt', { item: item(exempt) }));
  out.push('', t(plan.decision.required ? 'dpia.report.required' : 'dpia.report.not_required'));
  for (const reason of reasonTexts(plan, lang, reportLang)) out.push(`  - ${reason}`);
  out.push('');
  if (plan.dpia)
    out.push(t('dpia.report.created', { dpia: plan.dpia.rel, activity: plan.activity.rel }));
  else if (plan.existingRef) out.push(t('dpia.report.existing', { ref: plan.existingRef }));
  else if (plan.overriddenBy)
    out.push(t('dpia.report.overridden', { activity: plan.activity.rel }));
  if (plan.exemptionRecorded)
    out.push(t('dpia.report.exemption_recorded', { reason: plan.exemptionRecorded }));
  if (!plan.decision.required && plan.answers.cnilExempt) out.push(t('dpia.report.other_duties'));
  const fields = [
    'dpia.criteria',
    ...(plan.answers.art35Cases ? ['dpia.art35_3'] : []),
    ...(plan.answers.cnilRequired ? ['dpia.cnil_list'] : []),
  ];
  out.push(t('dpia.report.updated', { activity: plan.activity.rel, fields: fields.join(', ') }));
  return out.join('\n') + '\n';
}
