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
export const DURATION_UNITS: Record<
  'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S',
  Record<Lang, [string, string]>
> = {
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
  consent: {
    en: 'your consent (Art. 6(1)(a) GDPR)',
    fr: 'votre consentement (art. 6.1.a du RGPD)',
  },
  contract: {
    en: 'the performance of a contract with you, or steps you asked for before entering into one (Art. 6(1)(b) GDPR)',
    fr: "l'exécution d'un contrat avec vous, ou de mesures précontractuelles prises à votre demande (art. 6.1.b du RGPD)",
  },
  'legal-obligation': {
    en: 'a legal obligation we are subject to (Art. 6(1)(c) GDPR)',
    fr: 'le respect d\u2019une obligation légale à laquelle nous sommes soumis (art. 6.1.c du RGPD)',
  },
  'vital-interests': {
    en: 'the protection of your vital interests or those of another person (Art. 6(1)(d) GDPR)',
    fr: 'la sauvegarde de vos intérêts vitaux ou de ceux d\u2019une autre personne (art. 6.1.d du RGPD)',
  },
  'public-task': {
    en: 'a task carried out in the public interest or in the exercise of official authority (Art. 6(1)(e) GDPR)',
    fr: "l'exécution d'une mission d'intérêt public ou relevant de l'exercice de l'autorité publique (art. 6.1.e du RGPD)",
  },
  'legitimate-interests': {
    en: 'our legitimate interests (Art. 6(1)(f) GDPR)',
    fr: 'notre intérêt légitime (art. 6.1.f du RGPD)',
  },
};

/** Short labels for tables (the register). */
export const LEGAL_BASIS_SHORT: Record<string, Words> = {
  consent: { en: 'Consent – Art. 6(1)(a)', fr: 'Consentement – art. 6.1.a' },
  contract: { en: 'Contract – Art. 6(1)(b)', fr: 'Contrat – art. 6.1.b' },
  'legal-obligation': {
    en: 'Legal obligation – Art. 6(1)(c)',
    fr: 'Obligation légale – art. 6.1.c',
  },
  'vital-interests': { en: 'Vital interests – Art. 6(1)(d)', fr: 'Intérêts vitaux – art. 6.1.d' },
  'public-task': { en: 'Public task – Art. 6(1)(e)', fr: "Mission d'intérêt public – art. 6.1.e" },
  'legitimate-interests': {
    en: 'Legitimate interests – Art. 6(1)(f)',
    fr: 'Intérêt légitime – art. 6.1.f',
  },
};

/** Data-subject rights (Arts. 15–22) and the Art. 7(3) withdrawal, in plain words. */
export const RIGHTS: Record<string, Words> = {
  access: {
    en: 'access your data and get a copy (Art. 15)',
    fr: 'accéder à vos données et en obtenir une copie (art. 15)',
  },
  rectification: {
    en: 'have inaccurate data corrected (Art. 16)',
    fr: 'faire rectifier des données inexactes (art. 16)',
  },
  erasure: {
    en: 'have your data erased (Art. 17)',
    fr: "obtenir l'effacement de vos données (art. 17)",
  },
  restriction: {
    en: 'have the processing restricted (Art. 18)',
    fr: 'obtenir la limitation du traitement (art. 18)',
  },
  portability: {
    en: 'receive the data you gave us in a machine-readable format, or have them sent to another organisation (Art. 20)',
    fr: 'recevoir les données que vous nous avez fournies dans un format lisible par machine, ou les faire transmettre à un autre organisme (art. 20)',
  },
  objection: {
    en: 'object to the processing on grounds relating to your particular situation (Art. 21(1))',
    fr: 'vous opposer au traitement pour des raisons tenant à votre situation particulière (art. 21.1)',
  },
  'objection-direct-marketing': {
    en: 'object at any time to the use of your data for direct marketing (Art. 21(2))',
    fr: 'vous opposer à tout moment à l\u2019utilisation de vos données à des fins de prospection (art. 21.2)',
  },
  'withdraw-consent': {
    en: 'withdraw your consent at any time, without affecting the lawfulness of processing before the withdrawal (Art. 7(3))',
    fr: 'retirer votre consentement à tout moment, sans remettre en cause la licéité du traitement effectué avant ce retrait (art. 7.3)',
  },
  'automated-decision': {
    en: 'not be subject to a decision based solely on automated processing, to obtain human intervention and to contest the decision (Art. 22)',
    fr: "ne pas faire l'objet d'une décision fondée exclusivement sur un traitement automatisé, obtenir une intervention humaine et contester la décision (art. 22)",
  },
};

export const MONTH_FORMAT: Words = { en: 'd MMMM yyyy', fr: 'd MMMM yyyy' };

/**
 * Words of the record of processing activities (Art. 30; `gdpr register`): short labels for
 * table cells and spreadsheet columns. Keys are the register's enum values.
 */
