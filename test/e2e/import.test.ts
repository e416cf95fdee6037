/**
 * `gdpr import` end to end: the built binary on workbooks built in the tests (CNIL ODS, ICO
 * xlsx, a messy sheet, CSV with a mapping), then `gdpr check` on what it wrote; the report's
 * cell references; refusals; the round trip of the example through `gdpr register --format xlsx`.
 */
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
  existsSync,
  readdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadRegister, type Register } from '../../src/register/load.js';
import { gdpr, REPO_ROOT } from '../helpers/cli.js';
import {
  cnilWorkbook,
  icoProcessorWorkbook,
  icoWorkbook,
  messyWorkbook,
} from '../import/fixtures.js';

const work = mkdtempSync(join(tmpdir(), 'gdpr-import-'));

/** Rule ids that mean the files themselves are broken (not legal findings). */
const BROKEN = ['yaml-syntax', 'schema', 'unknown-reference', 'file-layout', 'duplicate-id'];

function checkJson(dir: string): { code: number | null; rules: string[] } {
  const r = gdpr(['check', dir, '--today', '2026-12-05', '--format', 'json'], { cwd: work });
  const report = JSON.parse(r.stdout) as { diagnostics: { rule: string }[] };
  return { code: r.code, rules: [...new Set(report.diagnostics.map((d) => d.rule))].sort() };
}

function expectLoadsCleanly(dir: string): void {
  const { code, rules } = checkJson(dir);
  expect(code).not.toBe(2);
  for (const id of BROKEN) expect(rules, id).not.toContain(id);
}

function yamlOf(dir: string, file: string): Record<string, unknown> {
  return parse(readFileSync(join(work, dir, file), 'utf8')) as Record<string, unknown>;
}

beforeAll(async () => {
  writeFileSync(join(work, 'cnil.ods'), cnilWorkbook());
  writeFileSync(join(work, 'ico.xlsx'), await icoWorkbook());
  writeFileSync(join(work, 'messy.xlsx'), await messyWorkbook());
  writeFileSync(join(work, 'ico-processor.xlsx'), await icoProcessorWorkbook());
});

