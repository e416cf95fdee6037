/**
 * The ENISA severity (severity.ts) in words, in each document language: the edge where
 * `gdpr breach assess`, the wizard and the drafts show it.
 */
import type { Lang } from '../render/i18n.js';
import type { BreachSeverity } from '../types/register.js';
import type { Severity, SeverityLevel, SeverityReason } from './severity.js';

export const SEVERITY_LEVEL_WORDS: Record<SeverityLevel, Record<Lang, string>> = {
  low: { en: 'low', fr: 'faible' },
  medium: { en: 'medium', fr: 'moyenne' },
  high: { en: 'high', fr: 'élevée' },
  very_high: { en: 'very high', fr: 'très élevée' },
};

const BASE_WORDS: Record<string, Record<Lang, string>> = {
  simple: { en: 'simple data', fr: 'données simples' },
  behavioural: { en: 'behavioural data', fr: 'données comportementales' },
  financial: { en: 'financial data', fr: 'données financières' },
  sensitive: { en: 'sensitive data', fr: 'données sensibles' },
};

const EI_WORDS: Record<string, Record<Lang, string>> = {
  names: { en: 'the data name people', fr: 'les données désignent directement les personnes' },
  pseudonymous: { en: 'pseudonymous data only', fr: 'données pseudonymes uniquement' },
  unintelligible: {
    en: 'the data are unintelligible to whoever holds them (encryption, key safe)',
    fr: 'les données sont incompréhensibles pour qui les détient (chiffrement, clé sûre)',
  },
  'no-category': {
    en: 'no data category recorded: assumed to name people',
    fr: 'aucune catégorie de données enregistrée : elles sont supposées désigner les personnes',
  },
};

const CB_WORDS: Record<string, Record<Lang, string>> = {
  'confidentiality.none': {
    en: 'exposed, no evidence of unlawful use',
    fr: 'exposées, sans indice d’utilisation illicite',
  },
  'confidentiality.known_recipients': { en: 'known recipients', fr: 'destinataires connus' },
  'confidentiality.unknown_recipients': { en: 'unknown recipients', fr: 'destinataires inconnus' },
  'integrity.none': { en: 'restored before any use', fr: 'rétablies avant toute utilisation' },
  'integrity.recoverable': { en: 'altered, recoverable', fr: 'altérées, récupérables' },
  'integrity.unrecoverable': { en: 'altered, not recoverable', fr: 'altérées, non récupérables' },
  'availability.none': { en: 'recoverable without difficulty', fr: 'récupérables sans difficulté' },
  'availability.temporary': { en: 'temporarily unavailable', fr: 'temporairement indisponibles' },
  'availability.permanent': {
    en: 'fully unavailable, cannot be recovered',
    fr: 'totalement indisponibles, irrécupérables',
  },
};

/** 1.5 / 1,5 */
function num(value: number, lang: Lang): string {
  return lang === 'fr' ? String(value).replace('.', ',') : String(value);
}

