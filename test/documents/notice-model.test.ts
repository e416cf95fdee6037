import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { notice } from '../../src/commands/notice.js';
import { buildNoticeModel, linkFor, MissingItemsError } from '../../src/documents/notice.js';
import { directMarketingHint } from '../../src/model/rights.js';
import {
  CHROMIUM_MISSING,
  browserPaths,
  findChromium,
  requireChromium,
} from '../../src/documents/pdf.js';
import { UsageError } from '../../src/errors.js';
import { loadRegister } from '../../src/register/load.js';
import type { Activity } from '../../src/types/register.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { memoryIo } from '../helpers/io.js';
import { BASE_REGISTER, makeRegister } from '../helpers/register.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'atelier-durand');

function missingItems(files: Record<string, string | null>, noticeId = 'customers'): string[] {
  const register = loadRegister(makeRegister(files));
  expect(register.problems).toEqual([]);
  try {
    buildNoticeModel(register, noticeId, 'en');
  } catch (e) {
    expect(e).toBeInstanceOf(MissingItemsError);
    return (e as MissingItemsError).items.map((i) => `${i.file}: ${i.field}`);
  }
  throw new Error('expected a MissingItemsError');
}

const CONFIG_WITHOUT_CONTACTS = `version: 1
organisation:
  name: Mairie d'Exemple
  address: 1 place de la Mairie, 69000 Lyon
  country: FR
  email: contact@mairie.example
  public_body: true
supervisory_authority: fr
languages: [en]
departments:
  - { id: sales, name: Sales }
`;

