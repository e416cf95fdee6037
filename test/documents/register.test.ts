import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { register } from '../../src/commands/register.js';
import { buildRecord, type ControllerRecord } from '../../src/documents/record.js';
import { CONTROLLER_COLUMNS, PROCESSOR_COLUMNS, csvField } from '../../src/documents/record-csv.js';
import { UsageError } from '../../src/errors.js';
import { loadRegister } from '../../src/register/load.js';
import { REPO_ROOT, gdpr } from '../helpers/cli.js';
import { runLoggingImports } from '../helpers/imports.js';
import { memoryIo } from '../helpers/io.js';
import { makeRegister } from '../helpers/register.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'atelier-durand');
const example = loadRegister(EXAMPLE);
const controllerIds = [...example.records.activity.values()]
  .filter((a) => (a.data.role ?? 'controller') !== 'processor')
  .map((a) => a.id);
const processorIds = [...example.records.activity.values()]
  .filter((a) => a.data.role === 'processor')
  .map((a) => a.id);

const tmp = mkdtempSync(join(tmpdir(), 'gdpr-register-'));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

async function run(
  options: Record<string, string | undefined>,
  path = EXAMPLE,
): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(REPO_ROOT);
  const code = await register({ path, ...options }, io);
  return { code, out: io.out(), err: io.err() };
}

