/** Words of the breach drafts in each document language (enum values → text). */
import type { Lang } from '../render/i18n.js';
import type { DataKind } from './categories.js';

type Words = Record<Lang, string>;

export const BREACH_TYPE_WORDS: Record<string, Words> = {
  confidentiality: {
    en: 'confidentiality (unauthorised disclosure of, or access to, data)',
    fr: 'confidentialité (divulgation ou accès non autorisé)',
  },
  integrity: {
    en: 'integrity (unauthorised alteration of data)',
    fr: 'intégrité (modification non autorisée)',
  },
  availability: {
    en: 'availability (loss of access to, or destruction of, data)',
    fr: 'disponibilité (perte d’accès ou destruction)',
  },
};

export const RISK_WORDS: Record<string, Words> = {
  none: {
    en: 'unlikely to result in a risk to the rights and freedoms of the people',
    fr: 'peu susceptible d’engendrer un risque pour les droits et libertés des personnes',
  },
  risk: {
    en: 'likely to result in a risk to the rights and freedoms of the people',
    fr: 'susceptible d’engendrer un risque pour les droits et libertés des personnes',
  },
  high: {
    en: 'likely to result in a high risk to the rights and freedoms of the people',
    fr: 'susceptible d’engendrer un risque élevé pour les droits et libertés des personnes',
  },
};

/** The Art. 9(1) categories: the same words as the notices and the record. */
export { SPECIAL_CATEGORY_WORDS as SPECIAL_WORDS } from '../render/i18n.js';

export const FLAG_WORDS = {
  special: { en: 'special category, Art. 9', fr: 'donnée sensible, art. 9' },
  criminal: {
    en: 'criminal convictions and offences, Art. 10',
    fr: 'condamnations et infractions, art. 10',
  },
  nationalId: { en: 'national identification number', fr: 'numéro d’identification national' },
  vulnerable: { en: 'vulnerable people', fr: 'personnes vulnérables' },
};

export const EXEMPTION_WORDS: Record<string, Words> = {
  encrypted: {
    en: 'the data were unintelligible to anyone not authorised to access them (Art. 34(3)(a))',
    fr: 'les données étaient incompréhensibles pour toute personne non autorisée à y accéder (art. 34.3.a)',
  },
  mitigated: {
    en: 'measures taken since make the high risk no longer likely to materialise (Art. 34(3)(b))',
    fr: 'les mesures prises depuis rendent le risque élevé peu susceptible de se matérialiser (art. 34.3.b)',
  },
  'disproportionate-effort': {
    en: 'telling each person would involve disproportionate effort: a public communication replaces it (Art. 34(3)(c))',
    fr: 'informer chaque personne exigerait des efforts disproportionnés : une communication publique la remplace (art. 34.3.c)',
  },
};

/**
 * Self-protection advice for the letter to the people (Art. 34(2) asks for the measures taken;
 * EDPB Guidelines 9/2022 add "specific advice to individuals to protect themselves"), by the
 * kind of data exposed. Always ends with the phishing warning: exposed contact details are
 * the usual lure.
 */
export const ADVICE: Record<DataKind | 'phishing' | 'availability', Words> = {
  credentials: {
    en: 'Change your password now, and on every other site where you used the same one; turn on two-step verification where it is offered.',
    fr: 'Changez dès maintenant votre mot de passe, ainsi que sur tout autre site où vous utilisiez le même ; activez la validation en deux étapes lorsqu’elle est proposée.',
  },
  financial: {
    en: 'Check your bank statements over the coming months and tell your bank at once about any transaction you do not recognise; be wary of requests to confirm your bank details.',
    fr: 'Surveillez vos relevés bancaires dans les mois qui viennent et signalez sans attendre à votre banque toute opération que vous ne reconnaissez pas ; méfiez-vous de toute demande de confirmation de vos coordonnées bancaires.',
  },
  'identity-document': {
    en: 'Watch for signs that someone uses your identity (post or calls about contracts or loans you did not take out); report the misuse of an identity document to the police.',
    fr: 'Soyez attentif aux signes d’une usurpation d’identité (courriers ou appels concernant des contrats ou crédits que vous n’avez pas souscrits) ; signalez l’utilisation frauduleuse d’une pièce d’identité aux forces de l’ordre.',
  },
  'national-id': {
    en: 'Watch for signs that someone uses your identity (post or calls about contracts, loans or benefits you did not ask for).',
    fr: 'Soyez attentif aux signes d’une usurpation d’identité (courriers ou appels concernant des contrats, crédits ou prestations que vous n’avez pas demandés).',
  },
  special: {
    en: 'If you are contacted by anyone who seems to know about your situation, do not answer their questions and tell us.',
    fr: 'Si une personne vous contacte en paraissant connaître votre situation, ne répondez pas à ses questions et prévenez-nous.',
  },
  criminal: {
    en: 'If you are contacted by anyone who seems to know about your situation, do not answer their questions and tell us.',
    fr: 'Si une personne vous contacte en paraissant connaître votre situation, ne répondez pas à ses questions et prévenez-nous.',
  },
  identity: { en: '', fr: '' },
  contact: { en: '', fr: '' },
  pseudonymous: { en: '', fr: '' },
  behavioural: { en: '', fr: '' },
  availability: {
    en: 'If a service you expected from us was delayed or refused because of the incident, tell us so that we can put it right.',
    fr: 'Si un service que vous attendiez de nous a été retardé ou refusé à cause de l’incident, dites-le nous afin que nous y remédiions.',
  },
  phishing: {
    en: 'Be wary of unexpected e-mails, text messages or calls that mention this incident or ask for personal information, passwords or payments: we will never ask you for your password.',
    fr: 'Méfiez-vous des courriels, SMS ou appels inattendus qui évoquent cet incident ou vous demandent des informations personnelles, des mots de passe ou un paiement : nous ne vous demanderons jamais votre mot de passe.',
  },
};
