// Writes a synthetic, valid register with N activities (fictional data) into a folder.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CATEGORIES = [
  'identity',
  'contact',
  'professional-life',
  'economic-financial',
  'connection-data',
  'location',
  'internet-cookies',
  'order-history',
];
const SUBJECTS = [
  'customers',
  'prospects',
  'employees',
  'candidates',
  'suppliers-contacts',
  'website-visitors',
];
const MEASURES = [
  'access-control',
  'traceability',
  'backups',
  'encryption-at-rest',
  'encryption-in-transit',
  'processor-control',
];
const BASES = [
  { legal_basis: 'contract' },
  {
    legal_basis: 'legal-obligation',
    legal_reference: {
      fr: 'Code de commerce, art. L123-22',
      en: 'French Commercial Code, art. L123-22',
    },
  },
  {
    legal_basis: 'legitimate-interests',
    legitimate_interest: { en: 'Keep the service secure', fr: 'Assurer la sécurité du service' },
    lia: 'docs/lia.md',
  },
  {
    legal_basis: 'consent',
    consent: {
      collected_via: { fr: 'case à cocher du formulaire', en: 'web form checkbox' },
      withdrawal: { fr: 'lien de désinscription', en: 'unsubscribe link' },
      records: { fr: 'journal des consentements du CRM', en: 'CRM consent log' },
    },
  },
];

export function generateRegister(dir, n) {
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['activities', 'parties', 'catalog', 'notices'])
    mkdirSync(join(dir, sub), { recursive: true });
  const w = (rel, text) => writeFileSync(join(dir, rel), text);
  w(
    'gdpr.yaml',
    `version: 1
organisation:
  name: Bench SAS
  address: 1 rue du Banc, 69000 Lyon
  country: FR
  email: contact@bench.example
  dpo: { name: Alice Example, email: dpo@bench.example }
rights_contact: dpo@bench.example
supervisory_authority: fr
languages: [fr, en]
review_every: P1Y
holidays: FR
departments:
  - { id: sales, name: { fr: Ventes, en: Sales } }
  - { id: it, name: { fr: Informatique, en: IT } }
`,
  );
  w(
    'catalog/data-categories.yaml',
    CATEGORIES.map((c) => `- id: ${c}\n  name: { fr: Catégorie ${c}, en: Category ${c} }\n`).join(
      '',
    ),
  );
  w(
    'catalog/data-subjects.yaml',
    SUBJECTS.map((s) => `- id: ${s}\n  name: { fr: Personnes ${s}, en: People ${s} }\n`).join(''),
  );
  w(
    'catalog/retention.yaml',
    CATEGORIES.map(
      (c) =>
        `- id: ${c}-3y\n  duration: P3Y\n  from: { fr: la fin de la relation, en: the end of the relationship }\n  then: delete\n`,
    ).join(''),
  );
  w(
    'catalog/security-measures.yaml',
    MEASURES.map((m) => `- id: ${m}\n  name: { fr: Mesure ${m}, en: Measure ${m} }\n`).join(''),
  );
  const parties = Math.max(3, Math.floor(n / 20));
  for (let p = 0; p < parties; p++) {
    w(
      `parties/host-${p}.yaml`,
      `name: Host ${p} SAS\nkind: processor\ncountry: FR\nlocations: [FR, DE]\ncontact: privacy@host-${p}.example\ndpa:\n  signed: 2025-01-15\n  reference: contracts/host-${p}.pdf\n  clauses: [instructions, confidentiality, security, sub-processors, rights, assistance, deletion-return, audits]\n  sub_processor_authorisation: specific\n`,
    );
  }
  for (let i = 0; i < n; i++) {
    const basis = BASES[i % BASES.length];
    const cats = [CATEGORIES[i % CATEGORIES.length], CATEGORIES[(i + 3) % CATEGORIES.length]];
    const measures = [
      MEASURES[i % MEASURES.length],
      MEASURES[(i + 1) % MEASURES.length],
      'access-control',
    ].filter((m, k, a) => a.indexOf(m) === k);
    const subject = SUBJECTS[i % SUBJECTS.length];
    const flow = (v) =>
      typeof v === 'string'
        ? v
        : `{ ${Object.entries(v)
            .map(([a, b]) => `${a}: "${b}"`)
            .join(', ')} }`;
    const basisYaml = Object.entries(basis)
      .map(([k, v]) =>
        typeof v === 'string'
          ? `    ${k}: ${v}`
          : k === 'consent'
            ? `    ${k}:\n${Object.entries(v)
                .map(([a, b]) => `      ${a}: ${flow(b)}`)
                .join('\n')}`
            : `    ${k}: ${flow(v)}`,
      )
      .join('\n');
    w(
      `activities/activity-${String(i).padStart(5, '0')}.yaml`,
      `# yaml-language-server: $schema=../../schemas/activity.schema.json
name: { fr: Traitement ${i}, en: Processing ${i} }
description: { fr: Description du traitement ${i}, en: Description of processing ${i} }
department: ${i % 2 ? 'sales' : 'it'}
status: active
created: 2025-03-01
reviewed: 2026-06-15
purposes:
  - description: { fr: Finalité ${i}, en: Purpose ${i} }
${basisYaml.replace(/^ {4}/, '    ')}
data_subjects: [${subject}]
data:
${cats.map((c) => `  - category: ${c}\n    retention: ${c}-3y\n    source: data-subject\n    requirement: contractual`).join('\n')}
recipients:
  - department: sales
  - party: host-${i % parties}
security_measures: [${measures.join(', ')}]
systems: [App ${i % 17}]
`,
    );
  }
  w(
    'notices/all.yaml',
    `title: { fr: Politique de confidentialité, en: Privacy notice }\naudience: [${SUBJECTS.join(', ')}]\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  generateRegister(process.argv[2], Number(process.argv[3] ?? 100));
}

/** The same register with one warning in every activity: its English name removed. */
export function oneWarningPerFile(dir) {
  for (const name of readdirSync(join(dir, 'activities'))) {
    const p = join(dir, 'activities', name);
    writeFileSync(
      p,
      readFileSync(p, 'utf8').replace(
        /^name: \{ fr: (Traitement \d+), en: [^}]+\}/m,
        'name: { fr: $1 }',
      ),
    );
  }
}
