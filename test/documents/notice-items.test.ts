/**
 * Every Art. 13/14 item (and Art. 7(3), 21(4)) that applies to the example notices appears in
 * them, where a reader looks for it (under its heading), and the conditional ones appear ONLY
 * where they apply. One row per item and notice; `section` is the heading the text must sit under.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/commands/notice.js';
import { LEGAL_BASIS, RIGHTS } from '../../src/render/i18n.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { memoryIo } from '../helpers/io.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'atelier-durand');
type NoticeId = 'candidates' | 'customers' | 'website';
type Lang = 'fr' | 'en';

const rendered = new Map<string, string>();
const key = (id: NoticeId, lang: Lang, format: 'md' | 'html'): string => `${id}.${lang}.${format}`;

beforeAll(async () => {
  for (const id of ['candidates', 'customers', 'website'] as const) {
    for (const lang of ['fr', 'en'] as const) {
      for (const format of ['md', 'html'] as const) {
        const io = memoryIo(REPO_ROOT);
        expect(await notice({ noticeId: id, path: EXAMPLE, lang, format }, io)).toBe(0);
        rendered.set(key(id, lang, format), io.out());
      }
    }
  }
});

/** The Markdown as a reader sees it: backslash escapes removed. */
function plain(id: NoticeId, lang: Lang): string {
  return rendered.get(key(id, lang, 'md'))!.replace(/\\(.)/g, '$1');
}

/** The text under the `## heading` (up to the next `## `), or undefined when there is no such section. */
function section(id: NoticeId, lang: Lang, heading: string): string | undefined {
  const text = plain(id, lang);
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) return undefined;
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

const H = {
  controller: {
    fr: 'Qui est responsable de vos données ?',
    en: 'Who is responsible for your data?',
  },
  dpo: { fr: 'Délégué à la protection des données', en: 'Data protection officer' },
  purposes: {
    fr: 'Pourquoi utilisons-nous vos données, et sur quelle base légale ?',
    en: 'Why we use your data, and on what legal basis',
  },
  sources: {
    fr: 'Données que nous ne recueillons pas auprès de vous',
    en: 'Data we do not collect from you',
  },
  recipients: { fr: 'Qui reçoit vos données ?', en: 'Who receives your data' },
  transfers: {
    fr: "Transferts hors de l'Espace économique européen",
    en: 'Transfers outside the European Economic Area',
  },
  retention: {
    fr: 'Combien de temps conservons-nous vos données ?',
    en: 'How long we keep your data',
  },
  requirements: {
    fr: 'Êtes-vous obligé de fournir vos données ?',
    en: 'Do you have to provide your data?',
  },
  automated: { fr: 'Décisions automatisées', en: 'Automated decisions' },
  objection: { fr: "Votre droit d'opposition", en: 'Your right to object' },
  rights: { fr: 'Vos droits', en: 'Your rights' },
  complaint: {
    fr: "Réclamation auprès de l'autorité de contrôle",
    en: 'Complaining to the supervisory authority',
  },
} as const;

interface Row {
  item: string;
  article: string;
  notices: NoticeId[];
  lang: Lang;
  section: keyof typeof H;
  /** Each must appear in the section. */
  present: string[];
}

const ALL: NoticeId[] = ['candidates', 'customers', 'website'];

