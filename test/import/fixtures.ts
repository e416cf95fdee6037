/**
 * Workbooks built in the tests from their documented layouts (LAW.md §2.1, §2.2), with
 * fictional data only: the CNIL simplified model (ODS, written here as OpenDocument XML), the
 * ICO controller template and a messy real-world-style sheet (xlsx, written with exceljs, a
 * devDependency).
 */
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';

/** A cell of the ODS builder: text, a date, or text spanning rows × columns. */
export type OdsCell = string | { date: string } | { text: string; rows?: number; cols?: number };

export interface OdsSheet {
  name: string;
  rows: OdsCell[][];
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * OpenDocument spreadsheet bytes. Like office suites write it: runs of empty cells as one
 * cell with number-columns-repeated, empty rows as one row with number-rows-repeated (and a
 * huge run at the end), the cells a span covers as covered-table-cell, dates as
 * office:value-type="date", text with text:s runs of spaces.
 */
export function buildOds(sheets: readonly OdsSheet[]): Uint8Array {
  const tables = sheets.map((sheet) => {
    const covered = new Set<string>();
    const rows: string[] = [];
    let blank = 0;
    const flushBlank = (): void => {
      if (blank > 0)
        rows.push(
          `<table:table-row table:number-rows-repeated="${blank}"><table:table-cell table:number-columns-repeated="20"/></table:table-row>`,
        );
      blank = 0;
    };
    sheet.rows.forEach((row, r) => {
      if (row.every((c) => c === '') && ![...covered].some((k) => k.startsWith(`${r}:`))) {
        blank++;
        return;
      }
      flushBlank();
      const cells: string[] = [];
      let empty = 0;
      const flushEmpty = (): void => {
        if (empty > 0) cells.push(`<table:table-cell table:number-columns-repeated="${empty}"/>`);
        empty = 0;
      };
      const width = Math.max(
        row.length,
        ...[...covered]
          .filter((k) => k.startsWith(`${r}:`))
          .map((k) => Number(k.split(':')[1]) + 1),
      );
      for (let c = 0; c < width; c++) {
        const cell = row[c] ?? '';
        if (covered.has(`${r}:${c}`)) {
          flushEmpty();
          cells.push('<table:covered-table-cell/>');
          continue;
        }
        if (cell === '') {
          empty++;
          continue;
        }
        flushEmpty();
        if (typeof cell === 'string') {
          cells.push(
            `<table:table-cell office:value-type="string">${paragraphs(cell)}</table:table-cell>`,
          );
        } else if ('date' in cell) {
          const [y, m, d] = cell.date.split('-');
          cells.push(
            `<table:table-cell office:value-type="date" office:date-value="${cell.date}T00:00:00"><text:p>${d}/${m}/${y}</text:p></table:table-cell>`,
          );
        } else {
          const rs = cell.rows ?? 1;
          const cs = cell.cols ?? 1;
          for (let i = 0; i < rs; i++)
            for (let j = 0; j < cs; j++) if (i > 0 || j > 0) covered.add(`${r + i}:${c + j}`);
          cells.push(
            `<table:table-cell table:number-rows-spanned="${rs}" table:number-columns-spanned="${cs}" office:value-type="string">${paragraphs(cell.text)}</table:table-cell>`,
          );
        }
      }
      flushEmpty();
      rows.push(`<table:table-row>${cells.join('')}</table:table-row>`);
    });
    flushBlank();
    // Office suites end every sheet with a run of empty rows up to the last row of the grid.
    rows.push(
      '<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>',
    );
    return `<table:table table:name="${esc(sheet.name)}"><table:table-column table:number-columns-repeated="20"/>${rows.join('')}</table:table>`;
  });
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet>${tables.join('')}</office:spreadsheet></office:body></office:document-content>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  return zipSync(
    {
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'content.xml': strToU8(content),
      'META-INF/manifest.xml': strToU8(manifest),
    },
    { mtime: new Date('2026-01-01T00:00:00Z') },
  );
}

/** One text:p per line; runs of two or more spaces as text:s, as office suites write them. */
function paragraphs(text: string): string {
  return text
    .split('\n')
    .map(
      (line) =>
        `<text:p>${esc(line).replace(/ {2,}/g, (s) => ` <text:s text:c="${s.length - 1}"/>`)}</text:p>`,
    )
    .join('');
}

const RECORD_SHEET = '3 - Modèle de fiche de registre';

/**
 * The CNIL simplified model, filled in for a fictional bakery: the list sheet (controller and
 * DPO blocks, one row per activity), two record sheets and one activity listed without a
 * sheet. Rows are 1-based in the comments, as a spreadsheet shows them.
 */
export function cnilWorkbook(): Uint8Array {
  const list: OdsCell[][] = [
    ['Registre des activités de traitement'], // 1
    [],
    ['Responsable du traitement'], // 3
    ['Nom', 'Boulangerie Fictive SARL'], // 4
    ['Adresse', '12 rue du Four'], // 5
    ['CP', '69001'], // 6
    ['Ville', 'Lyon'], // 7
    ['Téléphone', '+33 4 00 00 00 00'], // 8
    ['Adresse de messagerie', 'contact@boulangerie-fictive.example'], // 9
    [],
    ['Délégué à la protection des données'], // 11
    ['Nom', 'Jeanne Exemple'], // 12
    ['Adresse de messagerie', 'dpo@boulangerie-fictive.example'], // 13
    [],
    [],
    [
      'Nom / sigle',
      'N° / REF',
      'Date de création',
      'Mise à jour',
      'Finalité principale',
      'Données sensibles ? Oui/Non',
    ], // 16
    [
      'Gestion de la paie',
      'PAIE-01',
      { date: '2024-01-15' },
      '12/03/2025',
      'Verser les salaires',
      'Oui',
    ], // 17
    ['Fichier clients', 'CLI-02', { date: '2024-02-01' }, '', 'Gérer les commandes', 'Non'], // 18
    [
      'Vidéosurveillance',
      'VID-03',
      { date: '2024-03-01' },
      '',
      'Sécurité des biens et des personnes',
      'Non',
    ], // 19
  ];
  const payroll: OdsCell[][] = [
    ['Fiche de registre'], // 1
    [],
    ['Description du traitement'], // 3
    ['Nom / sigle', { text: 'Gestion de la paie', cols: 3 }], // 4 (value merged B4:D4)
    ['N° / REF', 'PAIE-01'], // 5
    ['Date de création', { date: '2024-01-15' }], // 6
    ['Mise à jour', '12/03/2025'], // 7
    [],
    ['Acteurs'], // 9
    ['Responsable(s) conjoint(s)', 'Groupement Fictif des Boulangers'], // 10
    [],
    ['Finalité(s) du traitement effectué'], // 12
    ['Finalité principale', 'Verser les salaires et établir les bulletins de paie'], // 13
    ['Sous-finalité 1', 'Effectuer les déclarations sociales'], // 14
    [],
    ['Catégories de données personnelles concernées', 'Description', 'Durée de conservation'], // 16
    [
      "État civil, identité, données d'identification, images…",
      'Nom, prénom, adresse',
      '5 ans à compter du départ du salarié',
    ], // 17
    ['Vie personnelle (habitudes de vie, situation familiale, etc.)', '', ''], // 18
    [
      "Informations d'ordre économique et financier (revenus, situation financière, situation fiscale, etc.)",
      'Salaire, RIB',
      'durée de la relation contractuelle + 5 ans',
    ], // 19
    ['Données de connexion (adress IP, logs, etc.)', '', ''], // 20
    ['Données de localisation (déplacements, données GPS, GSM, etc.)', '', ''], // 21
    [
      'Numéro de Sécurité Sociale (ou NIR)',
      'NIR des salariés',
      "tant que l'administration le demande",
    ], // 22
    [],
    ['Données sensibles'], // 24
    ["Données révélant l'origine raciale ou ethnique", '', ''], // 25
    ['Données concernant la santé', 'Arrêts maladie', '5 ans'], // 26
    [],
    ['Catégories de personnes concernées'], // 28
    ['', 'Type', 'Précisions'], // 29
    ['Catégorie de personnes 1', 'Salariés', ''], // 30
    ['Catégorie de personnes 2', 'Autres', 'Stagiaires'], // 31
    [],
    ['Destinataires'], // 33
    ['', 'Type', 'Précisions'], // 34
    ['Destinataire 1', 'Service interne qui traite les données', 'Service RH'], // 35
    ['Destinataire 2', 'Sous-traitants', 'Paie Fictive SAS'], // 36
    ['Destinataire 3', 'Partenaires institutionnels ou commerciaux', ''], // 37
    [],
    ['Mesures de sécurité'], // 39
    ['', 'Type', 'Précisions'], // 40
    ['Mesure 1', "Contrôle d'accès des utilisateurs", 'Habilitations par profil'], // 41
    ['Mesure 2', 'Sauvegarde des données', ''], // 42
    ['Mesure 3', 'Autres mesures (à préciser)', 'Coffre-fort pour les dossiers papier'], // 43
    [],
    ['Transferts hors UE'], // 45
    ['Destinataire', 'Pays', 'Type de garanties', 'Lien vers la documentation'], // 46
    ['Paie Fictive SAS', 'États-Unis', 'Clauses contractuelles types', 'https://docs.example/cct'], // 47
    ['Archivage Lointain', 'Atlantide', 'Privacy shield', ''], // 48
  ];
  const customers: OdsCell[][] = [
    ['Fiche de registre'],
    ['Description du traitement'],
    ['Nom / sigle', 'Fichier clients'], // 3
    ['N° / REF', 'CLI-02'],
    ['Date de création', { date: '2024-02-01' }],
    ['Finalité(s) du traitement effectué'],
    ['Finalité principale', 'Gérer les commandes et la relation client'], // 7
    ['Base légale', "exécution d'un contrat"], // 8
    ['Catégories de données personnelles concernées', 'Description', 'Durée de conservation'],
    [
      "État civil, identité, données d'identification, images…",
      'Nom, adresse',
      '3 ans à compter de la fin de la relation commerciale',
    ], // 10
    ['Catégories de personnes concernées'],
    ['', 'Type', 'Précisions'],
    ['Catégorie de personnes 1', 'Clients', ''],
    ['Mesures de sécurité'],
    ['', 'Type', 'Précisions'],
    ['Mesure 1', "Contrôle d'accès des utilisateurs", ''],
  ];
  return buildOds([
    { name: 'Tutoriel', rows: [['Mode d’emploi du registre (texte fictif)']] },
    { name: '2 - Liste des traitements', rows: list },
    { name: RECORD_SHEET, rows: payroll },
    { name: '3 - Fiche clients', rows: customers },
    { name: '5 - Listes', rows: [['Salariés'], ['Clients'], ['Sous-traitants']] },
  ]);
}

/** The ICO controller template's row 9 headers (LAW.md §2.2), in order. */
export const ICO_HEADERS = [
  'Business function',
  'Purpose of processing',
  'Name and contact details of joint controller (if applicable)',
  'Categories of individuals',
  'Categories of personal data',
  'Categories of recipients',
  'Link to contract with processor',
  'Names of third countries or international organisations that personal data are transferred to (if applicable)',
  'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)',
  'Retention schedule (if possible)',
  'General description of technical and organisational security measures (if possible)',
  'Article 6 lawful basis for processing personal data',
  'Article 9 condition for processing special category data',
  'Legitimate interests for the processing (if applicable)',
  'Link to record of legitimate interests assessment (if applicable)',
  'Rights available to individuals',
  'Existence of automated decision-making, including profiling (if applicable)',
  'The source of the personal data (if applicable)',
  'Link to record of consent',
  'Location of personal data',
  'Data Protection Impact Assessment required?',
  'Data Protection Impact Assessment progress',
  'Link to Data Protection Impact Assessment',
  'Has a personal data breach occurred?',
  'Link to record of personal data breach',
  'Data Protection Act 2018 Schedule 1 condition for processing',
  'GDPR Article 6 lawful basis for processing',
  'Link to retention and erasure policy document',
  'Is personal data retained and erased in accordance with the policy document?',
  'Reasons for not adhering to policy document (if applicable)',
];

async function xlsxBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The ICO controller template (sheet `Template`): contact block rows 1–6, headers row 9. */
export async function icoWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook
    .addWorksheet('Notes')
    .addRow(['Green headings are required; blue headings are optional.']);
  const sheet = workbook.addWorksheet('Template');
  sheet.getRow(2).values = ['', 'Name', 'Address', 'Email', 'Telephone'];
  sheet.getRow(3).values = [
    'Controller',
    'Fictional Bakery Ltd',
    '1 High Street, Leeds, United Kingdom',
    'info@bakery.example',
    '+44 113 000 0000',
  ];
  sheet.getRow(4).values = ['Data Protection Officer', 'Sam Example', '', 'dpo@bakery.example', ''];
  sheet.getRow(5).values = ['Representative', '', '', '', ''];
  sheet.getRow(9).values = ICO_HEADERS;
  const row = (values: Record<number, string>): string[] =>
    ICO_HEADERS.map((_, i) => values[i + 1] ?? '');
  sheet.getRow(10).values = row({
    1: 'HR',
    2: 'Payroll',
    4: 'Employees',
    5: 'Contact details; Bank details; Health data',
    6: 'HM Revenue and Customs (public authority)\nPayroll Co Ltd (processor)',
    7: 'https://contracts.example/payroll',
    8: 'United States – Payroll Co Ltd',
    9: 'Standard contractual clauses',
    10: '6 years after the end of employment',
    11: 'Access control; Encryption',
    12: 'Legal obligation',
    13: 'Art. 9(2)(b) employment law',
    16: 'Access, rectification',
    20: 'UK',
    26: 'Schedule 1 Part 1 paragraph 1',
  });
  // Row 11 left blank on purpose.
  sheet.getRow(12).values = row({
    1: 'Sales',
    2: 'Customer orders',
    4: 'Customers',
    5: 'Identity; Contact details',
    6: 'Courier Fictif',
    8: 'None',
    10: '3 years',
    11: 'Backups',
    12: 'Contract – Art. 6(1)(b)',
  });
  sheet.getRow(13).values = row({
    1: 'Marketing',
    2: 'Newsletter',
    4: 'Customers',
    5: 'Contact details',
    10: 'until unsubscribe',
    12: 'legitimate interests and consent',
  });
  return xlsxBytes(workbook);
}