describe('buildNoticeModel: missing items', () => {
  it('lists every item gdpr.yaml cannot supply, each with its file, field and article', () => {
    const register = loadRegister(makeRegister({ 'gdpr.yaml': CONFIG_WITHOUT_CONTACTS }));
    let error: unknown;
    try {
      buildNoticeModel(register, 'customers', 'en');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingItemsError);
    expect((error as Error).message).toBe(
      [
        'the notice `customers` cannot be rendered: 2 required items are missing from the register:',
        '  gdpr.yaml: organisation.dpo (DPO contact, Art. 13(1)(b); a public body must designate one, Art. 37(1)(a))',
        '  gdpr.yaml: rights_contact (where people exercise their rights, Art. 12(2), 13(2)(b))',
      ].join('\n'),
    );
  });

  it('the command prints the list and exits 1, without output on stdout', async () => {
    const root = makeRegister({ 'gdpr.yaml': CONFIG_WITHOUT_CONTACTS });
    const io = memoryIo(root);
    expect(await notice({ noticeId: 'customers', path: '.', format: 'html' }, io)).toBe(1);
    expect(io.out()).toBe('');
    expect(io.err()).toBe(
      'gdpr: the notice `customers` cannot be rendered: the register does not supply these 2 required items:\n' +
        '  gdpr.yaml: organisation.dpo (DPO contact, Art. 13(1)(b); a public body must designate one, Art. 37(1)(a))\n' +
        '  gdpr.yaml: rights_contact (where people exercise their rights, Art. 12(2), 13(2)(b))\n',
    );
  });

  it('a private organisation without a DPO gets no DPO section and no error (Art. 13(1)(b) "where applicable")', () => {
    const register = loadRegister(
      makeRegister({
        'gdpr.yaml': BASE_REGISTER['gdpr.yaml']!.replace(
          / {2}dpo:\n {4}name: Claire Martin\n {4}email: dpo@exemple.example\n/,
          '',
        ),
      }),
    );
    expect(buildNoticeModel(register, 'customers', 'en').dpo).toBeNull();
  });

  it('large-scale monitoring without a DPO still renders: whether it is a core activity is a judgement (rule dpo-required warns)', () => {
    const config = BASE_REGISTER['gdpr.yaml']!.replace(
      / {2}dpo:\n {4}name: Claire Martin\n {4}email: dpo@exemple.example\n/,
      '',
    );
    const activity = `${BASE_REGISTER['activities/customers.yaml']}dpia:\n  criteria: [large-scale, systematic-monitoring]\n  not_required_reason: test\n`;
    const register = loadRegister(
      makeRegister({ 'gdpr.yaml': config, 'activities/customers.yaml': activity }),
    );
    expect(register.problems).toEqual([]);
    expect(buildNoticeModel(register, 'customers', 'en').dpo).toBeNull();
  });

  it('names the activity fields an Art. 13/14 item needs', () => {
    const activity = `name: Customer management
purposes:
  - description: Manage orders
  - description: Keep in touch
    legal_basis: legitimate-interests
data_subjects: [customers]
data:
  - category: identity
    source: third-party
  - category: contact
    retention: customers-3y
    source: data-subject
  - category: unknown-category
    retention: customers-3y
    source: data-subject
    requirement: optional
recipients:
  - party: nobody
transfers:
  - party: nobody
    country: US
  - party: nobody
    country: IN
    mechanism: adequacy
  - party: nobody
    country: DE
automated_decisions:
  used: true
`;
    expect(missingItems({ 'activities/customers.yaml': activity })).toEqual([
      'activities/customers.yaml: purposes[0].legal_basis',
      'activities/customers.yaml: purposes[1].legitimate_interest',
      'activities/customers.yaml: data[0].retention',
      'activities/customers.yaml: data[0].source_detail',
      'activities/customers.yaml: data[1].requirement',
      'activities/customers.yaml: data[2].category',
      'activities/customers.yaml: recipients[0].party',
      'activities/customers.yaml: transfers[0].mechanism',
      'activities/customers.yaml: transfers[1].mechanism',
      'activities/customers.yaml: automated_decisions.logic',
      'activities/customers.yaml: automated_decisions.significance',
    ]);
  });

  it('a retention rule with neither period nor criteria, an unknown authority, a notice covering nothing', () => {
    expect(
      missingItems({
        'catalog/retention.yaml': '- id: customers-3y\n  from: the end of the contract\n',
        'gdpr.yaml': BASE_REGISTER['gdpr.yaml']!.replace(
          'supervisory_authority: fr',
          'supervisory_authority: xx',
        ),
      }),
    ).toEqual(['gdpr.yaml: supervisory_authority', 'catalog/retention.yaml: [0].duration']);
    expect(
      missingItems({ 'notices/customers.yaml': 'title: Nobody\naudience: [nobody]\n' }),
    ).toEqual(['notices/customers.yaml: audience']);
  });

  it('a controller outside the EEA must name its representative (Art. 27)', () => {
    const config = BASE_REGISTER['gdpr.yaml']!.replace('country: FR', 'country: US');
    expect(missingItems({ 'gdpr.yaml': config })).toEqual([
      'gdpr.yaml: organisation.representative',
    ]);
  });

  it('an explicitly listed processor activity is refused: the controller informs', () => {
    const activity = BASE_REGISTER['activities/customers.yaml']!.replace(
      'department: sales',
      'department: sales\nrole: processor\ncontrollers: [client]',
    );
    expect(
      missingItems({
        'activities/customers.yaml': activity,
        'notices/customers.yaml': 'title: T\nactivities: [customers]\n',
      }),
    ).toEqual(['activities/customers.yaml: role']);
  });
});