const PRESENT: Row[] = [
  {
    item: 'controller identity',
    article: '13(1)(a)',
    notices: ALL,
    lang: 'fr',
    section: 'controller',
    present: [
      'Responsable du traitement : **Atelier Durand SAS** (RCS Lyon 000 000 000)\n',
      'Adresse : 18 rue des Ébénistes, 69007 Lyon, France',
      'Courriel : [contact@atelier-durand.example](mailto:contact@atelier-durand.example)',
    ],
  },
  {
    item: 'controller identity',
    article: '13(1)(a)',
    notices: ALL,
    lang: 'en',
    section: 'controller',
    present: [
      'Controller: **Atelier Durand SAS** (RCS Lyon 000 000 000)\n',
      'Address: 18 rue des Ébénistes',
      'E-mail: [contact@atelier-durand.example]',
    ],
  },
  {
    item: 'DPO contact',
    article: '13(1)(b)',
    notices: ALL,
    lang: 'fr',
    section: 'dpo',
    present: [
      'Claire Martin',
      'Courriel : [dpo@atelier-durand.example](mailto:dpo@atelier-durand.example)',
    ],
  },
  {
    item: 'DPO contact',
    article: '13(1)(b)',
    notices: ALL,
    lang: 'en',
    section: 'dpo',
    present: ['E-mail: [dpo@atelier-durand.example](mailto:dpo@atelier-durand.example)'],
  },
  {
    item: 'purpose and contract basis',
    article: '13(1)(c)',
    notices: ['candidates'],
    lang: 'fr',
    section: 'purposes',
    present: [
      '### Recrutement',
      '- **Évaluer les candidatures et sélectionner les candidats**',
      `Base légale : ${LEGAL_BASIS.contract!.fr}.`,
    ],
  },
  {
    item: 'purpose and contract basis',
    article: '13(1)(c)',
    notices: ['candidates'],
    lang: 'en',
    section: 'purposes',
    present: ['### Recruitment', `Legal basis: ${LEGAL_BASIS.contract!.en}.`],
  },
  {
    item: 'every legal basis of the customers notice',
    article: '13(1)(c)',
    notices: ['customers'],
    lang: 'fr',
    section: 'purposes',
    present: [
      `Base légale : ${LEGAL_BASIS.contract!.fr}.`,
      `Base légale : ${LEGAL_BASIS['legal-obligation']!.fr} ; Code de commerce, art. L123-22 ; Code général des impôts, art. 289.`,
      `Base légale : ${LEGAL_BASIS.consent!.fr}.`,
      `Base légale : ${LEGAL_BASIS['legitimate-interests']!.fr}.`,
    ],
  },
  {
    item: 'every legal basis of the customers notice',
    article: '13(1)(c)',
    notices: ['customers'],
    lang: 'en',
    section: 'purposes',
    present: [
      LEGAL_BASIS.contract!.en,
      LEGAL_BASIS['legal-obligation']!.en,
      LEGAL_BASIS.consent!.en,
      LEGAL_BASIS['legitimate-interests']!.en,
    ],
  },
  {
    item: 'legitimate interest pursued',
    article: '13(1)(d)',
    notices: ['website'],
    lang: 'fr',
    section: 'purposes',
    present: [
      "Intérêt légitime poursuivi : Mesurer l'audience du site pour en améliorer le fonctionnement",
    ],
  },
  {
    item: 'legitimate interest pursued',
    article: '13(1)(d)',
    notices: ['customers'],
    lang: 'en',
    section: 'purposes',
    present: [
      'Legitimate interest pursued: Protecting the premises, the timber and furniture stock',
      'Legitimate interest pursued: Retaining customers by offering similar products',
    ],
  },
  {
    item: 'recipients by category',
    article: '13(1)(e)',
    notices: ['candidates'],
    lang: 'fr',
    section: 'recipients',
    present: [
      '| Recrutement | en interne : Ressources humaines, Direction ; nos prestataires (sous-traitants), qui agissent sur nos instructions |',
    ],
  },
  {
    item: 'recipients by category',
    article: '13(1)(e)',
    notices: ['website'],
    lang: 'en',
    section: 'recipients',
    present: [
      '| Website audience measurement | internally: Marketing; our service providers (processors), acting on our instructions |',
    ],
  },
  {
    item: 'US transfer: no adequacy, SCCs, copy',
    article: '13(1)(f)',
    notices: ['customers'],
    lang: 'fr',
    section: 'transfers',
    present: [
      "- **Service client et réclamations** — pays : États-Unis d'Amérique ; destinataire : un prestataire (sous-traitant)",
      "Décision d'adéquation : non, aucune décision d'adéquation de la Commission européenne ne couvre ce transfert.",
      'Garanties : les clauses contractuelles types adoptées par la Commission européenne (art. 46.2.c du RGPD).',
      "Copie des garanties : vous pouvez l'obtenir en écrivant à [dpo@atelier-durand.example](mailto:dpo@atelier-durand.example).",
    ],
  },
  {
    item: 'US transfer under the DPF adequacy decision',
    article: '13(1)(f)',
    notices: ['customers'],
    lang: 'en',
    section: 'transfers',
    present: [
      '- **Newsletter and commercial offers** — country: United States; recipient: a service provider (processor)',
      'Adequacy decision: yes, the European Commission has found that the protection is adequate (decision (EU) 2023/1795; the recipient is certified under the EU–US Data Privacy Framework).',
      'Safeguards: the standard contractual clauses adopted by the European Commission (GDPR Art. 46(2)(c)).',
    ],
  },
  {
    item: 'retention with starting event',
    article: '13(2)(a)',
    notices: ['candidates'],
    lang: 'fr',
    section: 'retention',
    present: [
      "| État civil, identité ; Coordonnées ; Candidature (CV, lettre de motivation, notes d'entretien) | Recrutement | 3 mois, puis suppression | la fin de la procédure de recrutement |",
    ],
  },
  {
    item: 'retention with starting event',
    article: '13(2)(a)',
    notices: ['candidates'],
    lang: 'en',
    section: 'retention',
    present: ['| Recruitment | 3 months, then deleted | the end of the recruitment process |'],
  },
  {
    item: 'retention with starting event',
    article: '13(2)(a)',
    notices: ['website'],
    lang: 'fr',
    section: 'retention',
    present: [
      "| Cookies et traceurs | Mesure d'audience du site web | 13 mois, puis suppression | le dépôt du traceur, sans prorogation à chaque visite |",
      "| Données de connexion ; Données de localisation | Mesure d'audience du site web | 25 mois, puis suppression | la collecte |",
    ],
  },
  {
    item: 'retention with starting event',
    article: '13(2)(a)',
    notices: ['customers'],
    lang: 'en',
    section: 'retention',
    present: [
      '| Invoicing and customer accounting | 10 years, then deleted | the close of the financial year |',
      '| Video surveillance of the workshop, warehouse and showroom | 1 month, then deleted | recording |',
    ],
  },
  {
    item: 'rights always present',
    article: '13(2)(b)',
    notices: ALL,
    lang: 'fr',
    section: 'rights',
    present: [
      `- ${RIGHTS.access!.fr}`,
      `- ${RIGHTS.rectification!.fr}`,
      `- ${RIGHTS.erasure!.fr}`,
      `- ${RIGHTS.restriction!.fr}`,
    ],
  },
  {
    item: 'rights always present',
    article: '13(2)(b)',
    notices: ALL,
    lang: 'en',
    section: 'rights',
    present: [
      `- ${RIGHTS.access!.en}`,
      `- ${RIGHTS.rectification!.en}`,
      `- ${RIGHTS.erasure!.en}`,
      `- ${RIGHTS.restriction!.en}`,
    ],
  },
  {
    item: 'portability (consent or contract basis)',
    article: '13(2)(b), 20',
    notices: ['candidates', 'customers'],
    lang: 'fr',
    section: 'rights',
    present: [`- ${RIGHTS.portability!.fr}`],
  },
  {
    item: 'portability (consent or contract basis)',
    article: '13(2)(b), 20',
    notices: ['candidates', 'customers'],
    lang: 'en',
    section: 'rights',
    present: [`- ${RIGHTS.portability!.en}`],
  },
  {
    item: 'how to exercise the rights',
    article: '12(2), 13(2)(b)',
    notices: ALL,
    lang: 'fr',
    section: 'rights',
    present: [
      'Pour exercer vos droits, écrivez à [dpo@atelier-durand.example](mailto:dpo@atelier-durand.example).',
    ],
  },
  {
    item: 'how to exercise the rights',
    article: '12(2), 13(2)(b)',
    notices: ALL,
    lang: 'en',
    section: 'rights',
    present: [
      'To exercise your rights, write to [dpo@atelier-durand.example](mailto:dpo@atelier-durand.example).',
    ],
  },
  {
    item: 'withdrawal of consent',
    article: '13(2)(c), 7(3)',
    notices: ['customers'],
    lang: 'fr',
    section: 'rights',
    present: [
      '### Retrait de votre consentement',
      `(« Envoyer la lettre d'information aux personnes inscrites »), vous pouvez ${RIGHTS['withdraw-consent']!.fr}.`,
      '- Lien de désinscription dans chaque courriel',
    ],
  },
  {
    item: 'withdrawal of consent',
    article: '13(2)(c), 7(3)',
    notices: ['customers'],
    lang: 'en',
    section: 'rights',
    present: [`(“Send the newsletter to subscribers”), you can ${RIGHTS['withdraw-consent']!.en}.`],
  },
  {
    item: 'complaint to the CNIL',
    article: '13(2)(d), 77',
    notices: ALL,
    lang: 'fr',
    section: 'complaint',
    present: [
      "**CNIL – Commission nationale de l'informatique et des libertés**",
      'Adresse : 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07',
      'Réclamation : [https://www.cnil.fr/fr/adresser-une-plainte](https://www.cnil.fr/fr/adresser-une-plainte)',
    ],
  },
  {
    item: 'complaint to the CNIL',
    article: '13(2)(d), 77',
    notices: ALL,
    lang: 'en',
    section: 'complaint',
    present: [
      "**CNIL – French Data Protection Authority (Commission nationale de l'informatique et des libertés)**",
      'Complaint: [https://www.cnil.fr/fr/adresser-une-plainte]',
    ],
  },
  {
    item: 'obligation to provide and consequences',
    article: '13(2)(e)',
    notices: ['candidates'],
    lang: 'fr',
    section: 'requirements',
    present: [
      '| Recrutement | nécessaire à la conclusion du contrat | nous ne pouvons pas conclure le contrat avec vous |',
    ],
  },
  {
    item: 'obligation to provide and consequences',
    article: '13(2)(e)',
    notices: ['customers'],
    lang: 'en',
    section: 'requirements',
    present: [
      '| Invoicing and customer accounting | required by law | we cannot meet our legal obligations, and this processing cannot take place |',
      '| Images (video, photos) | Customer support and complaints | optional | no consequence',
    ],
  },
  {
    item: 'no solely automated decision (declared)',
    article: '13(2)(f), 22',
    notices: ['candidates'],
    lang: 'fr',
    section: 'automated',
    present: [
      "Aucune décision produisant des effets juridiques à votre égard ou vous affectant de manière significative n'est prise sur le seul fondement d'un traitement automatisé",
    ],
  },
  {
    item: 'objection on particular grounds, separate',
    article: '21(1), 21(4)',
    notices: ['website', 'customers'],
    lang: 'fr',
    section: 'objection',
    present: [
      '> **Vous pouvez vous opposer à tout moment, pour des raisons tenant à votre situation particulière, aux traitements suivants, fondés sur notre intérêt légitime :**',
      '(art. 21.1 du RGPD)',
      '> Pour vous opposer, écrivez à [dpo@atelier-durand.example]',
    ],
  },
  {
    item: 'objection on particular grounds, separate',
    article: '21(1), 21(4)',
    notices: ['website'],
    lang: 'en',
    section: 'objection',
    present: ['> - Produce anonymous visit statistics', '(GDPR Art. 21(1))'],
  },
  {
    item: 'unconditional objection to direct marketing',
    article: '21(2), 21(4)',
    notices: ['customers'],
    lang: 'en',
    section: 'objection',
    present: [
      '> **You may object at any time, without giving reasons, to the use of your data for direct marketing:**',
      '> - Send the newsletter to subscribers\n> - Offer customers products similar to those already bought\n> - Present the made-to-measure furniture offer to professionals\n',
    ],
  },
  {
    item: 'data not obtained from the person, with source',
    article: '14(1)(d), 14(2)(f)',
    notices: ['customers'],
    lang: 'fr',
    section: 'sources',
    present: [
      "| État civil, identité ; Coordonnées | Prospection des professionnels de l'aménagement | Fichier de contacts professionnels loué à Fichiers Pro SARL (courtier), qui a informé les personnes de la cession | non |",
      "| Vie professionnelle | Prospection des professionnels de l'aménagement | Sites web professionnels et annuaires publics (fonction, entreprise) | oui |",
    ],
  },
  {
    item: 'data not obtained from the person, with source',
    article: '14(1)(d), 14(2)(f)',
    notices: ['customers'],
    lang: 'en',
    section: 'sources',
    present: [
      '| Professional life | Prospecting interior design professionals | Business websites and public directories (job title, company) | yes |',
    ],
  },
];

