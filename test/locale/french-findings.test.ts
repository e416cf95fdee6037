/**
 * `gdpr check --lang fr` words every finding in French: the fragments a rule builds (days,
 * extension defects, review sources, countries, mechanisms, kinds, law labels) come from
 * locales/fr/rules.json or from the French of the law data, never from English in TypeScript.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRegister } from '../../src/check/engine.js';
import { RULES } from '../../src/rules/index.js';
import { BASE_REGISTER, makeRegister } from '../helpers/register.js';
import { REPO_ROOT, gdpr } from '../helpers/cli.js';

const TODAY = '2026-12-05';

/**
 * English words a French finding must not hold outside backticks (register values, codes and
 * field names stay as they are inside them).
 */
const ENGLISH = [
  ' days',
  ' day ',
  'today',
  ' and ',
  ' or ',
  ' the ',
  ' set by',
  ' in gdpr.yaml',
  ' has no ',
  'United States',
  'Commission Implementing Decision',
  'guidance',
  'sub-processor, through',
  'decision number',
  'not yet verified',
  'criteria met',
  'is required from',
  'Guidelines',
  ', item ',
  'Built-in references',
  'activity `',
  'activities `',
];

/** Left out of the scan: yaml-syntax, which quotes the YAML parser's own English message. */
const NOT_SCANNED = new Set(['yaml-syntax']);

interface Finding {
  rule: string;
  message: string;
}