describe('buildNoticeModel: content', () => {
  it('builds the candidates notice from the example register', () => {
    const model = buildNoticeModel(loadRegister(EXAMPLE), 'candidates', 'fr');
    expect(model.activities.map((a) => a.id)).toEqual(['recruitment']);
    expect(model.rights.list).toEqual([
      'access',
      'rectification',
      'erasure',
      'restriction',
      'portability',
    ]);
    expect(model.objection).toBeNull();
    expect(model.rights.consent).toBeNull();
    expect(model.noAutomatedDecisions).toBe(true);
    expect(model.lastReviewed).toBe('2026-09-14');
    expect(model.retention).toEqual([
      {
        activity: { fr: 'Recrutement', en: 'Recruitment' },
        categories: [
          { fr: 'État civil, identité', en: 'Identity and civil status' },
          { fr: 'Coordonnées', en: 'Contact details' },
          {
            fr: "Candidature (CV, lettre de motivation, notes d'entretien)",
            en: 'Application (CV, cover letter, interview notes)',
          },
        ],
        duration: 'P3M',
        criteria: null,
        from: {
          fr: 'la fin de la procédure de recrutement',
          en: 'the end of the recruitment process',
        },
        then: 'delete',
        archiveFor: null,
      },
    ]);
    expect(model.authority.complaintUrl).toEqual({
      text: 'https://www.cnil.fr/fr/adresser-une-plainte',
      href: 'https://www.cnil.fr/fr/adresser-une-plainte',
    });
  });

  it('describes the transfers with the law data on adequacy', () => {
    const model = buildNoticeModel(loadRegister(EXAMPLE), 'customers', 'fr');
    expect(model.transfers).toEqual([
      {
        activity: { fr: 'Service client et réclamations', en: 'Customer support and complaints' },
        country: 'US',
        recipientKind: 'processor',
        adequacy: false,
        adequacyDecision: null,
        dpfCertified: false,
        mechanism: 'scc',
        derogation: null,
        copy: true,
      },
      {
        activity: {
          fr: "Lettre d'information et offres commerciales",
          en: 'Newsletter and commercial offers',
        },
        country: 'US',
        recipientKind: 'processor',
        adequacy: true,
        adequacyDecision: '(UE) 2023/1795',
        dpfCertified: true,
        mechanism: 'adequacy',
        derogation: null,
        copy: false,
      },
    ]);
  });

  it('covers the same activities as the notice-coverage rule: active controller activities of the audience', () => {
    const model = buildNoticeModel(loadRegister(EXAMPLE), 'customers', 'en');
    expect(model.activities.map((a) => a.id)).toEqual([
      'customer-support',
      'customers',
      'delivery-scheduling',
      'invoicing',
      'prospects-newsletter',
      'trade-prospecting',
      'video-surveillance',
    ]);
  });

  it('only http(s) URLs and e-mail addresses become links', () => {
    expect(linkFor('dpo@exemple.example')).toEqual({
      text: 'dpo@exemple.example',
      href: 'mailto:dpo@exemple.example',
    });
    expect(linkFor('https://exemple.example/privacy')).toEqual({
      text: 'https://exemple.example/privacy',
      href: 'https://exemple.example/privacy',
    });
    expect(linkFor('javascript:alert(1)')).toEqual({ text: 'javascript:alert(1)', href: null });
    expect(linkFor('12 rue de la Paix, Paris')).toEqual({
      text: '12 rue de la Paix, Paris',
      href: null,
    });
  });
});

describe('direct marketing (Art. 21(2)): what the rule direct-marketing-stated suggests', () => {
  const activity = (over: Partial<Activity>): Activity => ({
    name: 'X',
    purposes: [{ description: 'Y', legal_basis: 'legitimate-interests', legitimate_interest: 'Z' }],
    ...over,
  });
  const hint = (id: string, a: Activity): boolean =>
    a.purposes.some((p) => directMarketingHint(id, a, p) !== undefined);
  const cases: [string, string, Activity, boolean][] = [
    ['id mentions prospects', 'prospects-newsletter', activity({}), true],
    [
      'French name: prospection',
      'b2b',
      activity({ name: { fr: 'Prospection des professionnels' } }),
      true,
    ],
    [
      'English purpose: newsletter',
      'mailing',
      activity({
        purposes: [{ description: { en: 'Send the newsletter' }, legal_basis: 'consent' }],
      }),
      true,
    ],
    [
      'French purpose: lettre d’information (typographic apostrophe)',
      'lettre',
      activity({
        purposes: [{ description: 'Envoyer la lettre d’information', legal_basis: 'consent' }],
      }),
      true,
    ],
    [
      'accents ignored: démarchage',
      'calls',
      activity({ description: 'Démarchage téléphonique' }),
      true,
    ],
    [
      'owned by marketing but audience measurement',
      'website-analytics',
      activity({ department: 'marketing', name: "Mesure d'audience du site web" }),
      false,
    ],
    [
      'customer management',
      'customers',
      activity({ name: 'Customer and order management' }),
      false,
    ],
    [
      'a marketing word on a contract basis',
      'newsletter',
      activity({
        purposes: [{ description: 'Deliver the paid newsletter', legal_basis: 'contract' }],
      }),
      false,
    ],
  ];
  for (const [label, id, a, expected] of cases) {
    it(`${label} → ${expected}`, () => {
      expect(hint(id, a)).toBe(expected);
    });
  }
});