describe('gdpr import: the CNIL model (ODS)', () => {
  let out: ReturnType<typeof gdpr>;
  beforeAll(() => {
    out = gdpr(['import', 'cnil.ods', '--into', 'cnil'], { cwd: work });
  });

  it('writes a register that loads without YAML or schema errors', () => {
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('3 traitements importés de cnil.ods dans cnil');
    expectLoadsCleanly('cnil');
  });

  it('maps the record sheet: organisation, purposes, data with retention, flags, recipients, transfers, measures', () => {
    const config = yamlOf('cnil', 'gdpr.yaml');
    expect(config.organisation).toMatchObject({
      name: 'Boulangerie Fictive SARL',
      address: '12 rue du Four, 69001 Lyon',
      country: 'FR',
      email: 'contact@boulangerie-fictive.example',
      dpo: { name: 'Jeanne Exemple', email: 'dpo@boulangerie-fictive.example' },
    });
    const payroll = yamlOf('cnil', 'activities/gestion-de-la-paie.yaml');
    expect(payroll).toMatchObject({
      name: 'Gestion de la paie',
      created: '2024-01-15',
      reviewed: '2025-03-12',
      purposes: [
        { description: 'Verser les salaires et établir les bulletins de paie' },
        { description: 'Effectuer les déclarations sociales' },
      ],
      data_subjects: ['salaries', 'stagiaires'],
      recipients: [{ department: 'service-rh' }, { party: 'paie-fictive-sas' }],
      transfers: [{ party: 'paie-fictive-sas', country: 'US', mechanism: 'scc' }],
      security_measures: ['access-control', 'backups', 'coffre-fort-pour-les-dossiers-papier'],
      joint_controllers: ['groupement-fictif-des-boulangers'],
    });
    const retention = yamlOf('cnil', 'catalog/retention.yaml') as unknown as Record<
      string,
      unknown
    >[];
    expect(retention).toContainEqual({
      id: 'le-depart-du-salarie-5y',
      duration: 'P5Y',
      from: 'le départ du salarié',
    });
    expect(retention).toContainEqual({
      id: 'la-fin-de-la-relation-contractuelle-5y',
      duration: 'P5Y',
      from: 'la fin de la relation contractuelle',
    });
    const categories = yamlOf('cnil', 'catalog/data-categories.yaml') as unknown as Record<
      string,
      unknown
    >[];
    expect(categories).toContainEqual(
      expect.objectContaining({ name: 'Données concernant la santé', special: 'health' }),
    );
    expect(categories).toContainEqual(
      expect.objectContaining({ name: 'Numéro de Sécurité Sociale (ou NIR)', national_id: true }),
    );
    const customers = yamlOf('cnil', 'activities/fichier-clients.yaml');
    expect(customers.purposes).toEqual([
      { description: 'Gérer les commandes et la relation client', legal_basis: 'contract' },
    ]);
    // Listed without a record sheet: imported from the list row.
    expect(yamlOf('cnil', 'activities/videosurveillance.yaml').purposes).toEqual([
      { description: 'Sécurité des biens et des personnes' },
    ]);
    // Security measures keep their label and get the kind rule security-measures-required reads.
    const measures = yamlOf('cnil', 'catalog/security-measures.yaml') as unknown as {
      id: string;
      kind?: string;
    }[];
    // A label of the vocabulary gets its kind; a label it does not know keeps no kind (and
    // security-measures-required then asks for one).
    const kinds = new Map(measures.map((m) => [m.id, m.kind]));
    expect(kinds.get('coffre-fort-pour-les-dossiers-papier')).toBeUndefined();
    expect([...kinds.values()].filter((k) => k !== undefined).length).toBeGreaterThan(0);
    for (const [id, kind] of kinds)
      if (['access-control', 'encryption', 'backups', 'traceability'].includes(id))
        expect(kind, id).toBe(id === 'backups' ? 'backup' : id);
  });

  it('reports every unmapped value with its cell, and keeps it verbatim', () => {
    const sheet = "'3 - Modèle de fiche de registre'";
    expect(out.stdout).toContain(
      `${sheet}!C22: aucune durée lue dans « tant que l'administration le demande »`,
    );
    expect(out.stdout).toContain(`${sheet}!C26: pas de point de départ dans « 5 ans »`);
    expect(out.stdout).toContain(`${sheet}!B48: aucun pays reconnu dans « Atlantide »`);
    expect(out.stdout).toContain(
      `${sheet}!B37: type de destinataire « Partenaires institutionnels ou commerciaux » sans nom`,
    );
    expect(out.stdout).toContain(`${sheet}!B13: pas de base légale pour la finalité`);
    expect(out.stdout).toContain("'2 - Liste des traitements'!E19: pas de base légale");
    const notes = String(yamlOf('cnil', 'activities/gestion-de-la-paie.yaml').notes);
    expect(notes).toContain(`Transferts hors UE (${sheet}!B48): Atlantide`);
    expect(notes).toContain(`Référence (${sheet}!B5): PAIE-01`);
    expect(notes).toContain(`Mesure 1 (${sheet}!C41): Habilitations par profil`);
    const retention = yamlOf('cnil', 'catalog/retention.yaml') as unknown as Record<
      string,
      unknown
    >[];
    expect(retention).toContainEqual(
      expect.objectContaining({
        criteria: "tant que l'administration le demande",
        from: '(à compléter)',
      }),
    );
  });
});