/** RFC 4180 reader, enough for our own output: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '\n') throw new Error(`bare LF outside quotes at ${i}`);
    else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('last record does not end with CRLF');
  return rows;
}

/** The text under a Markdown heading, up to the next heading of the same or a higher level. */
function sectionsByHeading(md: string, level: number): Map<string, string> {
  const marker = `${'#'.repeat(level)} `;
  const out = new Map<string, string>();
  const lines = md.split('\n');
  let current: string | undefined;
  let body: string[] = [];
  const flush = (): void => {
    if (current !== undefined) out.set(current, body.join('\n'));
  };
  for (const line of lines) {
    const m = /^(#+) /.exec(line);
    if (m && (m[1]?.length ?? 0) <= level) {
      flush();
      current = line.startsWith(marker) ? line.slice(marker.length) : undefined;
      body = [];
    } else body.push(line);
  }
  flush();
  return out;
}

describe('gdpr register: snapshots of the example register', () => {
  for (const lang of ['en', 'fr'] as const) {
    for (const format of ['md', 'html'] as const) {
      it(`controller record, ${lang}, ${format}`, async () => {
        const r = await run({ lang, format });
        expect(r.code).toBe(0);
        expect(r.err).toBe('');
        await expect(r.out).toMatchFileSnapshot(
          `./__snapshots__/register-controller-${lang}.${format}`,
        );
      });
    }
  }
  it('processor record, en, md', async () => {
    const r = await run({ lang: 'en', format: 'md', role: 'processor' });
    expect(r.code).toBe(0);
    await expect(r.out).toMatchFileSnapshot('./__snapshots__/register-processor-en.md');
  });
  it('defaults to the register default language (fr) and Markdown', async () => {
    const r = await run({});
    expect(r.out).toBe(
      readFileSync(join(__dirname, '__snapshots__', 'register-controller-fr.md'), 'utf8'),
    );
  });
});

describe('controller record (Art. 30(1)) in Markdown', () => {
  let activities: Map<string, string>;
  beforeAll(async () => {
    activities = sectionsByHeading((await run({ lang: 'en', format: 'md' })).out, 2);
  });

  it('has one section per controller activity, processor activities left out (CNIL: two registers)', () => {
    const record = buildRecord(example, 'controller', 'en');
    const names = record.activities.map((a) => a.name);
    expect(names).toHaveLength(controllerIds.length);
    expect(controllerIds).toHaveLength(15);
    for (const name of names) expect(activities.has(name), name).toBe(true);
    expect(activities.has('White-label order portal for retailers')).toBe(false);
  });

  it('gives every Art. 30(1)(a)–(g) item a heading in every activity', () => {
    const record = buildRecord(example, 'controller', 'en');
    for (const a of record.activities) {
      const items = [...sectionsByHeading(activities.get(a.name) ?? '', 3).keys()];
      expect(
        items.filter((h) => / — Art\. 30\(1\)\([a-g]\)$/.test(h)).map((h) => h.slice(-3)),
        a.id,
      ).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)']);
    }
  });

  const recruitment: [string, string, string[]][] = [
    [
      '(a) controller and joint controllers',
      'Controllers — Art. 30(1)(a)',
      ['- **Controller:** Atelier Durand SAS (see above)', '- **Joint controllers (Art. 26):** —'],
    ],
    [
      '(b) purposes',
      'Purposes — Art. 30(1)(b)',
      ['- Assess applications and select candidates', '  - Legal basis: Contract – Art. 6(1)(b)'],
    ],
    [
      '(c) data subjects and categories of data',
      'Data subjects and personal data — Art. 30(1)(c)',
      [
        '- **Categories of data subjects:** Job applicants',
        '- **Sensitive data (Arts. 9, 10):** No',
        '| Application (CV, cover letter, interview notes) | CV, cover letter and interview notes | — | The data subject |',
      ],
    ],
    [
      '(d) recipients',
      'Recipients — Art. 30(1)(d)',
      [
        '| Human resources | Internal department | — | — |',
        '| Nuage Hébergement SAS | Processor | France | contrats/nuage-hebergement-dpa.pdf (signed 30 June 2025) — Art. 28(3) clauses: all; sub-processors (Art. 28(2)): general authorisation |',
      ],
    ],
    [
      '(e) transfers: none, all recipients in the EEA',
      'Transfers outside the EEA — Art. 30(1)(e)',
      ['None.'],
    ],
    [
      '(f) retention per category',
      'Retention periods — Art. 30(1)(f)',
      [
        '| Identity and civil status | 3 months from the end of the recruitment process, then deletion | CNIL recommendation (recruitment guide, 2023) |',
      ],
    ],
    [
      '(g) security measures',
      'Security measures — Art. 30(1)(g)',
      ['- Access rights management and access control', '- Backups and business continuity'],
    ],
  ];
  it.each(recruitment)('recruitment: %s', (_item, heading, expected) => {
    const items = sectionsByHeading(activities.get('Recruitment') ?? '', 3);
    const body = items.get(heading);
    expect(body, heading).toBeDefined();
    for (const line of expected) expect(body?.split('\n')).toContain(line);
  });

  it('records transfers with their mechanism, and the ICO extras (DPIA, breaches, location, rights)', () => {
    const support = sectionsByHeading(activities.get('Customer support and complaints') ?? '', 3);
    expect(support.get('Transfers outside the EEA — Art. 30(1)(e)')?.split('\n')).toContain(
      '| Supportly Inc. | United States | Standard contractual clauses (Art. 46(2)(c)) | — |',
    );
    const video = sectionsByHeading(
      activities.get('Video surveillance of the workshop, warehouse and showroom') ?? '',
      3,
    )
      .get('Further information')
      ?.split('\n');
    expect(video).toContain(
      '- **DPIA required (Art. 35):** Yes – WP248 criteria met: Systematic monitoring and Data concerning vulnerable data subjects (a DPIA is required from 2)',
    );
    expect(video).toContain(
      '- **DPIA progress:** Validated (16 February 2026); next review: 16 February 2027',
    );
    expect(video).toContain('- **DPIA document:** docs/aipd/videosurveillance-2026.pdf');
    const payroll = sectionsByHeading(
      activities.get('Payroll and social security returns') ?? '',
      3,
    )
      .get('Further information')
      ?.split('\n');
    expect(payroll).toContain(
      '- **Personal data breaches:** Bulletins de paie envoyés aux mauvais destinataires (incidents/2026-06-02-misdirected-payslips.yaml)',
    );
    // Art. 17(3)(b): no erasure while the data are needed for a legal obligation.
    expect(payroll).toContain(
      '- **Rights of data subjects:** Access (Art. 15); Rectification (Art. 16); Restriction (Art. 18)',
    );
    const logs = sectionsByHeading(
      activities.get('Logging of access to the information system') ?? '',
      3,
    )
      .get('Further information')
      ?.split('\n');
    // Our own premises, plus the cloud host (FR, DE) and its backup sub-processor (DE).
    expect(logs).toContain('- **Location of the data:** France; Germany');
  });

  it('marks retired activities and lists them last', () => {
    const md = [...activities.keys()];
    expect(md[md.length - 1]).toBe('Loyalty programme');
    expect(activities.get('Loyalty programme')?.split('\n')).toContain(
      '- **Status:** Retired on 31 March 2026',
    );
  });
});