describe('direct marketing (Art. 21(2)): the notice follows `direct_marketing` alone', () => {
  const objection = (purposes: string): ReturnType<typeof buildNoticeModel>['objection'] => {
    const activity = BASE_REGISTER['activities/customers.yaml']!.replace(
      '    legal_basis: contract\n',
      `    legal_basis: contract\n${purposes}`,
    );
    const register = loadRegister(makeRegister({ 'activities/customers.yaml': activity }));
    expect(register.problems).toEqual([]);
    return buildNoticeModel(register, 'customers', 'en').objection;
  };

  it('a purpose marked `direct_marketing: true` is listed under the unconditional objection, whatever its basis', () => {
    expect(
      objection(
        '  - description: Send offers to customers\n    legal_basis: consent\n    direct_marketing: true\n',
      ),
    ).toEqual({
      particularSituation: null,
      publicTask: false,
      directMarketing: ['Send offers to customers'],
    });
  });

  it('marketing words without the field do not make a purpose direct marketing (it stays under Art. 21(1))', () => {
    expect(
      objection(
        '  - description: Send the newsletter\n    legal_basis: legitimate-interests\n    legitimate_interest: Informing customers\n',
      ),
    ).toEqual({
      particularSituation: ['Send the newsletter'],
      publicTask: false,
      directMarketing: null,
    });
  });

  it('only the marked purpose of an activity is direct marketing, not its other purposes', () => {
    const purposes =
      '  - description: Prevent fraud\n    legal_basis: legitimate-interests\n    legitimate_interest: Security\n' +
      '  - description: Offer similar products\n    legal_basis: legitimate-interests\n    legitimate_interest: Sales\n    direct_marketing: true\n';
    expect(objection(purposes)).toEqual({
      particularSituation: ['Prevent fraud'],
      publicTask: false,
      directMarketing: ['Offer similar products'],
    });
  });

  it('`direct_marketing: false` on a consent purpose opens no objection at all', () => {
    expect(
      objection(
        '  - description: Send the newsletter\n    legal_basis: consent\n    direct_marketing: false\n',
      ),
    ).toBeNull();
  });
});