describe('gdpr import: the ICO template (xlsx)', () => {
  let out: ReturnType<typeof gdpr>;
  beforeAll(() => {
    out = gdpr(['import', 'ico.xlsx', '--from', 'ico', '--into', 'ico'], { cwd: work });
  });

  it('writes a register that loads without YAML or schema errors', () => {
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('Imported 3 activities from ico.xlsx into ico:');
    expectLoadsCleanly('ico');
  });

  it('maps the columns', () => {
    expect(yamlOf('ico', 'gdpr.yaml').organisation).toMatchObject({
      name: 'Fictional Bakery Ltd',
      country: 'GB',
      email: 'info@bakery.example',
      dpo: { name: 'Sam Example', email: 'dpo@bakery.example' },
    });
    expect(yamlOf('ico', 'activities/payroll.yaml')).toMatchObject({
      name: 'Payroll',
      department: 'hr',
      purposes: [{ description: 'Payroll', legal_basis: 'legal-obligation' }],
      data_subjects: ['employees'],
      data: [
        { category: 'contact-details', retention: 'the-end-of-employment-6y' },
        { category: 'bank-details', retention: 'the-end-of-employment-6y' },
        { category: 'health-data', retention: 'the-end-of-employment-6y' },
      ],
      recipients: [{ party: 'hm-revenue-and-customs' }, { party: 'payroll-co-ltd' }],
      transfers: [{ party: 'payroll-co-ltd', country: 'US', mechanism: 'scc' }],
      security_measures: ['access-control', 'encryption'],
    });
    expect(yamlOf('ico', 'parties/hm-revenue-and-customs.yaml')).toMatchObject({
      kind: 'public-authority',
    });
    expect(yamlOf('ico', 'parties/payroll-co-ltd.yaml')).toMatchObject({ kind: 'processor' });
  });

  it('reports with Sheet!cell references', () => {
    expect(out.stdout).toContain(
      'Template!L13: several legal bases (consent, legitimate-interests)',
    );
    expect(out.stdout).toContain('Template!J13: no retention period read in “until unsubscribe”');
    expect(out.stdout).toContain('Template!F12: kind of recipient “Courier Fictif” not recognised');
    expect(out.stdout).toContain(
      'Template!Z10: “Data Protection Act 2018 Schedule 1 condition for processing” is not mapped',
    );
  });
});

describe('gdpr import: the ICO processor template (xlsx)', () => {
  it('records the controllers we act for (Art. 30(2)) and loads cleanly', () => {
    const r = gdpr(['import', 'ico-processor.xlsx', '--from', 'ico', '--into', 'ico-processor'], {
      cwd: work,
    });
    expect(r.code, r.stderr).toBe(0);
    expectLoadsCleanly('ico-processor');
    expect(yamlOf('ico-processor', 'activities/hosting-of-order-data.yaml')).toMatchObject({
      role: 'processor',
      controllers: ['client-bakery-ltd'],
      transfers: [{ party: 'backup-co', country: 'US', mechanism: 'scc' }],
      security_measures: ['encryption'],
    });
    expect(yamlOf('ico-processor', 'parties/client-bakery-ltd.yaml')).toMatchObject({
      kind: 'client',
    });
  });
});

describe('gdpr import: a messy sheet (merged cells, blank rows, free-text dates)', () => {
  let out: ReturnType<typeof gdpr>;
  beforeAll(() => {
    out = gdpr(['import', 'messy.xlsx', '--into', 'messy'], { cwd: work });
  });

  it('loads cleanly, reads merged and continued rows, and reports the rest by cell', () => {
    expect(out.code, out.stderr).toBe(0);
    expectLoadsCleanly('messy');
    expect(yamlOf('messy', 'activities/recrutement.yaml')).toMatchObject({
      department: 'rh',
      reviewed: '2024-03-01',
      purposes: [{ description: 'Sélection des candidats', legal_basis: 'legitimate-interests' }],
    });
    // B4:B7 merged: the payroll row belongs to the same department; row 7 continues it.
    expect(yamlOf('messy', 'activities/paie.yaml')).toMatchObject({
      department: 'rh',
      reviewed: '2024-01-12',
      purposes: [
        { description: 'Paie des salariés', legal_basis: 'legal-obligation' },
        { description: 'Déclarations sociales', legal_basis: 'legal-obligation' },
      ],
    });
    expect(out.stdout).toContain(
      "'Registre 2023'!D9: aucune base légale reconnue dans « on verra »",
    );
    expect(out.stdout).toContain("'Registre 2023'!F9: aucune durée lue dans « quelques mois »");
    expect(out.stdout).toContain("'Registre 2023'!G9: « la semaine dernière » n'est pas une date");
    expect(out.stdout).toContain("'Registre 2023'!H4: « Commentaire interne » n'est pas repris");
  });
});