describe('processor record (Art. 30(2))', () => {
  it('lists each controller we act for, the categories of processing, transfers and security measures', async () => {
    const md = (await run({ lang: 'en', format: 'md', role: 'processor' })).out;
    const activities = sectionsByHeading(md, 2);
    expect([...activities.keys()]).toEqual([
      'Processor (Art. 30(2)(a))',
      'Contents',
      'White-label order portal for retailers',
    ]);
    const items = sectionsByHeading(
      activities.get('White-label order portal for retailers') ?? '',
      3,
    );
    expect(items.get('Controllers on whose behalf we act — Art. 30(2)(a)')?.split('\n')).toContain(
      '| Maison & Bois Distribution SA | dpo@maison-et-bois.example | France |',
    );
    expect(items.get('Categories of processing — Art. 30(2)(b)')?.split('\n')).toContain(
      "- **Processing carried out:** Take orders and schedule deliveries for end customers, on the retailer's instructions",
    );
    expect(items.get('Transfers outside the EEA — Art. 30(2)(c)')?.trim()).toBe('None.');
    expect(items.get('Security measures — Art. 30(2)(d)')?.split('\n')).toContain(
      '- Processor oversight',
    );
    expect(md).not.toContain('Recruitment');
  });
});

describe('documents built from an incomplete or unusual register', () => {
  const minimal = (activity: string, extra: Record<string, string> = {}): string =>
    makeRegister({ 'activities/customers.yaml': activity, ...extra });

  it('shows absent optional items as "—" and unknown references as their id, without crashing', async () => {
    const root = minimal(`name: Bare activity
purposes:
  - description: Something
data_subjects: [no-such-subjects]
data:
  - category: identity
    retention: no-such-rule
recipients:
  - party: no-such-party
`);
    const md = (await run({ format: 'md' }, root)).out;
    const items = sectionsByHeading(sectionsByHeading(md, 2).get('Bare activity') ?? '', 3);
    expect(items.get('Purposes — Art. 30(1)(b)')?.split('\n')).toContain('  - Legal basis: —');
    expect(items.get('Data subjects and personal data — Art. 30(1)(c)')?.split('\n')).toContain(
      '- **Categories of data subjects:** no-such-subjects',
    );
    expect(items.get('Data subjects and personal data — Art. 30(1)(c)')?.split('\n')).toContain(
      '| Identity | — | — | — |',
    );
    expect(items.get('Recipients — Art. 30(1)(d)')?.split('\n')).toContain(
      '| no-such-party | — | — | — |',
    );
    // No transfers declared, and the only recipient's location is unknown: nothing to conclude.
    expect(items.get('Transfers outside the EEA — Art. 30(1)(e)')?.trim()).toBe('—');
    expect(items.get('Retention periods — Art. 30(1)(f)')?.split('\n')).toContain(
      '| Identity | no-such-rule | — |',
    );
    expect(items.get('Security measures — Art. 30(1)(g)')?.trim()).toBe('—');
    expect(md).toContain('- **Business function:** —');
    for (const format of ['html', 'csv', 'json'] as const)
      expect((await run({ format }, root)).code).toBe(0);
  });

  it('records joint controllers, planned activities and Art. 49(1) compelling-legitimate-interests documentation', async () => {
    const root = minimal(
      `name: Joint event
role: joint-controller
joint_controllers: [partner]
status: planned
purposes:
  - description: Run the joint trade fair
    legal_basis: legitimate-interests
    legitimate_interest: Meeting trade visitors
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
recipients:
  - party: partner
transfers:
  - party: partner
    country: CH
    mechanism: derogation
    derogation: compelling-legitimate-interests
    documentation: Assessment of 2026-03-01, kept with the contract
`,
      {
        'parties/partner.yaml':
          'name: Salon Partenaire SA\nkind: joint-controller\ncountry: CH\ncontact: privacy@salon.example\n',
      },
    );
    const md = (await run({ format: 'md' }, root)).out;
    expect(md).toContain('- [Joint event](#activity-customers) (planned)');
    const items = sectionsByHeading(sectionsByHeading(md, 2).get('Joint event') ?? '', 3);
    expect(items.get('Controllers — Art. 30(1)(a)')?.split('\n')).toContain(
      '- **Joint controllers (Art. 26):** Salon Partenaire SA, privacy@salon.example, Switzerland',
    );
    expect(items.get('Transfers outside the EEA — Art. 30(1)(e)')?.split('\n')).toContain(
      '| Salon Partenaire SA | Switzerland | Derogation (Art. 49): compelling legitimate interests (Art. 49(1), second subparagraph) | Assessment of 2026-03-01, kept with the contract |',
    );
    expect(md).toContain('- **Role:** Joint controller (Art. 26)');
  });

  it('gives the reason of an Art. 35(3) DPIA, which no not_required_reason sets aside, and the status of a processor contract', async () => {
    const root = minimal(
      `name: Patient files
status: active
purposes:
  - description: Keep patient files
    legal_basis: contract
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
recipients:
  - party: host
dpia:
  art35_3: [art35-3-b]
  not_required_reason: We think the files are few
`,
      {
        'parties/host.yaml':
          'name: Host SAS\nkind: processor\ncountry: FR\ndpa: { signed: 2026-01-05, clauses: [instructions, confidentiality, security, sub-processors, rights, assistance], sub_processor_authorisation: general }\n',
      },
    );
    const md = (await run({ format: 'md' }, root)).out;
    expect(md).toContain(
      '- **DPIA required (Art. 35):** Yes – GDPR Art. 35(3)(b): Large-scale processing of special categories of data (Art. 9(1)) or of personal data relating to criminal convictions and offences (Art. 10)',
    );
    expect(md).toContain(
      '| Host SAS | Processor | France | — (signed 5 January 2026) — Art. 28(3) clauses: missing (g), (h); sub-processors (Art. 28(2)): general authorisation |',
    );
    const fr = (await run({ format: 'md', lang: 'fr' }, root)).out;
    expect(fr).toContain(
      'RGPD, art. 35.3.b : Traitement à grande échelle de catégories particulières de données',
    );
    // German and Spanish quote the official wording of Art. 35(3)(b) (data/law/dpia.json).
    const de = (await run({ format: 'md', lang: 'de' }, root)).out;
    expect(de).toContain(
      'umfangreiche Verarbeitung besonderer Kategorien von personenbezogenen Daten gemäß Artikel 9 Absatz 1',
    );
    expect(de).not.toContain('Large-scale processing');
    const es = (await run({ format: 'md', lang: 'es' }, root)).out;
    expect(es).toContain(
      'tratamiento a gran escala de las categorías especiales de datos a que se refiere el artículo 9, apartado 1',
    );
    expect(es).not.toContain('Large-scale processing');
  });

  it('quotes a CNIL list item in French, not in English, in a German or Spanish record', async () => {
    const root = minimal(`name: Staff monitoring
status: active
purposes:
  - description: Monitor staff
    legal_basis: legitimate-interests
    legitimate_interest: Security
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
dpia:
  criteria: []
  cnil_list: cnil-required-04-employee-monitoring
`);
    const french = "surveiller de manière constante l'activité des employés";
    for (const lang of ['de', 'es']) {
      const md = (await run({ format: 'md', lang }, root)).out;
      expect(md, lang).toContain(french);
      expect(md, lang).not.toContain("Constant monitoring of employees' activity");
    }
    const en = (await run({ format: 'md', lang: 'en' }, root)).out;
    expect(en).toContain("Constant monitoring of employees' activity");
  });

  it('escapes Markdown and HTML in register values', async () => {
    const root = minimal(`name: "R&D <b>*bold*</b> | pipe"
purposes:
  - description: Test
data_subjects: [customers]
data: [{ category: identity }]
`);
    const md = (await run({ format: 'md' }, root)).out;
    expect(md).toContain('## R&D \\<b\\>\\*bold\\*\\</b\\> \\| pipe');
    const html = (await run({ format: 'html' }, root)).out;
    expect(html).toContain(
      '<h2 id="activity-customers-title">R&amp;D &lt;b&gt;*bold*&lt;/b&gt; | pipe</h2>',
    );
  });

  it('says so when there is no activity for the role', async () => {
    const md = (await run({ format: 'md', role: 'processor' }, makeRegister())).out;
    expect(md).toContain('No processing is recorded as carried out on behalf of a controller.');
  });
});