describe('gdpr notice: usage errors (exit 2)', () => {
  const cli = async (
    args: string[],
    env: Record<string, string> = {},
  ): Promise<{ code: number; err: string; out: string }> => {
    const io = memoryIo(REPO_ROOT, env);
    const code = await run(args, io);
    return { code, err: io.err(), out: io.out() };
  };

  it('unknown notice id, with a suggestion', async () => {
    const root = makeRegister({
      'notices/candidates.yaml': 'title: Applicants\naudience: [customers]\n',
    });
    expect(await cli(['notice', 'candidate', root])).toEqual({
      code: 2,
      out: '',
      err: 'gdpr: no notice `candidate` in notices/. Did you mean `candidates`? Notices: candidates, customers.\n',
    });
  });

  it('a language without templates', async () => {
    expect(await cli(['notice', 'candidates', 'examples/atelier-durand', '--lang', 'it'])).toEqual({
      code: 2,
      out: '',
      err: 'gdpr: --lang must be one of de, en, es, fr (got "it")\n',
    });
    const root = makeRegister({
      'gdpr.yaml': BASE_REGISTER['gdpr.yaml']!.replace('languages: [en]', 'languages: [it]'),
    });
    expect((await cli(['notice', 'customers', root])).err).toBe(
      "gdpr: none of the register's languages (it) has built-in templates; pass --lang de or --lang en or --lang es or --lang fr\n",
    );
    const second = makeRegister({
      'gdpr.yaml': BASE_REGISTER['gdpr.yaml']!.replace('languages: [en]', 'languages: [it, fr]'),
    });
    expect((await cli(['notice', 'customers', second])).out).toMatch(/^# /);
    expect((await cli(['register', second, '--format', 'json'])).out).toContain('"lang": "fr"');
  });

  it('pdf needs --out', async () => {
    expect(
      await cli(['notice', 'candidates', 'examples/atelier-durand', '--format', 'pdf']),
    ).toEqual({
      code: 2,
      out: '',
      err: 'gdpr: --format pdf needs --out FILE (a PDF is not written to the terminal)\n',
    });
  });

  it('pdf without Chromium says how to get it', async () => {
    const r = await cli(
      [
        'notice',
        'candidates',
        'examples/atelier-durand',
        '--format',
        'pdf',
        '--out',
        '/tmp/never-written.pdf',
      ],
      { GDPR_CHROMIUM: '/nonexistent/chromium' },
    );
    expect(r).toEqual({
      code: 2,
      out: '',
      err: `gdpr: GDPR_CHROMIUM is set to /nonexistent/chromium, which does not exist. ${CHROMIUM_MISSING}\n`,
    });
  });

  it('finds Chromium: GDPR_CHROMIUM first, then the Debian, Ubuntu and Google paths', () => {
    expect(findChromium({ GDPR_CHROMIUM: '/opt/chrome' }, () => false)).toBe('/opt/chrome');
    expect(
      findChromium({}, (p) => p === '/usr/bin/google-chrome' || p === '/usr/bin/chromium-browser'),
    ).toBe('/usr/bin/chromium-browser');
    expect(findChromium({}, () => false)).toBeUndefined();
    expect(() => requireChromium({}, () => false)).toThrow(
      new UsageError(
        '--format pdf needs Chromium: install it (Debian: apt-get install chromium) or set GDPR_CHROMIUM',
      ),
    );
  });

  it('a joint activity whose arrangement essence is recorded: the notice states it (Art. 26(2))', async () => {
    const activity = `name: Joint fair
role: joint-controller
joint_controllers: [partner]
joint_arrangement:
  essence: Partner GmbH answers your requests; we publish this notice.
purposes:
  - description: Run the fair
    legal_basis: contract
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
    source: data-subject
    requirement: contractual
recipients:
  - department: sales
`;
    const root = makeRegister({
      'parties/partner.yaml': 'name: Partner GmbH\nkind: joint-controller\ncountry: DE\n',
      'activities/customers.yaml': activity,
    });
    const io = memoryIo(root);
    expect(await notice({ noticeId: 'customers', path: '.', format: 'md' }, io)).toBe(0);
    expect(io.out()).toContain(
      'For “Joint fair”, we are joint controllers with Partner GmbH (GDPR Art. 26). The essence of our arrangement (Art. 26(2)): Partner GmbH answers your requests; we publish this notice.',
    );
  });

  it('finds Chrome and Edge at their usual paths on macOS and Windows', () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromium({ HOME: '/Users/ana' }, (p) => p === mac, 'darwin')).toBe(mac);
    const userEdge = '/Users/ana/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findChromium({ HOME: '/Users/ana' }, (p) => p === userEdge, 'darwin')).toBe(userEdge);
    const env = {
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
    };
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findChromium(env, (p) => p === edge, 'win32')).toBe(edge);
    expect(browserPaths('win32', env)).toContain(
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    );
    expect(findChromium(env, () => false, 'win32')).toBeUndefined();
  });

  it('Markdown escapes register values', async () => {
    const root = makeRegister({
      'notices/customers.yaml':
        "title: '<b>R&D</b> *notice* [x](javascript:y)'\naudience: [customers]\n",
    });
    const io = memoryIo(root);
    expect(await notice({ noticeId: 'customers', path: '.', format: 'md' }, io)).toBe(0);
    expect(io.out().split('\n')[0]).toBe('# \\<b\\>R&D\\</b\\> \\*notice\\* \\[x\\](javascript:y)');
  });
});

