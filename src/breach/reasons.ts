/**
 * The sentences that explain a breach assessment, in every document language, as data: the
 * logic (assess.ts) only picks them. They are the Art. 33(5) documentation of the decision, so
 * a French register, and a French notification, must read them in French (the French drafts
 * cite articles as the French text of the GDPR does: art. 33.1, art. 34.3.a).
 *
 * `{{categories}}` is the list of data categories (ids, or names in documents), `{{hours}}` a number of hours, `{{people}}` a
 * number of people, `{{quick}}` the quick-restoration threshold (data/law/breach-assessment.json)
 * and `{{notify}}` the hours allowed to notify the authority (data/law/deadlines.json, filled in
 * here), each written as the language writes numbers. The placeholders are written `{{name}}`,
 * as in rule messages (src/check/engine.ts `interpolate`): one syntax in the project.
 */
import { chooseDocumentLanguage } from '../render/i18n.js';
import { breachNotificationHours } from '../law/deadlines.js';
import type { Lang } from '../render/i18n.js';
import type { BreachDecision } from './assess.js';

export const REASON_TEXTS = {
  'encrypted-key-safe': {
    en: 'The data were protected by state-of-the-art encryption whose key was not compromised: they are unintelligible to whoever holds them, so the confidentiality breach is unlikely to result in a risk (Art. 34(3)(a); EDPB Guidelines 01/2021, cases 01, 06 and 10).',
    fr: 'Les données étaient protégées par un chiffrement à l’état de l’art dont la clé n’a pas été compromise : elles sont incompréhensibles pour quiconque les détient, si bien que la violation de confidentialité est peu susceptible d’engendrer un risque (art. 34.3.a ; lignes directrices 01/2021 du CEPD, cas n° 01, 06 et 10).',
  },
  'encrypted-key-compromised': {
    en: 'The data were encrypted but the key was compromised too: encryption no longer makes them unintelligible (Art. 34(3)(a); EDPB Guidelines 9/2022, §IV).',
    fr: 'Les données étaient chiffrées, mais la clé a elle aussi été compromise : le chiffrement ne les rend plus incompréhensibles (art. 34.3.a ; lignes directrices 9/2022 du CEPD, section IV).',
  },
  'encrypted-key-unknown': {
    en: 'The data were encrypted but the key is not known to be safe: encryption cannot be relied on until it is (Art. 34(3)(a)).',
    fr: 'Les données étaient chiffrées, mais rien n’établit encore que la clé est restée sûre : on ne peut pas se fier au chiffrement tant que ce n’est pas établi (art. 34.3.a).',
  },
  'exposed-not-accessed': {
    en: 'The data were exposed by mistake but nobody is known to have accessed or taken them: the breach is unlikely to result in a risk (EDPB Guidelines 9/2022, §IV).',
    fr: 'Les données ont été exposées par erreur, mais rien n’indique que quiconque y ait accédé ou les ait emportées : la violation est peu susceptible d’engendrer un risque (lignes directrices 9/2022 du CEPD, section IV).',
  },
  'accessed-not-taken': {
    en: 'The attacker had access to the data but the investigation established that none were taken out: a risk, not a high one (EDPB Guidelines 01/2021, §19 and case 01).',
    fr: 'L’attaquant a eu accès aux données, mais l’enquête a établi qu’aucune n’a été extraite : il existe un risque, mais pas un risque élevé (lignes directrices 01/2021 du CEPD, point 19 et cas n° 01).',
  },
  'exfiltration-not-ruled-out': {
    en: 'Exfiltration is not ruled out: treat the data as possibly in unauthorised hands until the investigation shows otherwise, and complete the notification in phases (Art. 33(4); EDPB Guidelines 01/2021, §19).',
    fr: 'L’exfiltration n’est pas exclue : les données sont à considérer comme pouvant se trouver entre des mains non autorisées tant que l’enquête n’a pas établi le contraire, et la notification est à compléter de manière échelonnée (art. 33.4 ; lignes directrices 01/2021 du CEPD, point 19).',
  },
  'sensitive-if-exfiltrated': {
    en: 'If exfiltration is confirmed, the sensitivity of the data makes the risk high: reassess then (Art. 34(1)).',
    fr: 'Si l’exfiltration est confirmée, la sensibilité des données rend le risque élevé : l’évaluation sera alors à refaire (art. 34.1).',
  },
  'special-category-exposed': {
    en: 'Confidentiality breach of special-category data (Art. 9: {{categories}}): the EDPB considers damage likely (Guidelines 9/2022, §IV).',
    fr: 'Violation de la confidentialité de données sensibles (art. 9 : {{categories}}) : le CEPD considère qu’un dommage est probable (lignes directrices 9/2022, section IV).',
  },
  'criminal-data-exposed': {
    en: 'Confidentiality breach of data on criminal convictions and offences (Art. 10: {{categories}}): the EDPB considers damage likely (Guidelines 9/2022, §IV).',
    fr: 'Violation de la confidentialité de données relatives aux condamnations pénales et aux infractions (art. 10 : {{categories}}) : le CEPD considère qu’un dommage est probable (lignes directrices 9/2022, section IV).',
  },
  'financial-data-exposed': {
    en: 'Financial data were exposed ({{categories}}): risk of fraud and financial loss (Recital 85; EDPB Guidelines 9/2022, §IV; 01/2021, case 07).',
    fr: 'Des données financières ont été exposées ({{categories}}) : risque de fraude et de perte financière (considérant 85 ; lignes directrices 9/2022 du CEPD, section IV ; 01/2021, cas n° 07).',
  },
  'identity-documents-exposed': {
    en: 'Identity documents or national identification numbers were exposed ({{categories}}): risk of identity theft (Recital 85; EDPB Guidelines 01/2021, cases 04 and 14).',
    fr: 'Des pièces d’identité ou des numéros d’identification nationaux ont été exposés ({{categories}}) : risque d’usurpation d’identité (considérant 85 ; lignes directrices 01/2021 du CEPD, cas n° 04 et 14).',
  },
  'credentials-exposed': {
    en: 'Access credentials were exposed in usable form ({{categories}}): risk of account takeover (EDPB Guidelines 01/2021, case 07).',
    fr: 'Des identifiants de connexion ont été exposés sous une forme exploitable ({{categories}}) : risque de prise de contrôle des comptes (lignes directrices 01/2021 du CEPD, cas n° 07).',
  },
  'taken-with-malicious-intent': {
    en: 'Data that identify people were taken by an unknown party acting with malicious intent (exfiltration or theft): they can serve phishing, fraud or identity theft (EDPB Guidelines 9/2022, §IV; 01/2021, cases 05 and 11).',
    fr: 'Des données permettant d’identifier les personnes ont été emportées par un tiers inconnu agissant dans une intention malveillante (exfiltration ou vol) : elles peuvent servir à l’hameçonnage, à la fraude ou à l’usurpation d’identité (lignes directrices 9/2022 du CEPD, section IV ; 01/2021, cas n° 05 et 11).',
  },
  'vulnerable-people': {
    en: 'The people affected include vulnerable people: the EDPB raises the severity (Guidelines 9/2022, §IV).',
    fr: 'Des personnes vulnérables figurent parmi les personnes concernées : le CEPD considère que la gravité s’en trouve accrue (lignes directrices 9/2022, section IV).',
  },
  'large-number-of-people': {
    en: 'At least {{people}} people are affected: the number of people raises the severity (EDPB Guidelines 9/2022, §IV).',
    fr: 'Au moins {{people}} personnes sont concernées : leur nombre accroît la gravité (lignes directrices 9/2022 du CEPD, section IV).',
  },
  'taken-by-insider': {
    en: 'Data were taken out by an identified insider: a risk for the people (misuse, unsolicited contact), not a high one for data of this kind (EDPB Guidelines 01/2021, case 08).',
    fr: 'Des données ont été emportées par une personne interne identifiée : un risque pour les personnes (détournement, sollicitations non désirées), mais pas un risque élevé pour des données de cette nature (lignes directrices 01/2021 du CEPD, cas n° 08).',
  },
  'taken-by-unauthorised-party': {
    en: 'Personal data were taken out by an unauthorised party: at least a risk for the people (Art. 33(1); EDPB Guidelines 9/2022, §IV).',
    fr: 'Des données personnelles ont été emportées par un tiers non autorisé : au moins un risque pour les personnes (art. 33.1 ; lignes directrices 9/2022 du CEPD, section IV).',
  },
  'disclosed-to-wrong-recipient': {
    en: 'Personal data were disclosed to a recipient who should not have them: a risk for the people (Art. 33(1); EDPB Guidelines 01/2021, case 16).',
    fr: 'Des données personnelles ont été communiquées à un destinataire qui n’aurait pas dû les recevoir : un risque pour les personnes (art. 33.1 ; lignes directrices 01/2021 du CEPD, cas n° 16).',
  },
  'trusted-recipient-retrieved': {
    en: 'The recipient is trusted and the data were retrieved or deleted: the severity drops one level (EDPB Guidelines 9/2022, §IV; 01/2021, case 09).',
    fr: 'Le destinataire est digne de confiance et les données ont été récupérées ou supprimées : la gravité baisse d’un niveau (lignes directrices 9/2022 du CEPD, section IV ; 01/2021, cas n° 09).',
  },
  'trusted-recipient-not-retrieved': {
    en: 'The recipient is trusted (bound to confidentiality): the risk is not high, but the data have not been retrieved yet (EDPB Guidelines 9/2022, §IV).',
    fr: 'Le destinataire est digne de confiance (tenu à la confidentialité) : le risque n’est pas élevé, mais les données n’ont pas encore été récupérées (lignes directrices 9/2022 du CEPD, section IV).',
  },
  'recovered-high-risk-mitigated': {
    en: 'The data were recovered before they could be misused: the high risk is no longer likely to materialise, so the people need not be told (Art. 34(3)(b)); the authority is still notified and may require it (Art. 34(4)).',
    fr: 'Les données ont été récupérées avant d’avoir pu être utilisées à mauvais escient : le risque élevé n’est plus susceptible de se matérialiser, si bien que les personnes n’ont pas à être informées (art. 34.3.b) ; l’autorité est tout de même notifiée et peut exiger cette information (art. 34.4).',
  },
  'recovered-not-sensitive': {
    en: 'The data were recovered or deleted before they could be misused and are not sensitive: the breach is unlikely to result in a risk (EDPB Guidelines 01/2021, cases 13 and 15).',
    fr: 'Les données ont été récupérées ou supprimées avant d’avoir pu être utilisées à mauvais escient et ne sont pas sensibles : la violation est peu susceptible d’engendrer un risque (lignes directrices 01/2021 du CEPD, cas n° 13 et 15).',
  },
  'availability-restored-quickly': {
    en: 'Availability was restored from a backup within {{hours}} h, without lasting effect on the people: unlikely to result in a risk (EDPB Guidelines 01/2021, case 01).',
    fr: 'La disponibilité a été rétablie à partir d’une sauvegarde en {{hours}} h au plus, sans effet durable pour les personnes : violation peu susceptible d’engendrer un risque (lignes directrices 01/2021 du CEPD, cas n° 01).',
  },
  'availability-not-restored-yet': {
    en: 'The data have not been restored from the backup yet: the loss of availability may affect people (EDPB Guidelines 01/2021, case 02).',
    fr: 'Les données n’ont pas encore été restaurées à partir de la sauvegarde : la perte de disponibilité peut avoir des conséquences pour les personnes (lignes directrices 01/2021 du CEPD, cas n° 02).',
  },
  'availability-device-backup': {
    en: 'The lost or stolen device or files were backed up: the data are still available to us, so their loss is not a loss of availability for the people (EDPB Guidelines 01/2021, case 10).',
    fr: 'L’appareil ou les documents perdus ou volés étaient sauvegardés : les données restent disponibles, si bien que leur perte n’est pas une perte de disponibilité pour les personnes (lignes directrices 01/2021 du CEPD, cas n° 10).',
  },
  'availability-restoration-unknown': {
    en: 'The restoration time is not recorded: the decision assumes the worst, that the data stay unavailable, because only a restoration within {{quick}} h makes the loss harmless (EDPB Guidelines 01/2021, case 01 against cases 02 and 03); record restored_within_hours and assess again.',
    fr: 'La durée de restauration n’est pas enregistrée : la décision retient l’hypothèse la plus défavorable, celle de données qui restent indisponibles, car seule une restauration en {{quick}} h au plus rend la perte sans conséquence (lignes directrices 01/2021 du CEPD, cas n° 01 par opposition aux cas n° 02 et 03) ; enregistrez restored_within_hours et refaites l’évaluation.',
  },
  'availability-slow-restoration': {
    en: 'Restoring the data from the backup took {{hours}} h (more than {{quick}} h): the loss of availability may affect people (EDPB Guidelines 01/2021, cases 02 and 03).',
    fr: 'La restauration des données à partir de la sauvegarde a pris {{hours}} h (plus de {{quick}} h) : la perte de disponibilité peut avoir des conséquences pour les personnes (lignes directrices 01/2021 du CEPD, cas n° 02 et 03).',
  },
  'availability-no-backup': {
    en: 'No usable backup: the data are lost or must be rebuilt, a loss of availability likely to affect people (EDPB Guidelines 01/2021, case 02).',
    fr: 'Aucune sauvegarde exploitable : les données sont perdues ou doivent être reconstituées, une perte de disponibilité susceptible d’avoir des conséquences pour les personnes (lignes directrices 01/2021 du CEPD, cas n° 02).',
  },
  'availability-no-backup-rebuilt': {
    en: 'No usable backup: the data are lost or must be rebuilt (restored after {{hours}} h), a loss of availability likely to affect people (EDPB Guidelines 01/2021, case 02).',
    fr: 'Aucune sauvegarde exploitable : les données sont perdues ou doivent être reconstituées (rétablies au bout de {{hours}} h), une perte de disponibilité susceptible d’avoir des conséquences pour les personnes (lignes directrices 01/2021 du CEPD, cas n° 02).',
  },
  'availability-sensitive': {
    en: 'The unavailable data are special-category data or concern vulnerable people: their unavailability can endanger people (care delayed, rights limited), a high risk (EDPB Guidelines 01/2021, case 03).',
    fr: 'Les données indisponibles sont des données sensibles ou concernent des personnes vulnérables : leur indisponibilité peut mettre des personnes en danger (soins retardés, droits entravés), ce qui constitue un risque élevé (lignes directrices 01/2021 du CEPD, cas n° 03).',
  },
  'integrity-restored-quickly': {
    en: 'The altered data were restored from a backup within {{hours}} h: unlikely to result in a risk (EDPB Guidelines 9/2022, §IV).',
    fr: 'Les données altérées ont été restaurées à partir d’une sauvegarde en {{hours}} h au plus : violation peu susceptible d’engendrer un risque (lignes directrices 9/2022 du CEPD, section IV).',
  },
  'integrity-not-restored': {
    en: 'Data were altered and not restored from a backup within {{quick}} h: decisions about people may rest on wrong data (EDPB Guidelines 9/2022, §IV).',
    fr: 'Des données ont été altérées et n’ont pas été restaurées à partir d’une sauvegarde dans les {{quick}} heures : des décisions concernant des personnes peuvent reposer sur des données erronées (lignes directrices 9/2022 du CEPD, section IV).',
  },
  'integrity-sensitive': {
    en: 'The altered data are special-category data or concern vulnerable people: a high risk (EDPB Guidelines 9/2022, §IV).',
    fr: 'Les données altérées sont des données sensibles ou concernent des personnes vulnérables : risque élevé (lignes directrices 9/2022 du CEPD, section IV).',
  },
  'no-data-category': {
    en: 'No data category is recorded: the assessment assumes the data identify people (Art. 33(3)(a)); record them and assess again.',
    fr: 'Aucune catégorie de données n’est enregistrée : l’évaluation suppose que les données permettent d’identifier les personnes (art. 33.3.a) ; enregistrez les catégories et refaites l’évaluation.',
  },
  'disproportionate-effort': {
    en: 'Telling each person would involve disproportionate effort: a public communication or a similar, equally effective measure replaces individual messages (Art. 34(3)(c)).',
    fr: 'Informer chaque personne exigerait des efforts disproportionnés : une communication publique ou une mesure similaire, tout aussi efficace, remplace les messages individuels (art. 34.3.c).',
  },
  'processor-notifies-controller': {
    en: 'As processor, notify the controller without undue delay, whatever the risk (Art. 33(2)): the controller assesses the breach and decides on notifying the authority and the people; the assessment above is for its information. Its {{notify}} hours start when it is informed.',
    fr: 'En tant que sous-traitant, notifier la violation au responsable du traitement dans les meilleurs délais, quel que soit le risque (art. 33.2) : c’est le responsable du traitement qui évalue la violation et décide de la notifier à l’autorité et de la communiquer aux personnes ; l’évaluation ci-dessus lui est fournie pour information. Son délai de {{notify}} heures court à partir du moment où il est informé.',
  },
  'conclusion-none': {
    en: 'Unlikely to result in a risk: no notification; document the breach and this reasoning in the register (Art. 33(5)).',
    fr: 'Violation peu susceptible d’engendrer un risque : pas de notification ; documenter la violation et ce raisonnement dans le registre (art. 33.5).',
  },
  'conclusion-risk': {
    en: 'Likely to result in a risk: notify the supervisory authority within {{notify}} hours of awareness (Art. 33(1)); telling the people is not required (Art. 34(1)).',
    fr: 'Violation susceptible d’engendrer un risque : notifier l’autorité de contrôle dans les {{notify}} heures après en avoir pris connaissance (art. 33.1) ; l’information des personnes n’est pas requise (art. 34.1).',
  },
  'conclusion-high-mitigated': {
    en: 'High risk, mitigated: notify the supervisory authority within {{notify}} hours of awareness (Art. 33(1)); the people need not be told (Art. 34(3)(b)).',
    fr: 'Risque élevé, mais atténué : notifier l’autorité de contrôle dans les {{notify}} heures après en avoir pris connaissance (art. 33.1) ; les personnes n’ont pas à être informées (art. 34.3.b).',
  },
  'conclusion-high': {
    en: 'Likely to result in a high risk: notify the supervisory authority within {{notify}} hours of awareness (Art. 33(1)) and tell the people without undue delay (Art. 34(1)).',
    fr: 'Violation susceptible d’engendrer un risque élevé : notifier l’autorité de contrôle dans les {{notify}} heures après en avoir pris connaissance (art. 33.1) et informer les personnes concernées dans les meilleurs délais (art. 34.1).',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type ReasonId = keyof typeof REASON_TEXTS;

export interface ReasonValues {
  /** Data categories: named by their label in the language when they carry one, else by their register id. */
  categories?: readonly { id: string; label?: Record<Lang, string> }[];
  hours?: number;
  people?: number;
  quick?: number;
}

/** One reason of the assessment as the decision gives it: a code and its facts, no words. */
export interface Reason {
  id: ReasonId;
  values?: ReasonValues;
}

/** 4 / 4 ; 1.5 / 1,5 ; 12000 → 12,000 / 12 000 (the space the drafts use, see formatCount). */
function numberIn(value: number, lang: Lang, grouped: boolean): string {
  if (!grouped) return lang === 'fr' ? String(value).replace('.', ',') : String(value);
  return lang === 'fr'
    ? value.toLocaleString('fr-FR').replace(/[\u202f\u00a0]/g, ' ')
    : value.toLocaleString('en-GB');
}

function fill(text: string, values: ReasonValues, lang: Lang): string {
  return text.replace(
    /\{\{(categories|hours|people|quick|notify)\}\}/g,
    (_match, key: keyof ReasonValues | 'notify') => {
      const value = key === 'notify' ? breachNotificationHours() : values[key];
      if (value === undefined)
        throw new Error(`reason text ${JSON.stringify(text)} needs {{${key}}}`);
      if (typeof value === 'number') return numberIn(value, lang, key === 'people');
      return value.map((c) => c.label?.[lang] ?? c.id).join(', ');
    },
  );
}

/** A reason in words, in `lang` (the edge: wizard, drafts, `breach assess`). */
export function reasonText(r: Reason, lang: Lang): string {
  return fill(REASON_TEXTS[r.id][lang], r.values ?? {}, lang);
}

/** The reasons of a decision in words, in `lang`. */
export function reasonTexts(reasons: readonly Reason[], lang: Lang): string[] {
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
