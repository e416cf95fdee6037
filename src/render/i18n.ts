/**
 * Words the documents need in each language, as data. Adding a language means adding a column
 * here and a folder under templates/.
 */
export type Lang = 'en' | 'fr';
export const DOCUMENT_LANGUAGES: readonly Lang[] = ['en', 'fr'];

export function isDocumentLanguage(lang: string): lang is Lang {
  return (DOCUMENT_LANGUAGES as readonly string[]).includes(lang);
}

type Words = Record<Lang, string>;

/** ISO 8601 duration units: singular and plural. */
export const DURATION_UNITS: Record<'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S', Record<Lang, [string, string]>> = {
  Y: { en: ['year', 'years'], fr: ['an', 'ans'] },
  M: { en: ['month', 'months'], fr: ['mois', 'mois'] },
  W: { en: ['week', 'weeks'], fr: ['semaine', 'semaines'] },
  D: { en: ['day', 'days'], fr: ['jour', 'jours'] },
  H: { en: ['hour', 'hours'], fr: ['heure', 'heures'] },
  MIN: { en: ['minute', 'minutes'], fr: ['minute', 'minutes'] },
  S: { en: ['second', 'seconds'], fr: ['seconde', 'secondes'] },
};

export const AND: Words = { en: 'and', fr: 'et' };
export const OR: Words = { en: 'or', fr: 'ou' };

/** Art. 6(1) legal bases in plain words (what a notice tells the reader). */
export const LEGAL_BASIS: Record<string, Words> = {
  consent: { en: 'your consent (Art. 6(1)(a) GDPR)', fr: 'votre consentement (art. 6.1.a du RGPD)' },
  contract: { en: 'the performance of a contract with you, or steps you asked for before entering into one (Art. 6(1)(b) GDPR)', fr: "l'exécution d'un contrat avec vous, ou de mesures précontractuelles prises à votre demande (art. 6.1.b du RGPD)" },
  'legal-obligation': { en: 'a legal obligation we are subject to (Art. 6(1)(c) GDPR)', fr: 'le respect d\u2019une obligation légale à laquelle nous sommes soumis (art. 6.1.c du RGPD)' },
  'vital-interests': { en: 'the protection of your vital interests or those of another person (Art. 6(1)(d) GDPR)', fr: 'la sauvegarde de vos intérêts vitaux ou de ceux d\u2019une autre personne (art. 6.1.d du RGPD)' },
  'public-task': { en: 'a task carried out in the public interest or in the exercise of official authority (Art. 6(1)(e) GDPR)', fr: "l'exécution d'une mission d'intérêt public ou relevant de l'exercice de l'autorité publique (art. 6.1.e du RGPD)" },
  'legitimate-interests': { en: 'our legitimate interests (Art. 6(1)(f) GDPR)', fr: 'notre intérêt légitime (art. 6.1.f du RGPD)' },
};

/** Short labels for tables (the register). */
export const LEGAL_BASIS_SHORT: Record<string, Words> = {
  consent: { en: 'Consent – Art. 6(1)(a)', fr: 'Consentement – art. 6.1.a' },
  contract: { en: 'Contract – Art. 6(1)(b)', fr: 'Contrat – art. 6.1.b' },
  'legal-obligation': { en: 'Legal obligation – Art. 6(1)(c)', fr: 'Obligation légale – art. 6.1.c' },
  'vital-interests': { en: 'Vital interests – Art. 6(1)(d)', fr: 'Intérêts vitaux – art. 6.1.d' },
  'public-task': { en: 'Public task – Art. 6(1)(e)', fr: "Mission d'intérêt public – art. 6.1.e" },
  'legitimate-interests': { en: 'Legitimate interests – Art. 6(1)(f)', fr: 'Intérêt légitime – art. 6.1.f' },
};

/** Data-subject rights (Arts. 15–22) and the Art. 7(3) withdrawal, in plain words. */
export const RIGHTS: Record<string, Words> = {
  access: { en: 'access your data and get a copy (Art. 15)', fr: 'accéder à vos données et en obtenir une copie (art. 15)' },
  rectification: { en: 'have inaccurate data corrected (Art. 16)', fr: 'faire rectifier des données inexactes (art. 16)' },
  erasure: { en: 'have your data erased (Art. 17)', fr: "obtenir l'effacement de vos données (art. 17)" },
  restriction: { en: 'have the processing restricted (Art. 18)', fr: 'obtenir la limitation du traitement (art. 18)' },
  portability: { en: 'receive the data you gave us in a machine-readable format, or have them sent to another organisation (Art. 20)', fr: 'recevoir les données que vous nous avez fournies dans un format lisible par machine, ou les faire transmettre à un autre organisme (art. 20)' },
  objection: { en: 'object to the processing on grounds relating to your particular situation (Art. 21(1))', fr: 'vous opposer au traitement pour des raisons tenant à votre situation particulière (art. 21.1)' },
  'objection-direct-marketing': { en: 'object at any time to the use of your data for direct marketing (Art. 21(2))', fr: 'vous opposer à tout moment à l\u2019utilisation de vos données à des fins de prospection (art. 21.2)' },
  'withdraw-consent': { en: 'withdraw your consent at any time, without affecting the lawfulness of processing before the withdrawal (Art. 7(3))', fr: 'retirer votre consentement à tout moment, sans remettre en cause la licéité du traitement effectué avant ce retrait (art. 7.3)' },
  'automated-decision': { en: 'not be subject to a decision based solely on automated processing, to obtain human intervention and to contest the decision (Art. 22)', fr: "ne pas faire l'objet d'une décision fondée exclusivement sur un traitement automatisé, obtenir une intervention humaine et contester la décision (art. 22)" },
};

export const MONTH_FORMAT: Words = { en: 'd MMMM yyyy', fr: 'd MMMM yyyy' };