describe('HTML structure', () => {
  it('is standalone, printable and accessible', async () => {
    const html = (await run({ lang: 'en', format: 'html' })).out;
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<link |<script/);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(
      html.match(
        /<section class="page" id="activity-[a-z0-9-]+" aria-labelledby="activity-[a-z0-9-]+-title">\n<h2 /g,
      ),
    ).toHaveLength(15);
    expect(html).toMatch(
      /<nav class="toc" aria-labelledby="toc-title">\n<h2 id="toc-title">Contents<\/h2>/,
    );
    // Headings never skip a level (h1 → h2 → h3).
    const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    levels.forEach((level, i) => {
      if (i > 0) expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1);
    });
    const headerCells = [...html.matchAll(/<th(\s[^>]*)?>/g)].map((m) => m[0]);
    expect(headerCells.length).toBeGreaterThan(100);
    for (const th of headerCells) expect(th).toMatch(/^<th scope="(row|col)">$/);
    expect(
      (await run({ lang: 'fr', format: 'html' })).out.startsWith(
        '<!DOCTYPE html>\n<html lang="fr">',
      ),
    ).toBe(true);
  });
});

describe('JSON', () => {
  it('is the versioned model', async () => {
    const controller = JSON.parse(
      (await run({ format: 'json', lang: 'en' })).out,
    ) as ControllerRecord;
    expect(Object.keys(controller)).toEqual([
      'version',
      'record',
      'article',
      'lang',
      'last_updated',
      'organisation',
      'activities',
      'processors',
      'transfers',
      'retention_rules',
    ]);
    expect(controller.version).toBe(1);
    expect(controller.record).toBe('controller');
    expect(controller.article).toBe('Art. 30(1)');
    expect(controller.last_updated).toBe('2026-10-26');
    expect(controller.activities).toHaveLength(controllerIds.length);
    expect(controller.activities.map((a) => a.id).sort()).toEqual([...controllerIds].sort());
    const payroll = controller.activities.find((a) => a.id === 'payroll');
    expect(payroll?.data.find((d) => d.category.id === 'nir')?.category).toMatchObject({
      national_id: true,
      flags: ['National identification number – Art. 87'],
    });
    expect(payroll?.breaches).toEqual([
      {
        id: '2026-06-02-misdirected-payslips',
        title: 'Bulletins de paie envoyés aux mauvais destinataires',
        status: 'closed',
        discovered_at: '2026-06-02T10:15:00+02:00',
        link: 'incidents/2026-06-02-misdirected-payslips.yaml',
      },
    ]);
    expect(
      controller.transfers.map((t) => [t.activity.id, t.party, t.country.code, t.mechanism?.code]),
    ).toEqual([
      ['customer-support', 'helpdesk-us', 'US', 'scc'],
      ['prospects-newsletter', 'mailer-us', 'US', 'adequacy'],
    ]);
    const processor = JSON.parse((await run({ format: 'json', role: 'processor' })).out) as {
      version: number;
      record: string;
      activities: unknown[];
    };
    expect(processor.version).toBe(1);
    expect(processor.record).toBe('processor');
    expect(processor.activities).toHaveLength(processorIds.length);
  });
});

