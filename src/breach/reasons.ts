/**
 * The sentences that explain a breach assessment: the Art. 33(5) documentation of the
 * decision. The logic (assess.ts) gives reason codes and their facts; the words are in
 * `locales/<lang>/breach.json` under `reason.<id>` (a French register, and a French
 * notification, read them in French, citing articles as the French text of the GDPR does:
 * art. 33.1, art. 34.3.a).
 *
 * Placeholders are ICU MessageFormat arguments: `{categories}` is the list of data categories
 * (ids, or names in documents), `{hours}` a number of hours, `{people}` a number of people,
 * `{quick}` the quick-restoration threshold (data/law/breach-assessment.json) and `{notify}`
 * the hours allowed to notify the authority (data/law/deadlines.json, filled in here), each
 * written as the language writes numbers.
 */
import { chooseDocumentLanguage, type Lang } from '../render/i18n.js';
import { breachNotificationHours } from '../law/deadlines.js';
import type { BreachDecision } from './assess.js';
import { breachWord, formatNumber } from './words.js';

export const REASON_IDS = [
  'encrypted-key-safe',
  'encrypted-key-compromised',
  'encrypted-key-unknown',
  'exposed-not-accessed',
  'accessed-not-taken',
  'exfiltration-not-ruled-out',
  'sensitive-if-exfiltrated',
  'special-category-exposed',
  'criminal-data-exposed',
  'financial-data-exposed',
  'identity-documents-exposed',
  'credentials-exposed',
  'taken-with-malicious-intent',
  'vulnerable-people',
  'large-number-of-people',
  'taken-by-insider',
  'taken-by-unauthorised-party',
  'disclosed-to-wrong-recipient',
  'trusted-recipient-retrieved',
  'trusted-recipient-not-retrieved',
  'recovered-high-risk-mitigated',
  'recovered-not-sensitive',
  'availability-restored-quickly',
  'availability-not-restored-yet',
  'availability-device-backup',
  'availability-restoration-unknown',
  'availability-slow-restoration',
  'availability-no-backup',
  'availability-no-backup-rebuilt',
  'availability-sensitive',
  'integrity-restored-quickly',
  'integrity-not-restored',
  'integrity-sensitive',
  'no-data-category',
  'disproportionate-effort',
  'processor-notifies-controller',
  'conclusion-none',
  'conclusion-risk',
  'conclusion-high-mitigated',
  'conclusion-high',
] as const;

export type ReasonId = (typeof REASON_IDS)[number];

export interface ReasonValues {
  /** Data categories: named by their label in the language when they carry one, else by their register id. */
  categories?: readonly { id: string; label?: Readonly<Record<string, string>> }[];
  hours?: number;
  people?: number;
  quick?: number;
}

/** One reason of the assessment as the decision gives it: a code and its facts, no words. */
export interface Reason {
  id: ReasonId;
  values?: ReasonValues;
}

/** The values of a reason as its message takes them: numbers and lists already written in `lang`. */
function filled(values: ReasonValues, lang: string): Record<string, string> {
  const out: Record<string, string> = { notify: formatNumber(breachNotificationHours(), lang) };
  if (values.hours !== undefined) out.hours = formatNumber(values.hours, lang);
  if (values.quick !== undefined) out.quick = formatNumber(values.quick, lang);
  if (values.people !== undefined) out.people = formatNumber(values.people, lang, true);
  if (values.categories !== undefined)
    out.categories = values.categories.map((c) => c.label?.[lang] ?? c.id).join(', ');
  return out;
}

/** A reason in words, in `lang` (the edge: wizard, drafts, `breach assess`). */
export function reasonText(r: Reason, lang: string): string {
  const text = breachWord(lang, `reason.${r.id}`, filled(r.values ?? {}, lang));
  const left = /\{(\w+)\}/.exec(text);
  if (left) throw new Error(`reason ${r.id} needs {${left[1] ?? ''}}`);
  return text;
}

/** The reasons of a decision in words, in `lang`. */
export function reasonTexts(reasons: readonly Reason[], lang: string): string[] {
  return reasons.map((r) => reasonText(r, lang));
}

/**
 * The language the CLI shows reasons in and the wizard records `assessment.rationale` in:
 * the register's default language (first of gdpr.yaml `languages`) when reasons exist in it.
 */
export function reasonLanguage(languages: readonly string[] | undefined): Lang {
  // The same choice as documents (on screen, English when no register language has words).
  return chooseDocumentLanguage(undefined, languages ?? []) ?? 'en';
}

/** The decision as `gdpr breach assess --format json` prints it: the reasons in English. */
export function decisionJson(
  decision: BreachDecision,
): Omit<BreachDecision, 'reasons'> & { reasons: string[] } {
  return { ...decision, reasons: reasonTexts(decision.reasons, 'en') };
}
