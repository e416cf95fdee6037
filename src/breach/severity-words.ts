/**
 * The ENISA severity (severity.ts) in words, in each document language: the edge where
 * `gdpr breach assess`, the wizard and the drafts show it. The words are `severity.*` in
 * locales/<lang>/breach.json; numbers are written as the language writes them (`1,5`).
 */
import type { BreachSeverity } from '../types/register.js';
import {
  severityAgrees,
  type Duties,
  type Severity,
  type SeverityLevel,
  type SeverityReason,
} from './severity.js';
import { breachWord, formatNumber } from './words.js';

/** The level in words: `high` / `élevée`. */
export function severityLevelWord(level: SeverityLevel, lang: string): string {
  return breachWord(lang, `severity.level.${level}`);
}

export function severityReasonText(r: SeverityReason, lang: string): string {
  const n = (v: number) => formatNumber(v, lang);
  const say = (id: string, values: Record<string, string>) =>
    breachWord(lang, `severity.reason.${id}`, values);
  switch (r.id) {
    case 'dpc-base':
      return say(r.id, {
        value: n(r.value),
        base: breachWord(lang, `severity.base.${r.base}`),
        categories: r.categories.join(', '),
      });
    case 'dpc-no-category':
    case 'dpc-vulnerable':
    case 'dpc-bounded':
    case 'cb-malicious':
      return say(r.id, { value: n(r.value) });
    case 'dpc-volume':
      return say(r.id, { value: n(r.value), count: String(r.count) });
    case 'dpc-set':
      return say(r.id, { value: n(r.value), rationale: r.rationale });
    case 'ei':
      return say(r.id, { value: n(r.value), why: breachWord(lang, `severity.ei.${r.why}`) });
    case 'cb-confidentiality':
    case 'cb-integrity':
    case 'cb-availability': {
      const type = r.id.slice(3);
      return say('cb', {
        value: n(r.value),
        loss: breachWord(lang, `severity.loss.${type}`),
        level: breachWord(lang, `severity.cb.${type}.${r.level}`),
      });
    }
    case 'many-people':
      return say(r.id, {
        people: formatNumber(r.people, lang, true),
        from: severityLevelWord(r.from, lang),
        to: severityLevelWord(r.to, lang),
      });
  }
}

/** `DPC 2 × EI 1 + CB 1 = 3: high` / `DPC 2 × EI 1 + CB 1 = 3 : élevée`. */
export function severityFormula(
  s: Pick<Severity, 'dpc' | 'ei' | 'cb' | 'score' | 'level'>,
  lang: string,
): string {
  const n = (v: number) => formatNumber(v, lang);
  return breachWord(lang, 'severity.formula', {
    dpc: n(s.dpc),
    ei: n(s.ei),
    cb: n(s.cb),
    score: n(s.score),
    level: severityLevelWord(s.level, lang),
  });
}

/** The reasons of the score, in `lang`. */
export function severityReasonTexts(s: Severity, lang: string): string[] {
  return s.reasons.map((r) => severityReasonText(r, lang));
}

/** The severity as the incident records it (assessment.severity), reasons in `lang`. */
export function severityRecord(s: Severity, lang: string): BreachSeverity {
  return {
    dpc: s.dpc,
    ei: s.ei,
    cb: s.cb,
    score: s.score,
    level: s.level,
    reasons: severityReasonTexts(s, lang).join(' '),
  };
}

/** The duties in words: `documenting the breach only` … `notifying the authority and telling the people`. */
function dutiesWords(d: Duties, lang: string): string {
  const key = d.notify_subjects ? 'both' : d.notify_authority ? 'authority' : 'none';
  return breachWord(lang, `severity.duty.${key}`);
}

/**
 * Null when the ENISA level calls for the decision's duties; otherwise one sentence that shows
 * both and says that the decision (the EDPB factors, the legal test) prevails.
 */
export function severityComparison(s: Severity, decision: Duties, lang: string): string | null {
  if (severityAgrees(s, decision)) return null;
  return breachWord(lang, 'severity.differs', {
    level: severityLevelWord(s.level, lang),
    enisa: dutiesWords(s, lang),
    edpb: dutiesWords(decision, lang),
  });
}

/** The severity as `gdpr breach assess --format json` prints it (reasons in English). */
export function severityJson(s: Severity, decision?: Duties): Record<string, unknown> {
  return {
    dpc: s.dpc,
    ei: s.ei,
    cb: s.cb,
    severity: {
      level: s.level,
      band: s.band,
      score: s.score,
      cb: s.cb_parts,
      notify_authority: s.notify_authority,
      notify_subjects: s.notify_subjects,
      reasons: severityReasonTexts(s, 'en'),
      ...(decision === undefined
        ? {}
        : {
            agrees_with_decision: severityAgrees(s, decision),
            // The EDPB factors decide; the ENISA score is supporting evidence.
            decided_by: 'edpb',
          }),
    },
  };
}

/** The severity block of `breach assess` and the wizard: the formula, then its reasons. */
export function severityLines(s: Severity, lang: string): string[] {
  // The frame is English as the rest of the block; the formula and reasons are in `lang`.
  return [
    `  Severity (ENISA 2013, supporting evidence): ${severityFormula(s, lang)}`,
    ...severityReasonTexts(s, lang).map((r) => `    - ${r}`),
  ];
}