interface AbsentRow {
  item: string;
  article: string;
  notices: NoticeId[];
  lang: Lang;
  /** Must not appear anywhere in the notice. */
  absent: string;
}

const ABSENT: AbsentRow[] = [
  {
    item: 'portability where no basis is consent or contract',
    article: '20(1)',
    notices: ['website'],
    lang: 'fr',
    absent: RIGHTS.portability!.fr,
  },
  {
    item: 'portability where no basis is consent or contract',
    article: '20(1)',
    notices: ['website'],
    lang: 'en',
    absent: 'portability',
  },
  {
    item: 'withdrawal where no basis is consent',
    article: '13(2)(c)',
    notices: ['candidates', 'website'],
    lang: 'fr',
    absent: 'Retrait de votre consentement',
  },
  {
    item: 'withdrawal where no basis is consent',
    article: '13(2)(c)',
    notices: ['candidates', 'website'],
    lang: 'en',
    absent: RIGHTS['withdraw-consent']!.en,
  },
  {
    item: 'objection where no basis is legitimate interests or public task',
    article: '21(1)',
    notices: ['candidates'],
    lang: 'fr',
    absent: "## Votre droit d'opposition",
  },
  {
    item: 'objection where no basis is legitimate interests or public task',
    article: '21(1)',
    notices: ['candidates'],
    lang: 'en',
    absent: 'object',
  },
  {
    item: 'direct-marketing objection for audience measurement (marketing department, not marketing)',
    article: '21(2)',
    notices: ['website'],
    lang: 'en',
    absent: 'direct marketing',
  },
  {
    item: 'transfers section without a transfer outside the EEA',
    article: '13(1)(f)',
    notices: ['candidates', 'website'],
    lang: 'fr',
    absent: 'Transferts hors',
  },
  {
    item: 'Art. 14 section when every item comes from the person',
    article: '14',
    notices: ['candidates', 'website'],
    lang: 'en',
    absent: 'Data we do not collect from you',
  },
  {
    item: 'automated-decision section when not every activity declares it',
    article: '13(2)(f)',
    notices: ['customers', 'website'],
    lang: 'fr',
    absent: 'Décisions automatisées',
  },
  {
    item: 'retired activities (loyalty programme)',
    article: '13',
    notices: ['customers'],
    lang: 'fr',
    absent: 'fidélité',
  },
  {
    item: 'processor activities (white-label portal)',
    article: '28',
    notices: ['customers'],
    lang: 'en',
    absent: 'portal',
  },
];