describe('CSV', () => {
  it('has one row per activity, a header as wide as every row, CRLF records and a BOM', async () => {
    const text = (await run({ format: 'csv', lang: 'en' })).out;
    expect(text.startsWith('\uFEFFReference,Processing activity,Description,Status,')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows).toHaveLength(1 + controllerIds.length);
    expect(rows[0]).toEqual(CONTROLLER_COLUMNS.map((c) => c.header.en));
    expect(rows[0]).toHaveLength(35);
    for (const row of rows) expect(row).toHaveLength(35);
    const col = (key: string): number => CONTROLLER_COLUMNS.findIndex((c) => c.key === key);
    const recruitment = rows.find((r) => r[0] === 'recruitment');
    expect(recruitment?.[col('purposes')]).toBe('Assess applications and select candidates');
    expect(recruitment?.[col('retention')]).toBe(
      'Identity and civil status: 3 months from the end of the recruitment process, then deletion\nContact details: 3 months from the end of the recruitment process, then deletion\nApplication (CV, cover letter, interview notes): 3 months from the end of the recruitment process, then deletion',
    );
    expect(recruitment?.[col('transfer_countries')]).toBe('None');
    const newsletter = rows.find((r) => r[0] === 'prospects-newsletter');
    expect(newsletter?.[col('legal_basis')]).toBe(
      '1. Consent – Art. 6(1)(a)\n2. Legitimate interests – Art. 6(1)(f)',
    );
    expect(newsletter?.[col('lia')]).toBe('2. docs/lia/offres-clients.md');
    const health = rows.find((r) => r[0] === 'occupational-health');
    expect(health?.[col('sensitive')]).toBe(
      'Yes: Health data (Special category – Art. 9 (health))\nSocial security number (NIR) (National identification number – Art. 87)',
    );
    expect(health?.[col('dpia_required')]).toMatch(
      /^No – CNIL list of processing not requiring a DPIA/,
    );
  });

  it('round-trips a field holding a comma, a quote and a line break', async () => {
    const name = 'Sales, "VIP" customers';
    const root = makeRegister({
      'activities/customers.yaml': `name: '${name.replace(/'/g, "''")}'\ndescription: "Line one\\nline two"\npurposes:\n  - description: Test\ndata_subjects: [customers]\ndata: [{ category: identity }]\n`,
    });
    const text = (await run({ format: 'csv' }, root)).out;
    expect(text).toContain('"Sales, ""VIP"" customers"');
    const rows = parseCsv(text.slice(1));
    expect(rows[1]?.[1]).toBe(name);
    expect(rows[1]?.[2]).toBe('Line one\nline two');
  });

  it('uses ";" for a language with a decimal comma (French Excel), "," otherwise, keeps the BOM, and --delimiter chooses', async () => {
    const fr = (await run({ format: 'csv', lang: 'fr' })).out;
    expect(fr.startsWith('\uFEFFRéférence;')).toBe(true);
    expect(parseCsv(fr.slice(1), ';')[0]).toEqual(CONTROLLER_COLUMNS.map((c) => c.header.fr));
    const en = (await run({ format: 'csv', lang: 'en' })).out;
    expect(en.startsWith('\uFEFFReference,')).toBe(true);
    const chosen = (await run({ format: 'csv', lang: 'fr', delimiter: ',' })).out;
    expect(parseCsv(chosen.slice(1))[0]).toEqual(CONTROLLER_COLUMNS.map((c) => c.header.fr));
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a,b', ';')).toBe('a,b');
  });

  it('quotes per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('has the Art. 30(2) columns for the processor record, in French', async () => {
    const rows = parseCsv(
      (await run({ format: 'csv', role: 'processor', lang: 'fr' })).out.slice(1),
      ';',
    );
    expect(rows[0]).toEqual(PROCESSOR_COLUMNS.map((c) => c.header.fr));
    expect(rows).toHaveLength(1 + processorIds.length);
    const col = (key: string): number => PROCESSOR_COLUMNS.findIndex((c) => c.key === key);
    expect(rows[1]?.[col('controllers')]).toBe(
      'Maison & Bois Distribution SA – dpo@maison-et-bois.example',
    );
    expect(rows[1]?.[col('transfer_countries')]).toBe('Aucun');
  });
});