/** The eight Art. 9(1) special categories, as the schema's `special` values. */
export const SPECIAL_CATEGORY_WORDS: Record<string, Words> = {
  'racial-ethnic-origin': { en: 'racial or ethnic origin', fr: 'origine raciale ou ethnique' },
  'political-opinions': { en: 'political opinions', fr: 'opinions politiques' },
  'religious-beliefs': {
    en: 'religious or philosophical beliefs',
    fr: 'convictions religieuses ou philosophiques',
  },
  'trade-union': { en: 'trade-union membership', fr: 'appartenance syndicale' },
  genetic: { en: 'genetic data', fr: 'données génétiques' },
  biometric: { en: 'biometric data', fr: 'données biométriques' },
  health: { en: 'health', fr: 'santé' },
  'sex-life': { en: 'sex life or sexual orientation', fr: 'vie sexuelle ou orientation sexuelle' },
};

export const RECORD_WORDS = {
  status: {
    planned: { en: 'Planned', fr: 'En projet' },
    active: { en: 'Active', fr: 'En cours' },
    retired: { en: 'Retired', fr: 'Arrêté' },
  } as Record<string, Words>,
  role: {
    controller: { en: 'Controller', fr: 'Responsable du traitement' },
    'joint-controller': { en: 'Joint controller (Art. 26)', fr: 'Responsable conjoint (art. 26)' },
    processor: { en: 'Processor (Art. 28)', fr: 'Sous-traitant (art. 28)' },
  } as Record<string, Words>,
  yes: { en: 'Yes', fr: 'Oui' },
  no: { en: 'No', fr: 'Non' },
  none: { en: 'None', fr: 'Aucun' },
  source: {
    'data-subject': { en: 'The data subject', fr: 'La personne concernée' },
    'third-party': { en: 'A third party', fr: 'Un tiers' },
    public: { en: 'Publicly available sources', fr: 'Sources accessibles au public' },
  } as Record<string, Words>,
  retentionThen: {
    delete: { en: 'deletion', fr: 'suppression' },
    anonymise: { en: 'anonymisation', fr: 'anonymisation' },
    archive: { en: 'intermediate archiving', fr: 'archivage intermédiaire' },
  } as Record<string, Words>,
  mechanism: {
    adequacy: { en: 'Adequacy decision (Art. 45)', fr: "Décision d'adéquation (art. 45)" },
    scc: {
      en: 'Standard contractual clauses (Art. 46(2)(c))',
      fr: 'Clauses contractuelles types (art. 46.2.c)',
    },
    bcr: {
      en: 'Binding corporate rules (Art. 47)',
      fr: "Règles d'entreprise contraignantes (art. 47)",
    },
    'code-of-conduct': {
      en: 'Code of conduct (Art. 46(2)(e))',
      fr: 'Code de conduite (art. 46.2.e)',
    },
    certification: { en: 'Certification (Art. 46(2)(f))', fr: 'Certification (art. 46.2.f)' },
    derogation: { en: 'Derogation (Art. 49)', fr: 'Dérogation (art. 49)' },
  } as Record<string, Words>,
  derogation: {
    'explicit-consent': {
      en: 'explicit consent (Art. 49(1)(a))',
      fr: 'consentement explicite (art. 49.1.a)',
    },
    contract: {
      en: 'performance of a contract (Art. 49(1)(b)–(c))',
      fr: "exécution d'un contrat (art. 49.1.b–c)",
    },
    'public-interest': {
      en: 'important reasons of public interest (Art. 49(1)(d))',
      fr: "motifs importants d'intérêt public (art. 49.1.d)",
    },
    'legal-claims': { en: 'legal claims (Art. 49(1)(e))', fr: 'droits en justice (art. 49.1.e)' },
    'vital-interests': {
      en: 'vital interests (Art. 49(1)(f))',
      fr: 'intérêts vitaux (art. 49.1.f)',
    },
    'public-register': {
      en: 'public register (Art. 49(1)(g))',
      fr: 'registre public (art. 49.1.g)',
    },
    'compelling-legitimate-interests': {
      en: 'compelling legitimate interests (Art. 49(1), second subparagraph)',
      fr: 'intérêts légitimes impérieux (art. 49.1, second alinéa)',
    },
  } as Record<string, Words>,
  art9Condition: {
    'explicit-consent': {
      en: 'Explicit consent – Art. 9(2)(a)',
      fr: 'Consentement explicite – art. 9.2.a',
    },
    employment: {
      en: 'Employment and social security law – Art. 9(2)(b)',
      fr: 'Droit du travail et de la sécurité sociale – art. 9.2.b',
    },
    'vital-interests': { en: 'Vital interests – Art. 9(2)(c)', fr: 'Intérêts vitaux – art. 9.2.c' },
    'not-for-profit': {
      en: 'Not-for-profit body – Art. 9(2)(d)',
      fr: 'Organisme à but non lucratif – art. 9.2.d',
    },
    'made-public': {
      en: 'Made public by the data subject – Art. 9(2)(e)',
      fr: 'Rendues publiques par la personne – art. 9.2.e',
    },
    'legal-claims': { en: 'Legal claims – Art. 9(2)(f)', fr: 'Droits en justice – art. 9.2.f' },
    'substantial-public-interest': {
      en: 'Substantial public interest – Art. 9(2)(g)',
      fr: "Motif d'intérêt public important – art. 9.2.g",
    },
    'health-care': {
      en: 'Health or social care – Art. 9(2)(h)',
      fr: 'Médecine et prise en charge sanitaire ou sociale – art. 9.2.h',
    },
    'public-health': { en: 'Public health – Art. 9(2)(i)', fr: 'Santé publique – art. 9.2.i' },
    'archiving-research': {
      en: 'Archiving, research or statistics – Art. 9(2)(j)',
      fr: 'Archives, recherche ou statistiques – art. 9.2.j',
    },
  } as Record<string, Words>,
  special: SPECIAL_CATEGORY_WORDS,
  /** Flags of a data category: Art. 9 (with the category), Art. 10, Art. 87. */
  specialFlag: { en: 'Special category – Art. 9', fr: 'Donnée sensible – art. 9' },
  criminalFlag: {
    en: 'Criminal convictions and offences – Art. 10',
    fr: 'Condamnations et infractions – art. 10',
  },
  nationalIdFlag: {
    en: 'National identification number – Art. 87',
    fr: "Numéro d'identification national – art. 87",
  },
  partyKind: {
    processor: { en: 'Processor', fr: 'Sous-traitant' },
    'sub-processor': { en: 'Sub-processor', fr: 'Sous-traitant ultérieur' },
    'joint-controller': { en: 'Joint controller', fr: 'Responsable conjoint' },
    'third-party': { en: 'Third party', fr: 'Tiers' },
    'public-authority': { en: 'Public authority', fr: 'Autorité publique' },
    client: { en: 'Client (controller)', fr: 'Client (responsable du traitement)' },
  } as Record<string, Words>,
  department: { en: 'Internal department', fr: 'Service interne' },
  dpiaStatus: {
    draft: { en: 'Draft', fr: 'Brouillon' },
    'in-progress': { en: 'In progress', fr: 'En cours' },
    validated: { en: 'Validated', fr: 'Validée' },
    outdated: { en: 'Outdated', fr: 'À réviser' },
  } as Record<string, Words>,
  /** Rights for the ICO template's column 16 (which rights apply depends on the legal bases). */
  right: {
    access: { en: 'Access (Art. 15)', fr: 'Accès (art. 15)' },
    rectification: { en: 'Rectification (Art. 16)', fr: 'Rectification (art. 16)' },
    erasure: { en: 'Erasure (Art. 17)', fr: 'Effacement (art. 17)' },
    restriction: { en: 'Restriction (Art. 18)', fr: 'Limitation (art. 18)' },
    portability: { en: 'Portability (Art. 20)', fr: 'Portabilité (art. 20)' },
    objection: { en: 'Objection (Art. 21)', fr: 'Opposition (art. 21)' },
    'withdraw-consent': {
      en: 'Withdrawal of consent (Art. 7(3))',
      fr: 'Retrait du consentement (art. 7.3)',
    },
    'automated-decision': {
      en: 'Human intervention in automated decisions (Art. 22)',
      fr: 'Intervention humaine sur les décisions automatisées (art. 22)',
    },
  } as Record<string, Words>,
  /** "3 months from the end of …" / "3 mois (point de départ : la fin de …)" */
  retentionFrom: { en: 'from', fr: 'point de départ' },
  retentionThenWord: { en: 'then', fr: 'puis' },
  retentionFor: { en: 'for', fr: 'pendant' },
  criteria: { en: 'Criteria', fr: 'Critères' },
  wp248: { en: 'WP248 criteria met', fr: 'Critères WP248 remplis' },
  wp248Threshold: { en: 'a DPIA is required from', fr: 'AIPD requise à partir de' },
  cnilRequiredItem: {
    en: 'CNIL list of processing requiring a DPIA, item',
    fr: 'Liste CNIL des traitements soumis à AIPD, point',
  },
};

/**
 * The language a document is written in, the same for every command: `--lang` when given,
 * else the first of the register's `languages` that has templates. Undefined when neither has
 * templates: the caller asks for `--lang` (a notice in a language its readers may not read must
 * be a choice, not a fallback). A register with no `languages` writes English.
 */
export function chooseDocumentLanguage(
  requested: string | undefined,
  registerLanguages: readonly string[],
): Lang | undefined {
  if (requested !== undefined) return isDocumentLanguage(requested) ? requested : undefined;
  if (registerLanguages.length === 0) return 'en';
  return registerLanguages.find(isDocumentLanguage);
}

/** The usage error for a language `chooseDocumentLanguage` could not settle. */
export function documentLanguageProblem(
  requested: string | undefined,
  registerLanguages: readonly string[],
): string {
  return requested !== undefined
    ? `--lang must be one of ${DOCUMENT_LANGUAGES.join(', ')} (got "${requested}")`
    : `none of the register's languages (${registerLanguages.join(', ')}) has built-in templates; pass --lang ${DOCUMENT_LANGUAGES.join(' or --lang ')}`;
}