/**
 * A sheet as people keep them: a merged title, blank rows, the department merged down three
 * rows, a purpose continued on a row of its own, free-text dates and words no vocabulary knows.
 */
export async function messyWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Registre 2023');
  sheet.getCell('A1').value = 'REGISTRE RGPD — version de travail';
  sheet.mergeCells('A1:H1');
  sheet.getRow(3).values = [
    'Traitement',
    'Service',
    'Finalités',
    'Base juridique',
    'Données',
    'Durée de conservation',
    'Date MAJ',
    'Commentaire interne',
  ];
  sheet.getRow(4).values = [
    'Recrutement',
    'RH',
    'Sélection des candidats',
    'Intérêt légitime',
    'CV, lettre de motivation',
    '2 ans après le dernier contact',
    'mars 2024',
    'à revoir avec le DPO',
  ];
  sheet.getRow(6).values = [
    'Paie',
    '',
    'Paie des salariés',
    'obligation légale',
    'Salaire',
    '5 ans',
    '',
    '',
  ];
  sheet.getCell('G6').value = new Date(Date.UTC(2024, 0, 12));
  sheet.getCell('G6').numFmt = 'dd/mm/yyyy';
  sheet.getRow(7).values = [null, null, 'Déclarations sociales', 'Obligation légale'];
  sheet.mergeCells('B4:B7');
  sheet.getRow(9).values = [
    'Accueil',
    'Direction',
    'Registre des visiteurs',
    'on verra',
    'Nom',
    'quelques mois',
    'la semaine dernière',
    '',
  ];
  return xlsxBytes(workbook);
}

/**
 * The ICO processor template. Its exact headers are not published in a form we could check
 * (LAW.md §2.2, [UNVERIFIED]): these follow Art. 30(2)(a)–(d), as the ICO checklist does.
 */
export async function icoProcessorWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Template');
  sheet.getRow(9).values = [
    'Name and contact details of each controller on whose behalf the processor is acting',
    'Categories of processing carried out on behalf of each controller',
    'Names of third countries or international organisations that personal data are transferred to (if applicable)',
    'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)',
    'General description of technical and organisational security measures (if possible)',
  ];
  sheet.getRow(10).values = [
    'Client Bakery Ltd – privacy@client.example',
    'Hosting of order data',
    'United States – Backup Co',
    'Standard contractual clauses',
    'Encryption',
  ];
  return xlsxBytes(workbook);
}