describe('XLSX', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  async function readBack(file: string) {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return wb;
  }

  it('has the four sheets, bold frozen filtered headers, one row per activity', async () => {
    const file = join(tmp, 'register-en.xlsx');
    expect((await run({ format: 'xlsx', lang: 'en', out: file })).code).toBe(0);
    const wb = await readBack(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Organisation',
      'Activities',
      'Processors',
      'Transfers',
      'Retention',
    ]);
    const sheet = wb.getWorksheet('Activities');
    if (!sheet) throw new Error('no Activities sheet');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(
      CONTROLLER_COLUMNS.map((c) => c.header.en),
    );
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:AI1');
    expect(sheet.rowCount).toBe(1 + controllerIds.length);
    const purposes = CONTROLLER_COLUMNS.findIndex((c) => c.key === 'purposes') + 1;
    const recruitment = sheet
      .getRows(2, controllerIds.length)
      ?.find((r) => r.getCell(1).value === 'recruitment');
    expect(recruitment?.getCell(purposes).text).toContain(
      'Assess applications and select candidates',
    );
    expect(sheet.getColumn(purposes).width).toBeGreaterThanOrEqual(12);
    expect(sheet.getColumn(purposes).width).toBeLessThanOrEqual(60);

    const processors = wb.getWorksheet('Processors');
    expect((processors?.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Reference',
      'Name',
      'Kind',
      'Country',
      'Locations',
      'DPA signed',
      'DPA reference',
      'Sub-processors',
      'EU-US Data Privacy Framework',
    ]);
    expect(processors?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const mailer = processors
      ?.getRows(2, (processors?.rowCount ?? 1) - 1)
      ?.find((r) => r.getCell(1).value === 'mailer-us');
    expect((mailer?.values as unknown[]).slice(1)).toEqual([
      'mailer-us',
      'Mailwave Inc.',
      'Processor',
      'United States',
      'United States',
      new Date('2025-09-15T00:00:00Z'),
      'contrats/mailwave-dpa.pdf',
      '—',
      'Yes',
    ]);
    const transfers = wb.getWorksheet('Transfers');
    expect(transfers?.rowCount).toBe(3);
    expect((transfers?.getRow(2).values as unknown[]).slice(1)).toEqual([
      'Customer support and complaints',
      'Supportly Inc.',
      'United States',
      'Standard contractual clauses (Art. 46(2)(c))',
      '—',
      '—',
    ]);
    const retention = wb.getWorksheet('Retention');
    expect(retention?.autoFilter).toBe('A1:H1');
    const video = retention
      ?.getRows(2, (retention?.rowCount ?? 1) - 1)
      ?.find((r) => r.getCell(1).value === 'video-footage');
    expect((video?.values as unknown[]).slice(1)).toEqual([
      'video-footage',
      '1 month',
      'recording',
      'deletion',
      '—',
      'CNIL recommendation (video surveillance at work)',
      'cnil-video',
      '—',
    ]);
    expect(wb.created.toISOString()).toBe('2026-10-26T00:00:00.000Z');
  });

  it('names the sheets in French', async () => {
    const file = join(tmp, 'register-fr.xlsx');
    await run({ format: 'xlsx', lang: 'fr', out: file });
    const wb = await readBack(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Organisme',
      'Traitements',
      'Sous-traitants',
      'Transferts',
      'Conservation',
    ]);
    expect(wb.getWorksheet('Traitements')?.getRow(1).getCell(1).value).toBe('Référence');
  });

  it('opens on the organisation (Art. 30(1)(a)), writes dates as date cells and prints landscape, one page wide', async () => {
    const file = join(tmp, 'register-auditor.xlsx');
    await run({ format: 'xlsx', lang: 'en', out: file });
    const wb = await readBack(file);
    const first = wb.worksheets[0]!;
    expect(first.name).toBe('Organisation');
    const rows = first
      .getSheetValues()
      .slice(1)
      .map((r) => (r as unknown[]).slice(1));
    const item = (label: string): unknown => rows.find((r) => r[0] === label)?.[1];
    expect(item('Controller (Art. 30(1)(a))')).toBe(
      'Atelier Durand SAS\n18 rue des Ébénistes, 69007 Lyon, France\nFrance\ncontact@atelier-durand.example\n+33 4 00 00 00 00',
    );
    expect(item('Data protection officer (Arts. 37–39)')).toBe(
      'Claire Martin\ndpo@atelier-durand.example\n+33 4 00 00 00 01',
    );
    expect(item('Representative in the EU (Art. 27)')).toBe('None');
    expect(item('Record as of')).toEqual(new Date('2026-10-26T00:00:00Z'));
    // Date columns are date cells, not text.
    const activities = wb.getWorksheet('Activities')!;
    const reviewed = CONTROLLER_COLUMNS.findIndex((c) => c.key === 'reviewed') + 1;
    const dates = activities
      .getRows(2, activities.rowCount - 1)!
      .map((r) => r.getCell(reviewed))
      .filter((c) => c.value !== '—');
    expect(dates.length).toBeGreaterThan(0);
    for (const cell of dates) {
      expect(cell.type).toBe(4); // ExcelJS.ValueType.Date
      expect(cell.value).toBeInstanceOf(Date);
      expect(cell.numFmt).toBe('yyyy-mm-dd');
    }
    // Incidents are named with their date, not by a repository path.
    const breaches = CONTROLLER_COLUMNS.findIndex((c) => c.key === 'breach_link') + 1;
    const payroll = activities
      .getRows(2, activities.rowCount - 1)!
      .find((r) => r.getCell(1).value === 'payroll');
    expect(payroll?.getCell(breaches).value).toBe(
      'Bulletins de paie envoyés aux mauvais destinataires (2026-06-02)',
    );
    for (const sheet of wb.worksheets) {
      expect(sheet.pageSetup).toMatchObject({
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      });
      expect(sheet.headerFooter.oddHeader).toBe(
        '&LAtelier Durand SAS — Record of processing activities&R2026-10-26',
      );
    }
  });

  it('gives the same bytes for the same register, whenever it is written', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T10:00:00Z'));
    await run({ format: 'xlsx', out: join(tmp, 'a.xlsx') });
    vi.setSystemTime(new Date('2031-06-15T17:42:13Z'));
    await run({ format: 'xlsx', out: join(tmp, 'b.xlsx') });
    vi.useRealTimers();
    expect(
      Buffer.compare(readFileSync(join(tmp, 'a.xlsx')), readFileSync(join(tmp, 'b.xlsx'))),
    ).toBe(0);
  });

  it('needs --out', async () => {
    await expect(run({ format: 'xlsx' })).rejects.toThrow(UsageError);
    await expect(run({ format: 'xlsx' })).rejects.toThrow(
      '--format xlsx writes a binary file: give it with --out FILE',
    );
  });
});