describe('Art. 13/14 items in the example notices', () => {
  for (const row of PRESENT) {
    for (const id of row.notices) {
      it(`${row.article} ${row.item}: ${id} (${row.lang})`, () => {
        const text = section(id, row.lang, H[row.section][row.lang]);
        expect(text, `no section "${H[row.section][row.lang]}"`).toBeDefined();
        for (const p of row.present) expect(text).toContain(p);
      });
    }
  }
  for (const row of ABSENT) {
    for (const id of row.notices) {
      it(`${row.article} no ${row.item}: ${id} (${row.lang})`, () => {
        expect(plain(id, row.lang)).not.toContain(row.absent);
      });
    }
  }

  it('21(4): the objection is its own section, not an item of the rights list', () => {
    for (const lang of ['fr', 'en'] as const) {
      const rights = section('website', lang, H.rights[lang])!;
      expect(rights).not.toContain(RIGHTS.objection![lang]);
      expect(rights).not.toContain(
        lang === 'fr' ? 'situation particulière' : 'particular situation',
      );
      expect(section('website', lang, H.objection[lang])).toContain(
        lang === 'fr' ? 'situation particulière' : 'particular situation',
      );
    }
  });

  it('sections come in the same order in every notice and language', () => {
    for (const id of ALL) {
      for (const lang of ['fr', 'en'] as const) {
        const order = (Object.keys(H) as (keyof typeof H)[])
          .map((k) => plain(id, lang).indexOf(`\n## ${H[k][lang]}\n`))
          .filter((i) => i >= 0);
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }
    }
  });
});

describe('HTML structure of the example notices', () => {
  for (const id of ALL) {
    for (const lang of ['fr', 'en'] as const) {
      it(`${id} (${lang}): lang, one h1, no skipped heading level, th scope, ToC links resolve`, () => {
        const html = rendered.get(key(id, lang, 'html'))!;
        expect(html.startsWith(`<!DOCTYPE html>\n<html lang="${lang}">\n`)).toBe(true);
        const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
        expect(levels.filter((l) => l === 1)).toHaveLength(1);
        expect(levels[0]).toBe(1);
        levels.forEach((l, i) => {
          if (i > 0) expect(l - levels[i - 1]!).toBeLessThanOrEqual(1);
        });
        const ths = [...html.matchAll(/<th[\s>][^>]*>?/g)].map((m) => m[0]);
        expect(ths.length).toBeGreaterThan(0);
        for (const th of ths) expect(th).toBe('<th scope="col">');
        const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
        const links = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
        expect(links.length).toBeGreaterThanOrEqual(8);
        for (const l of links) expect(ids.has(l), `#${l}`).toBe(true);
        expect(html).toContain('<nav class="toc"');
        expect(html).toContain('@media print');
      });
    }
  }
});