export function severityReasonText(r: SeverityReason, lang: Lang): string {
  const n = (v: number) => num(v, lang);
  const fr = lang === 'fr';
  switch (r.id) {
    case 'dpc-base':
      return fr
        ? `DPC ${n(r.value)} : ${BASE_WORDS[r.base]?.fr ?? r.base} (${r.categories.join(', ')}).`
        : `DPC ${n(r.value)}: ${BASE_WORDS[r.base]?.en ?? r.base} (${r.categories.join(', ')}).`;
    case 'dpc-no-category':
      return fr
        ? `DPC ${n(r.value)} : aucune catégorie de données enregistrée, données simples supposées.`
        : `DPC ${n(r.value)}: no data category recorded, simple data assumed.`;
    case 'dpc-vulnerable':
      return fr
        ? `DPC +${n(r.value)} : personnes vulnérables.`
        : `DPC +${n(r.value)}: vulnerable people.`;
    case 'dpc-volume':
      return fr
        ? `DPC +${n(r.value)} : ${r.count} catégories de données par personne, un profil détaillé.`
        : `DPC +${n(r.value)}: ${r.count} categories of data about each person, a detailed profile.`;
    case 'dpc-bounded':
      return fr
        ? `DPC ramené à ${n(r.value)} (échelle de 1 à 4).`
        : `DPC kept at ${n(r.value)} (scale 1 to 4).`;
    case 'dpc-set':
      return fr
        ? `DPC ${n(r.value)}, fixé par une personne : ${r.rationale}`
        : `DPC ${n(r.value)}, set by a person: ${r.rationale}`;
    case 'ei':
      return fr
        ? `EI ${n(r.value)} : ${EI_WORDS[r.why]?.fr ?? r.why}.`
        : `EI ${n(r.value)}: ${EI_WORDS[r.why]?.en ?? r.why}.`;
    case 'cb-confidentiality':
    case 'cb-integrity':
    case 'cb-availability': {
      const type = r.id.slice(3);
      const words = CB_WORDS[`${type}.${r.level}`]?.[lang] ?? r.level;
      const typeWords: Record<string, Record<Lang, string>> = {
        confidentiality: { en: 'loss of confidentiality', fr: 'perte de confidentialité' },
        integrity: { en: 'loss of integrity', fr: 'perte d’intégrité' },
        availability: { en: 'loss of availability', fr: 'perte de disponibilité' },
      };
      return fr
        ? `CB +${n(r.value)} : ${typeWords[type]?.fr ?? type}, ${words}.`
        : `CB +${n(r.value)}: ${typeWords[type]?.en ?? type}, ${words}.`;
    }
    case 'cb-malicious':
      return fr
        ? `CB +${n(r.value)} : intention malveillante.`
        : `CB +${n(r.value)}: malicious intent.`;
    case 'many-people':
      return fr
        ? `Au moins ${r.people.toLocaleString('fr-FR').replace(/[\u202f\u00a0]/g, ' ')} personnes concernées : niveau relevé de ${SEVERITY_LEVEL_WORDS[r.from].fr} à ${SEVERITY_LEVEL_WORDS[r.to].fr} (critère hors formule).`
        : `At least ${r.people.toLocaleString('en-GB')} people affected: level raised from ${SEVERITY_LEVEL_WORDS[r.from].en} to ${SEVERITY_LEVEL_WORDS[r.to].en} (outside the formula).`;
  }
}

/** `DPC 2 × EI 1 + CB 1 = 3: high` / `DPC 2 × EI 1 + CB 1 = 3 : élevée`. */
export function severityFormula(
  s: Pick<Severity, 'dpc' | 'ei' | 'cb' | 'score' | 'level'>,
  lang: Lang,
): string {
  const n = (v: number) => num(v, lang);
  return `DPC ${n(s.dpc)} × EI ${n(s.ei)} + CB ${n(s.cb)} = ${n(s.score)}${lang === 'fr' ? ' : ' : ': '}${SEVERITY_LEVEL_WORDS[s.level][lang]}`;
}

/** The reasons of the score, in `lang`. */
export function severityReasonTexts(s: Severity, lang: Lang): string[] {
  return s.reasons.map((r) => severityReasonText(r, lang));
}

/** The severity as the incident records it (assessment.severity), reasons in `lang`. */
export function severityRecord(s: Severity, lang: Lang): BreachSeverity {
  return {
    dpc: s.dpc,
    ei: s.ei,
    cb: s.cb,
    score: s.score,
    level: s.level,
    reasons: severityReasonTexts(s, lang).join(' '),
  };
}

/** The severity as `gdpr breach assess --format json` prints it (reasons in English). */
export function severityJson(s: Severity): Record<string, unknown> {
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
    },
  };
}

/** The severity block of `breach assess` and the wizard: the formula, then its reasons. */
export function severityLines(s: Severity, lang: Lang): string[] {
  // The frame is English as the rest of the block; the formula and reasons are in `lang`.
  return [
    `  Severity (ENISA 2013, supporting evidence): ${severityFormula(s, lang)}`,
    ...severityReasonTexts(s, lang).map((r) => `    - ${r}`),
  ];
}