describe('usage errors', () => {
  it('refuses an unknown language', async () => {
    await expect(run({ lang: 'it' })).rejects.toThrow(
      '--lang must be one of de, en, es, fr (got "it")',
    );
  });
});

describe('gdpr register (built binary)', () => {
  it('writes an xlsx that reads back', async () => {
    const file = join(tmp, 'register.xlsx');
    const r = gdpr(['register', 'examples/atelier-durand', '--format', 'xlsx', '--out', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Organisme',
      'Traitements',
      'Sous-traitants',
      'Transferts',
      'Conservation',
    ]);
    expect(wb.getWorksheet('Traitements')?.rowCount).toBe(1 + controllerIds.length);
  });

  it('loads the xlsx writer (fflate) only for --format xlsx', () => {
    const loaded = (format: string): string[] => {
      const { modules, result } = runLoggingImports([
        'register',
        'examples/atelier-durand',
        '--format',
        format,
        '--out',
        join(tmp, `r.${format}`),
      ]);
      expect(result.status).toBe(0);
      return modules.filter((m) => m.includes('/node_modules/fflate/'));
    };
    expect(loaded('md')).toEqual([]);
    expect(loaded('xlsx').length).toBeGreaterThan(0);
  });

  it('exits 2 with a message when xlsx has no --out', () => {
    const r = gdpr(['register', 'examples/atelier-durand', '--format', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'gdpr: --format xlsx writes a binary file: give it with --out FILE (e.g. --out register.xlsx)\n',
    );
  });
});