describe('gdpr import: CSV with a mapping file', () => {
  it('reads ; with quotes and a BOM, columns named by header or letter', () => {
    writeFileSync(
      join(work, 'fidelite.csv'),
      '\uFEFFActivité;Objet;Fondement;Personnes;Durée\r\n"Carte ""fidélité""";Points de fidélité;consentement;Clients;3 ans à compter du dernier achat\r\n',
    );
    writeFileSync(
      join(work, 'columns.yaml'),
      'lang: fr\ncolumns:\n  Activité: name\n  Objet: purposes\n  Fondement: legal_basis\n  Personnes: data_subjects\n  E: retention\n',
    );
    const r = gdpr(['import', 'fidelite.csv', '--mapping', 'columns.yaml', '--into', 'csv'], {
      cwd: work,
    });
    expect(r.code, r.stderr).toBe(0);
    expectLoadsCleanly('csv');
    expect(yamlOf('csv', 'activities/carte-fidelite.yaml')).toMatchObject({
      name: 'Carte "fidélité"',
      purposes: [{ description: 'Points de fidélité', legal_basis: 'consent' }],
      data_subjects: ['clients'],
    });
    expect(r.stdout).toContain('fidelite!A2: pas de catégories de données');
  });
});

describe('gdpr import: refusals and bad input (exit 2, one clear line, no stack trace)', () => {
  const noStack = (stderr: string): void => {
    expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  };

  it('refuses a folder that is not empty, writes nothing, and --force writes into it', () => {
    mkdirSync(join(work, 'taken'));
    writeFileSync(join(work, 'taken', 'gdpr.yaml'), 'version: 1\n');
    const r = gdpr(['import', 'cnil.ods', '--into', 'taken'], { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'gdpr: taken is not empty; nothing was written (import into a new folder with --into, or use --force to replace files of the same names)\n',
    );
    expect(readdirSync(join(work, 'taken'))).toEqual(['gdpr.yaml']);
    const forced = gdpr(['import', 'cnil.ods', '--into', 'taken', '--force'], { cwd: work });
    expect(forced.code, forced.stderr).toBe(0);
    expect(existsSync(join(work, 'taken', 'activities', 'fichier-clients.yaml'))).toBe(true);
  });

  it('rejects a file that is not a spreadsheet', () => {
    writeFileSync(
      join(work, 'picture.png'),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe]),
    );
    const r = gdpr(['import', 'picture.png', '--into', 'x1'], { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'gdpr: picture.png: not a spreadsheet: neither xlsx, ODS nor UTF-8 CSV text\n',
    );
    noStack(r.stderr);
    expect(existsSync(join(work, 'x1'))).toBe(false);
  });

  it('rejects a zip that is no spreadsheet, and an old .xls', () => {
    const zip = readFileSync(join(work, 'cnil.ods'));
    // Rename the content part: still a zip, no longer an ODS.
    const broken = Buffer.from(
      zip.toString('latin1').replaceAll('content.xml', 'contenu.xml'),
      'latin1',
    );
    writeFileSync(join(work, 'other.zip'), broken);
    const r = gdpr(['import', 'other.zip', '--into', 'x2'], { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gdpr: other\.zip: /);
    noStack(r.stderr);
    writeFileSync(
      join(work, 'old.xls'),
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    );
    const xls = gdpr(['import', 'old.xls', '--into', 'x3'], { cwd: work });
    expect(xls.code).toBe(2);
    expect(xls.stderr).toContain('save it as .xlsx or .ods');
  });

  it('rejects an unknown --from', () => {
    const r = gdpr(['import', 'cnil.ods', '--from', 'bsi', '--into', 'x4'], { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("argument 'bsi' is invalid. Allowed choices are cnil, ico, csv.");
    noStack(r.stderr);
  });

  it('rejects a broken mapping file at the line and column of the problem', () => {
    writeFileSync(join(work, 'bad-field.yaml'), 'columns:\n  Activité: nom\n');
    const r = gdpr(['import', 'fidelite.csv', '--mapping', 'bad-field.yaml', '--into', 'x5'], {
      cwd: work,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^gdpr: bad-field\.yaml:2:13: unknown field "nom" for column "Activité"; one of: id, name, /,
    );
    writeFileSync(join(work, 'bad-yaml.yaml'), 'columns:\n  a: [name\n');
    const y = gdpr(['import', 'fidelite.csv', '--mapping', 'bad-yaml.yaml', '--into', 'x6'], {
      cwd: work,
    });
    expect(y.code).toBe(2);
    expect(y.stderr).toMatch(/^gdpr: bad-yaml\.yaml:\d+:\d+: not valid YAML or JSON: /);
    noStack(y.stderr);
    expect(existsSync(join(work, 'x5'))).toBe(false);
  });

  it('rejects a missing file', () => {
    const r = gdpr(['import', 'absent.ods', '--into', 'x7'], { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('gdpr: cannot read absent.ods: ENOENT\n');
  });
});

/**
 * Equivalence of two registers, as the round trip promises it (docs/REGISTER-FORMAT.md,
 * "Import"): in the language of the export, for every controller activity (by id): its name;
 * its purposes in order, each with its description and legal basis; its data categories by
 * name, each with the duration and starting event of its retention rule; its recipients by
 * name and kind (a department's kind is "department"); its transfers by recipient name,
 * country and mechanism. Ids of catalogue entries and parties, notes and the fields the record
 * does not carry are not compared.
 */
function equivalenceView(register: Register, lang: string): unknown {
  const text = (t: unknown): string =>
    typeof t === 'string' ? t : ((t as Record<string, string> | undefined)?.[lang] ?? '');
  const party = (id: string) => register.records.party.get(id)?.data;
  const departments = register.config?.data.departments ?? [];
  return [...register.records.activity.values()]
    .filter((a) => (a.data.role ?? 'controller') !== 'processor')
    .map((a) => ({
      id: a.id,
      name: text(a.data.name),
      purposes: a.data.purposes.map((p) => ({
        description: text(p.description),
        legal_basis: p.legal_basis ?? null,
      })),
      data: (a.data.data ?? [])
        .map((d) => {
          const rule = d.retention ? register.catalogs.retention.get(d.retention)?.data : undefined;
          return {
            category: text(register.catalogs['data-categories'].get(d.category)?.data.name),
            duration: rule?.duration ?? null,
            from: rule ? text(rule.from) : null,
          };
        })
        .sort((x, y) => x.category.localeCompare(y.category)),
      recipients: (a.data.recipients ?? [])
        .map((r) =>
          r.party
            ? `${party(r.party)?.name ?? r.party} (${party(r.party)?.kind ?? '?'})`
            : `${text(departments.find((d) => d.id === r.department)?.name)} (department)`,
        )
        .sort(),
      transfers: (a.data.transfers ?? [])
        .map((t) => `${party(t.party)?.name ?? t.party} ${t.country} ${t.mechanism ?? '-'}`)
        .sort(),
    }))
    .sort((x, y) => x.id.localeCompare(y.id));
}

describe('round trip: gdpr register --format xlsx, then gdpr import', () => {
  for (const lang of ['fr', 'en']) {
    it(`examples/atelier-durand in ${lang} comes back equivalent`, () => {
      const xlsx = `record-${lang}.xlsx`;
      const exported = gdpr(
        [
          'register',
          join(REPO_ROOT, 'examples', 'atelier-durand'),
          '--format',
          'xlsx',
          '--lang',
          lang,
          '-o',
          xlsx,
        ],
        { cwd: work },
      );
      expect(exported.code, exported.stderr).toBe(0);
      const r = gdpr(['import', xlsx, '--into', `round-${lang}`], { cwd: work });
      expect(r.code, r.stderr).toBe(0);
      expectLoadsCleanly(`round-${lang}`);
      const original = loadRegister(join(REPO_ROOT, 'examples', 'atelier-durand'));
      const imported = loadRegister(join(work, `round-${lang}`));
      const view = equivalenceView(imported, lang) as { id: string }[];
      expect(view.length).toBe(15);
      expect(view).toEqual(equivalenceView(original, lang));
    });
  }
});