describe('rarely used branches render (a register exercising them)', () => {
  const root = makeRegister({
    'gdpr.yaml': `version: 1
organisation:
  name: Example Inc.
  address: 1 Main Street, Springfield
  country: US
  email: contact@example-inc.example
  representative:
    name: Rep Europe SARL
    address: 2 rue du Port, 13002 Marseille
    email: rep@rep-europe.example
rights_contact: https://example-inc.example/privacy-requests
supervisory_authority:
  name: { en: Example Authority, fr: Autorité d'exemple }
  address: 3 Authority Square
  complaint_url: https://authority.example/complaints
languages: [en, fr]
departments:
  - { id: sales, name: Sales }
`,
    'catalog/retention.yaml': `- id: customers-3y
  duration: P3Y
  from: the end of the contract
  then: archive
  archive_for: P5Y
- id: case-by-case
  from: the end of the dispute
  criteria: the limitation period of the claim
`,
    'parties/partner.yaml': 'name: Partner GmbH\nkind: joint-controller\ncountry: DE\n',
    'parties/indian-host.yaml':
      'name: Host Pvt Ltd\nkind: processor\ncountry: IN\ndpa: { signed: 2026-01-01 }\n',
    'parties/lawyer-us.yaml': 'name: Law LLP\nkind: third-party\ncountry: US\n',
    'activities/customers.yaml': `name: Scoring
role: joint-controller
joint_controllers: [partner]
purposes:
  - description: Score applications
    legal_basis: public-task
    legal_reference: Act 12
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
    source: data-subject
    requirement: statutory
  - category: contact
    retention: case-by-case
    source: public
    source_detail: The public register
recipients:
  - party: partner
  - party: indian-host
  - party: lawyer-us
transfers:
  - party: indian-host
    country: IN
    mechanism: bcr
  - party: lawyer-us
    country: US
    mechanism: derogation
    derogation: compelling-legitimate-interests
    documentation: assessment
automated_decisions:
  used: true
  logic: Points for each criterion
  significance: A refusal can follow
`,
  });

  it('in English Markdown', async () => {
    const io = memoryIo(root);
    expect(await notice({ noticeId: 'customers', path: '.', format: 'md' }, io)).toBe(0);
    const md = io.out().replace(/\\(.)/g, '$1');
    for (const line of [
      'Our representative in the European Union (GDPR Art. 27) is Rep Europe SARL, 2 rue du Port, 13002 Marseille; e-mail: [rep@rep-europe.example](mailto:rep@rep-europe.example).',
      'For “Scoring”, we are joint controllers with Partner GmbH (GDPR Art. 26). The essence of our arrangement is available on request from [https://example-inc.example/privacy-requests](https://example-inc.example/privacy-requests).',
      '  - Legal basis: a task carried out in the public interest or in the exercise of official authority (Art. 6(1)(e) GDPR); Act 12.',
      '| Contact details | Scoring | The public register | yes |',
      '| Scoring | our service providers (processors), acting on our instructions; joint controllers: Partner GmbH; other organisations: Law LLP |',
      '- **Scoring** — country: India; recipient: a service provider (processor)',
      '  - Safeguards: binding corporate rules (GDPR Art. 46(2)(b) and 47).',
      '- **Scoring** — country: United States; recipient: a third party',
      '  - Safeguards: a derogation provided for by the GDPR: our compelling legitimate interests, for a limited, non-repetitive transfer (Art. 49(1), second subparagraph).',
      '| Identity | Scoring | 3 years, then archived for 5 years | the end of the contract |',
      '| Contact details | Scoring | the limitation period of the claim | the end of the dispute |',
      '| Identity | Scoring | required by law | we cannot meet our legal obligations, and this processing cannot take place |',
      '  - Logic involved: Points for each criterion',
      '  - Significance and envisaged consequences for you: A refusal can follow',
      '> **You may object at any time, on grounds relating to your particular situation, to the following processing, based on our legitimate interests or on a task in the public interest:**',
      `- not be subject to a decision based solely on automated processing, to obtain human intervention and to contest the decision (Art. 22)`,
      '**Example Authority**',
      '- Complaint: [https://authority.example/complaints](https://authority.example/complaints)',
    ]) {
      expect(md).toContain(line);
    }
    expect(md.match(/Copy of the safeguards: you can obtain one by writing to/g)).toHaveLength(2);
    expect(md).not.toContain('portability');
  });

  it('in French HTML', async () => {
    const io = memoryIo(root);
    expect(await notice({ noticeId: 'customers', path: '.', lang: 'fr', format: 'html' }, io)).toBe(
      0,
    );
    const html = io.out();
    expect(html).toContain(
      '<li><strong>Scoring</strong> — pays : Inde ; destinataire : un prestataire (sous-traitant)',
    );
    expect(html).toContain('<p><strong>Autorité d&#x27;exemple</strong></p>');
    expect(html).toContain(
      '<li>Réclamation : <a href="https://authority.example/complaints">https://authority.example/complaints</a></li>',
    );
    expect(html).toContain('<li><a href="#automated-decisions">Décisions automatisées</a></li>');
    expect(html).toContain('<td>3 ans, puis archivage intermédiaire pendant 5 ans</td>');
  });
});