function englishIn(findings: readonly Finding[]): string[] {
  const found: string[] = [];
  for (const { rule, message } of findings) {
    if (NOT_SCANNED.has(rule)) continue;
    const outside = message.replace(/`[^`]*`/g, '``');
    for (const word of ENGLISH)
      if (outside.includes(word)) found.push(`${rule}: "${word}" in ${message}`);
  }
  return found;
}

const EXAMPLES = readdirSync(join(REPO_ROOT, 'examples'))
  .filter((name) => name.startsWith('broken'))
  .sort();

const checked = new Map<string, Finding[]>();

/** The findings of every broken example in `lang` (the built binary, run once per language). */
function checkExamples(lang: string): Finding[] {
  const cached = checked.get(lang);
  if (cached !== undefined) return cached;
  const findings = EXAMPLES.flatMap((name) => {
    const r = gdpr([
      'check',
      join('examples', name),
      '--lang',
      lang,
      '--format',
      'json',
      '--today',
      TODAY,
    ]);
    expect(r.stderr, name).toBe('');
    return (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics;
  });
  checked.set(lang, findings);
  return findings;
}

/** The French findings of `files` added to the base register, checked on `today`. */
async function french(
  files: Readonly<Record<string, string | null>>,
  today = '2026-11-23',
): Promise<Finding[]> {
  const root = makeRegister(files);
  const { diagnostics } = await checkRegister(root, {
    today,
    now: new Date(`${today}T00:00:00Z`),
    cwd: root,
    rules: RULES,
    lang: 'fr',
  });
  return diagnostics.map((d) => ({ rule: d.rule, message: d.message }));
}

describe('gdpr check --lang fr on the broken examples (built binary)', () => {
  it('prints no English word outside backticks', () => {
    const findings = checkExamples('fr');
    expect(findings.length).toBeGreaterThan(50);
    expect(englishIn(findings)).toEqual([]);
  });
});

const ACTIVITY = BASE_REGISTER['activities/customers.yaml']!;
const DPA =
  'dpa: { signed: 2026-01-10, reference: dpa.pdf, clauses: [instructions, confidentiality, security, sub-processors, rights, assistance, deletion-return, audits], sub_processor_authorisation: specific }\n';

/** One register that reaches every fragment the rules word: checked once, in French. */
const REGISTER: Readonly<Record<string, string>> = {
  'requests/soon.yaml':
    'type: access\nreceived: 2026-10-26\nchannel: email\nreference: T-1\nstatus: open\nextension: { months: 1, reason: Many requests at once }\n',
  'requests/today.yaml':
    'type: access\nreceived: 2026-10-23\nchannel: email\nreference: T-2\nstatus: open\n',
  'requests/late.yaml':
    'type: access\nreceived: 2026-10-20\nchannel: email\nreference: T-3\nstatus: open\n',
  'parties/acme-in.yaml': `name: Acme India\nkind: processor\ncountry: IN\ncontact: privacy@acme.example\nsub_processors: [acme-us]\n${DPA}`,
  'parties/acme-us.yaml': 'name: Acme US\nkind: sub-processor\ncountry: US\n',
  'parties/ca-agency.yaml': 'name: Agence\nkind: public-authority\ncountry: CA\n',
  'activities/customers.yaml': ACTIVITY.replace(
    'recipients:\n  - department: sales\n',
    'recipients:\n  - department: sales\n  - party: acme-in\ntransfers:\n  - party: acme-in\n    country: IN\n' +
      '  - party: acme-in\n    country: IN\n    mechanism: adequacy\n' +
      '  - party: acme-in\n    country: IN\n    mechanism: scc\n    tia: { date: 2020-01-01, conclusion: not-effective }\n' +
      '  - party: ca-agency\n    country: CA\n    mechanism: adequacy\n',
  )
    .replace('reviewed: 2026-06-01\n', 'reviewed: 2025-11-22\nreview_every: P1Y\n')
    .replace('department: sales', 'department: salse'),
  'catalog/data-categories.yaml': `${BASE_REGISTER['catalog/data-categories.yaml']!}- id: health\n  name: Health\n  special: health\n`,
  'activities/care.yaml': ACTIVITY.replace('category: identity', 'category: health').replace(
    '[access-control, encryption-at-rest]',
    '[badge]',
  ),
  'catalog/security-measures.yaml': `${BASE_REGISTER['catalog/security-measures.yaml']!}- id: badge\n  name: Badge\n`,
  'incidents/a.yaml':
    'title: Misdirected e-mail\nstatus: open\ndiscovered_at: 2026-11-19T09:30:00+01:00\ntypes: [confidentiality]\nassessment: { risk: high, notify_authority: true }\n',
  'catalog/retention.yaml': `${BASE_REGISTER['catalog/retention.yaml']!}- id: odd\n  duration: P1Y\n  from: x\n  then: delete\n  reference: zzz\n- id: near\n  duration: P1Y\n  from: x\n  then: delete\n  reference: cnil-vide\n- id: video\n  duration: P3M\n  from: x\n  then: delete\n  reference: cnil-video\n`,
};

describe('every fragment a rule builds, in French (a register reaching each)', () => {
  it('holds no English word outside backticks, and words each rule as written here', async () => {
    const findings = await french(REGISTER);
    expect(englishIn(findings)).toEqual([]);
    const text = findings.map((f) => `${f.rule}: ${f.message}`).join('\n');
    for (const sentence of [
      'request-overdue: cette demande doit être traitée au plus tard le 2026-11-26 (dans 3 jours) ; répondez-y d’ici là (la prolongation ne compte pas : la personne n’en a pas été informée (`notified`))',
      'request-overdue: cette demande doit être traitée au plus tard le 2026-11-23 (aujourd’hui) ; répondez-y d’ici là, ou, si elle est complexe, prolongez le délai : informez-en la personne avant cette date en lui donnant les motifs, et enregistrez `extension` avec `reason` et `notified`',
      'request-overdue: cette demande devait être traitée au plus tard le 2026-11-20 et le retard est de 3 jours ;',
      'review-overdue: la dernière revue de `customers` date du 2025-11-22 ; avec une période de revue de P1Y, fixée par le `review_every` de l’activité, la revue suivante était due le 2026-11-22 et a 1 jour de retard ;',
      "transfer-mechanism-required: `acme-us` (un sous-traitant ultérieur, par `acme-in`) reçoit les données dans un pays hors de l’EEE (États-Unis d'Amérique, `US`), selon `country`, mais aucun transfert vers ce pays n’est enregistré pour elle ; ajoutez à `transfers` une entrée avec `party: acme-us`, `country: US` et un `mechanism` (adequacy, scc, bcr, code-of-conduct, certification ou derogation)",
      'transfer-mechanism-required: le transfert vers `acme-in` (Inde, `IN`) ne cite aucun outil du chapitre V ;',
      'transfer-mechanism-required: `mechanism: adequacy`, mais aucune décision d’adéquation en vigueur ne couvre ce pays (Inde, `IN`) ;',
      'transfer-mechanism-required: `mechanism: adequacy`, mais la décision d’adéquation (Canada : Décision de la Commission du 20 décembre 2001 (2002/2/CE)) ne couvre que les organisations commerciales, et `ca-agency` est une autorité publique ;',
      'transfer-impact-assessment: l’analyse d’impact du transfert vers `acme-in` (Inde, `IN`) date du 2020-01-01, au-delà de la période de revue (P1Y, échéance le 2021-01-01) ; revoyez-la au regard du droit et de la pratique actuels de ce pays',
      'transfer-impact-assessment: l’analyse d’impact du transfert conclut que `scc` n’est pas efficace pour `acme-in` (Inde, `IN`) :',
      'security-measures-required: l’activité `care` traite des données de l’art. 9 du RGPD (`health`) mais ne liste aucune mesure de chiffrement (`encryption`) ni aucune mesure de contrôle d’accès (`access-control`) ; ajoutez à `security_measures` une mesure de catalog/security-measures.yaml avec `kind: encryption` et une avec `kind: access-control` (`badge` n’a pas de `kind` : donnez à chaque mesure listée son `kind`, car les identifiants ne sont lus que pour des mots anglais ou français comme `encrypt`, `chiffr`, `acces`)',
      'special-category-condition: l’activité traite des catégories particulières de données (`health` (santé)),',
      'unknown-reference: `salse` n’est pas défini dans les `departments` de gdpr.yaml. Vouliez-vous dire `sales` ?',
      'retention-above-reference: `zzz` n’est pas une durée de référence intégrée. Durées de référence intégrées : `cnil-prospects`, ',
      'retention-above-reference: `cnil-vide` n’est pas une durée de référence intégrée. Vouliez-vous dire `cnil-video` ? Corrigez `reference`, ou supprimez-la',
      'retention-above-reference: la règle de conservation `video` conserve les données P3M, plus que les P1M de la durée de référence `cnil-video` (Images de vidéosurveillance (lieu de travail, locaux) ; source : CNIL, « La vidéosurveillance – vidéoprotection au travail ») ;',
      'breach-notification-overdue: l’autorité de contrôle aurait dû être notifiée au plus tard le 2026-11-22T09:30:00+01:00 (72 h après la prise de connaissance du 2026-11-19T09:30:00+01:00) et le retard est de 15,5 h ;',
      'processor-contract: `acme-us` est un sous-traitant ultérieur (`sub-processor`), mais aucun contrat signé n’est enregistré ;',
    ])
      expect(text).toContain(sentence);
  });

  it('gives the reasons a DPIA is required in French: WP248 criteria, Art. 35(3), CNIL list', async () => {
    const dpia = (block: string): string =>
      ACTIVITY.replace(/\ndpia:[^\n]*(\n {2}[^\n]*)*/, '') + block;
    const findings = await french({
      'activities/criteria.yaml': dpia('dpia:\n  criteria: [systematic-monitoring, large-scale]\n'),
      'activities/art35.yaml': dpia('dpia:\n  art35_3: [art35-3-b]\n'),
      'activities/listed.yaml': dpia(
        'dpia:\n  cnil_list: cnil-required-01-health-establishments\n',
      ),
    });
    const text = findings
      .filter((f) => f.rule === 'dpia-required')
      .map((f) => f.message)
      .join('\n');
    expect(englishIn(findings.filter((f) => f.rule === 'dpia-required'))).toEqual([]);
    expect(text).toContain(
      'l’activité `criteria` nécessite une AIPD (2 critères du WP248 remplis (systematic-monitoring, large-scale) ; une AIPD est requise à partir de 2 (lignes directrices du G29 concernant l’analyse d’impact relative à la protection des données (AIPD), WP248 rév. 01 (4 octobre 2017), approuvées par le CEPD))',
    );
    expect(text).toContain('l’activité `art35` nécessite une AIPD (art. 35.3.b du RGPD : ');
    expect(text).toMatch(
      /l’activité `listed` nécessite une AIPD \(délibération de la CNIL n° 2018-327 du 11 octobre 2018 \(JORF du 6 novembre 2018\), point 1 : [^)]/,
    );
  });

  it('names where the review period comes from', async () => {
    const config = BASE_REGISTER['gdpr.yaml']!;
    const never = await french({
      'gdpr.yaml': config.replace('review_every: P1Y\n', ''),
      'activities/customers.yaml': ACTIVITY.replace('reviewed: 2026-06-01\n', ''),
    });
    expect(never.map((f) => f.message)).toContain(
      'l’activité `customers` n’a pas de date de revue ; revoyez la fiche et ajoutez `reviewed: YYYY-MM-DD` (la période de revue est de P1Y, celle par défaut)',
    );
    const timed = await french({
      'gdpr.yaml': config.replace('review_every: P1Y', 'review_every: PT5H'),
    });
    expect(timed.map((f) => f.message)).toContain(
      'la période de revue `PT5H` de gdpr.yaml comporte une partie horaire et ne peut pas s’ajouter à une date ; utilisez des années, des mois, des semaines ou des jours (par ex. P1Y, P6M)',
    );
  });

  it('says when a reference period is not yet verified', async () => {
    const findings = await french({
      'catalog/retention.yaml': BASE_REGISTER['catalog/retention.yaml']!.replace(
        'duration: P3Y\n',
        'duration: P20Y\n  reference: fr-e-contracts-consumers\n',
      ),
    });
    const messages = findings.filter((f) => f.rule === 'retention-above-reference');
    expect(messages.map((f) => f.message).join('\n')).toContain(
      'plus que les P10Y de la durée de référence `fr-e-contracts-consumers` (Contrats conclus par voie électronique',
    );
    expect(messages[0]?.message).toContain(
      ' (cette référence n’est pas encore vérifiée) ; ramenez',
    );
  });
});

describe('the English control: the same scan finds the English words in --lang en', () => {
  it('on the broken examples', () => {
    const found = englishIn(checkExamples('en')).join('\n');
    for (const word of [
      ' days',
      ' set by',
      'United States',
      'Commission Implementing Decision',
      'guidance',
    ])
      expect(found).toContain(`"${word}"`);
  });
});

describe('French findings of the broken examples, one per rule', () => {
  it('words them as written here', () => {
    const text = checkExamples('fr')
      .map((f) => `${f.rule}: ${f.message}`)
      .join('\n');
    for (const sentence of [
      'national-id-number: la catégorie de données `nir` est un numéro d’identification national, et le NIR ne peut être utilisé que par les organismes et pour les finalités énumérés par le décret n° 2019-341 (art. 30 de la loi 78-17) ; vérifiez que cette activité est un usage que le droit national autorise (France, `FR`), ou utilisez plutôt un identifiant interne',
      'transfer-mechanism-required: `mechanism: adequacy`, mais la décision d’adéquation (États-Unis : Décision d’exécution (UE) 2023/1795 de la Commission du 10 juillet 2023) ne couvre que les organisations certifiées',
      "transfer-mechanism-required: `helpdesk-us` reçoit les données dans un pays hors de l’EEE (États-Unis d'Amérique, `US`), selon `country` et `locations`, mais aucun transfert vers ce pays",
      "transfer-impact-assessment: le transfert vers `crm-us` (États-Unis d'Amérique, `US`) repose sur `scc` et aucune décision d’adéquation ne le couvre",
      'review-overdue: la dernière revue de `supplier-contacts` date du 2025-06-01 ; avec une période de revue de P1Y, fixée par `review_every` dans gdpr.yaml, la revue suivante était due le 2026-06-01 et a 187 jours de retard ;',
      'request-overdue: cette demande devait être traitée au plus tard le 2026-10-01 et le retard est de 65 jours ;',
      "representative-required: l’organisme est établi hors de l’EEE (États-Unis d'Amérique, `US`) et ne nomme aucun représentant dans l’Union ;",
      'processor-record: `client-no-contact` est un responsable du traitement pour le compte duquel vous traitez des données (activité `processor-client-no-contact`),',
      'processor-contract: `no-dpa-processor` est un sous-traitant (`processor`), mais aucun contrat signé n’est enregistré',
      'direct-marketing-stated: la finalité 1 ressemble à de la prospection (« newsletter », `legal_basis: consent`) mais ne l’indique pas',
      'breach-subjects-communication: l’évaluation impose d’informer les personnes concernées (`risk: high`) ;',
      '(`encrypted`, `mitigated` ou `disproportionate-effort`)',
      'missing-translation: ce texte n’est pas écrit dans toutes les langues du registre (il manque : en), alors que `languages` de gdpr.yaml liste fr, en ;',
    ])
      expect(text).toContain(sentence);
  });
});
