import { execFile } from 'node:child_process';
import { readFileSync, readdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Ajv, type AnySchemaObject, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import countries from 'i18n-iso-countries';
import { parse as parseDuration } from 'tinyduration';
import { parse as parseYaml } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = join(root, 'schemas');
const fixtureDir = join(root, 'test', 'fixtures', 'schemas');
const baseId = 'https://gdpr-cli.example/schemas/v1/';

// ajv-formats is CommonJS: under NodeNext its default export is the module object.
const addFormats = addFormatsModule.default;

const kinds = [
  'gdpr',
  'activity',
  'party',
  'data-categories',
  'data-subjects',
  'retention',
  'security-measures',
  'notice',
  'incident',
  'request',
  'dpia',
  'review',
] as const;
type Kind = (typeof kinds)[number];

const schemaFiles = ['common.schema.json', ...kinds.map((kind) => `${kind}.schema.json`)];

function loadSchema(file: string): AnySchemaObject {
  return JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as AnySchemaObject;
}

/** The validator the loader is expected to build: strict ajv, ajv-formats, our three formats. */
function createAjv(warnings: unknown[] = []): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    logger: {
      log: () => undefined,
      warn: (...args: unknown[]) => warnings.push(args),
      error: () => undefined,
    },
  });
  addFormats(ajv);
  ajv.addVocabulary(['markdownDescription', 'markdownEnumDescriptions', 'defaultSnippets']);
  ajv.addFormat('iso-duration', {
    type: 'string',
    validate: (value: string) => {
      try {
        parseDuration(value);
        return true;
      } catch {
        return false;
      }
    },
  });
  ajv.addFormat('country-code', {
    type: 'string',
    validate: (value: string) => countries.isValid(value),
  });
  ajv.addFormat('language-code', /^[a-z]{2}$/);
  for (const file of schemaFiles) ajv.addSchema(loadSchema(file));
  return ajv;
}

const ajv = createAjv();

/** Validates `document` and returns its errors as `instancePath keyword` strings, in ajv's order. */
function errorsOf(kind: Kind | 'common', document: unknown, pointer = ''): string[] {
  const validate = ajv.getSchema(`${baseId}${kind}.schema.json${pointer}`);
  if (!validate) throw new Error(`no schema for ${kind}${pointer}`);
  void validate(document);
  return (validate.errors ?? []).map(
    (error: ErrorObject) => `${error.instancePath} ${error.keyword}`,
  );
}

const yaml = (source: string): unknown =>
  parseYaml(source, { version: '1.2', schema: 'core', uniqueKeys: true });

describe('schemas compile under ajv strict mode', () => {
  it('every schema file is listed and has the v1 $id and draft-07', () => {
    expect(readdirSync(schemaDir).sort()).toEqual([...schemaFiles].sort());
    for (const file of schemaFiles) {
      const schema = loadSchema(file);
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(schema.$id).toBe(`${baseId}${file}`);
    }
  });

  it('compiles every schema without strict-mode errors or warnings', () => {
    const warnings: unknown[] = [];
    const fresh = createAjv(warnings);
    for (const file of schemaFiles) {
      expect(fresh.getSchema(`${baseId}${file}`), file).toBeTypeOf('function');
    }
    expect(warnings).toEqual([]);
  });
});

describe('valid fixtures', () => {
  for (const kind of kinds) {
    const files = readdirSync(join(fixtureDir, kind)).sort();
    for (const file of files) {
      it(`${kind}/${file} is valid`, () => {
        const document = yaml(readFileSync(join(fixtureDir, kind, file), 'utf8'));
        expect(errorsOf(kind, document)).toEqual([]);
      });
    }
  }

  it('has at least one fixture per file kind', () => {
    for (const kind of kinds)
      expect(readdirSync(join(fixtureDir, kind)).length, kind).toBeGreaterThan(0);
  });
});

interface InvalidCase {
  name: string;
  source: string;
  errors: string[];
}

const invalid: Record<Kind, InvalidCase[]> = {
  gdpr: [
    {
      name: 'missing organisation',
      source: 'version: 1\n',
      errors: [' required'],
    },
    {
      name: 'organisation without address and email',
      source: 'version: 1\norganisation: { name: Atelier Durand SAS, country: FR }\n',
      errors: ['/organisation required', '/organisation required'],
    },
    {
      name: 'unknown key (typo)',
      source:
        'version: 1\norganisation: { name: A, address: B, country: FR, email: a@b.example }\nlanguage: [fr]\n',
      errors: [' additionalProperties'],
    },
    {
      name: 'version 2',
      source:
        'version: 2\norganisation: { name: A, address: B, country: FR, email: a@b.example }\n',
      errors: ['/version const'],
    },
    {
      name: 'bad rule severity and bad rule id',
      source:
        'version: 1\norganisation: { name: A, address: B, country: FR, email: a@b.example }\n' +
        'rules: { review-overdue: warn, Review_Overdue: off }\n',
      errors: ['/rules additionalProperties', '/rules/review-overdue enum'],
    },
    {
      name: 'lower-case country, empty languages, bad holidays',
      source:
        'version: 1\norganisation: { name: A, address: B, country: fr, email: a@b.example }\n' +
        'languages: []\nholidays: fr-75\n',
      errors: ['/organisation/country pattern', '/languages minItems', '/holidays pattern'],
    },
    {
      name: 'inline authority without name and with an unknown key',
      source:
        'version: 1\norganisation: { name: A, address: B, country: FR, email: a@b.example }\n' +
        'supervisory_authority: { url: https://dpa.example, phone: "+33 1 00 00 00 00" }\n',
      errors: [
        '/supervisory_authority type',
        '/supervisory_authority required',
        '/supervisory_authority additionalProperties',
        '/supervisory_authority anyOf',
      ],
    },
  ],
  activity: [
    {
      name: 'missing purposes',
      source: 'name: Paie\ndata_subjects: [employees]\ndata: [{ category: identity }]\n',
      errors: [' required'],
    },
    {
      name: 'controller activity without data subjects and data',
      source:
        'name: Paie\npurposes: [{ description: Payer les salaires, legal_basis: contract }]\n',
      errors: [' required', ' required', ' if'],
    },
    {
      name: 'processor activity without controllers',
      source: 'name: Hébergement\nrole: processor\npurposes: [{ description: Héberger }]\n',
      errors: [' required', ' if'],
    },
    {
      name: 'unknown key in a purpose',
      source:
        'name: Paie\npurposes: [{ description: Payer, legal_basis: contract, basis: contract }]\n' +
        'data_subjects: [employees]\ndata: [{ category: identity }]\n',
      errors: ['/purposes/0 additionalProperties'],
    },
    {
      name: 'legal basis spelt with an underscore',
      source:
        'name: Paie\npurposes: [{ description: Payer, legal_basis: legal_obligation }]\n' +
        'data_subjects: [employees]\ndata: [{ category: identity }]\n',
      errors: ['/purposes/0/legal_basis enum'],
    },
    {
      name: 'bad ids, empty purposes, duplicate data subjects',
      source:
        'name: Paie\npurposes: []\ndata_subjects: [employees, employees]\n' +
        'data: [{ category: Identity, retention: payroll-5y }]\n',
      errors: ['/purposes minItems', '/data_subjects uniqueItems', '/data/0/category pattern'],
    },
    {
      name: 'recipient naming both a party and a department',
      source:
        'name: Paie\npurposes: [{ description: Payer }]\ndata_subjects: [employees]\n' +
        'data: [{ category: identity }]\nrecipients: [{ party: payroll-bureau, department: hr }, {}]\n',
      errors: [
        '/recipients/0 oneOf',
        '/recipients/1 required',
        '/recipients/1 required',
        '/recipients/1 oneOf',
      ],
    },
    {
      name: 'transfer with a bad mechanism and a lower-case country',
      source:
        'name: Paie\npurposes: [{ description: Payer }]\ndata_subjects: [employees]\n' +
        'data: [{ category: identity }]\ntransfers: [{ party: cloud, country: us, mechanism: privacy-shield }]\n',
      errors: ['/transfers/0/country pattern', '/transfers/0/mechanism enum'],
    },
    {
      name: 'unknown WP248 criterion, bad review interval and bad date',
      source:
        'name: Paie\npurposes: [{ description: Payer }]\ndata_subjects: [employees]\n' +
        'data: [{ category: identity }]\ndpia: { criteria: [large_scale] }\nreview_every: 1 year\n' +
        'reviewed: 2026-02-30\n',
      errors: [
        '/reviewed format',
        '/review_every pattern',
        '/review_every format',
        '/dpia/criteria/0 enum',
      ],
    },
  ],
  party: [
    {
      name: 'missing kind',
      source: 'name: Hirely B.V.\n',
      errors: [' required'],
    },
    {
      name: 'unknown key',
      source: 'name: Hirely B.V.\nkind: processor\ndpf: true\n',
      errors: [' additionalProperties'],
    },
    {
      name: 'sub_processor kind spelt with an underscore',
      source: 'name: Hirely B.V.\nkind: sub_processor\n',
      errors: ['/kind enum'],
    },
    {
      name: 'non-existent country and bad signature date',
      source:
        'name: Hirely B.V.\nkind: processor\nlocations: [NL, ZZ]\ndpa: { signed: 01/02/2024 }\n',
      errors: ['/locations/1 format', '/dpa/signed format'],
    },
  ],
  'data-categories': [
    {
      name: 'entry without name',
      source: '- id: identity\n',
      errors: ['/0 required'],
    },
    {
      name: 'Art. 9 category with the LAW.md spelling',
      source: '- { id: health, name: Santé, special: sex_life_sexual_orientation }\n',
      errors: ['/0/special enum'],
    },
    {
      name: 'unknown key and examples keyed by a language name',
      source:
        '- { id: identity, name: Identité, sensitive: true, examples: { english: [name] } }\n',
      errors: [
        '/0 additionalProperties',
        '/0/examples type',
        '/0/examples additionalProperties',
        '/0/examples anyOf',
      ],
    },
    {
      // REGISTER-FORMAT.md's own example: the comma ends the value inside a flow map, so
      // `identité` becomes a key; quoting the value fixes it.
      name: 'unquoted comma inside a flow-map translation',
      source:
        '- id: identity\n  name: { en: Identity and civil status, fr: État civil, identité }\n',
      errors: ['/0/name type', '/0/name additionalProperties', '/0/name anyOf'],
    },
    {
      name: 'a map instead of a list',
      source: 'identity: { name: Identité }\n',
      errors: [' type'],
    },
  ],
  'data-subjects': [
    {
      name: 'entry without id',
      source: '- name: Candidats\n',
      errors: ['/0 required'],
    },
    {
      name: 'unknown key',
      source: '- { id: candidates, name: Candidats, children: false }\n',
      errors: ['/0 additionalProperties'],
    },
    {
      name: 'vulnerable as a string and an id with a capital',
      source: '- { id: Candidates, name: Candidats, vulnerable: "yes" }\n',
      errors: ['/0/id pattern', '/0/vulnerable type'],
    },
  ],
  retention: [
    {
      name: 'rule without starting event',
      source: '- { id: candidates-2y, duration: P2Y }\n',
      errors: ['/0 required', '/0 if'],
    },
    {
      name: 'neither duration, criteria nor starting event',
      source: '- { id: candidates, then: delete }\n',
      errors: ['/0 required', '/0 if', '/0 if'],
    },
    {
      name: 'duration in words',
      source: '- { id: candidates-2y, duration: 2 years, from: le dernier contact }\n',
      errors: ['/0/duration pattern', '/0/duration format'],
    },
    {
      name: 'unknown outcome and unknown key',
      source:
        '- { id: candidates-2y, duration: P2Y, from: le dernier contact, then: destroy, until: P3Y }\n',
      errors: ['/0 additionalProperties', '/0/then enum'],
    },
  ],
  'security-measures': [
    {
      name: 'entry without name',
      source: '- id: backups\n',
      errors: ['/0 required'],
    },
    {
      name: 'unknown key',
      source: '- { id: backups, name: Sauvegardes, level: high }\n',
      errors: ['/0 additionalProperties'],
    },
    {
      name: 'empty name and bad id',
      source: '- { id: -backups, name: "" }\n',
      errors: ['/0/id pattern', '/0/name minLength', '/0/name type', '/0/name anyOf'],
    },
  ],
  notice: [
    {
      name: 'neither audience nor activities',
      source: 'title: Politique de confidentialité\n',
      errors: [' required', ' required', ' anyOf'],
    },
    {
      name: 'missing title',
      source: 'audience: [candidates]\n',
      errors: [' required'],
    },
    {
      name: 'unknown key',
      source: 'title: Notice\naudience: [candidates]\nlanguage: fr\n',
      errors: [' additionalProperties'],
    },
    {
      name: 'audience id with a capital and a bad title',
      source: 'title: { english: Notice }\naudience: [Candidates]\n',
      errors: ['/title type', '/title additionalProperties', '/title anyOf', '/audience/0 pattern'],
    },
    {
      name: 'empty audience',
      source: 'title: Notice\naudience: []\nactivities: [recruitment]\n',
      errors: ['/audience minItems'],
    },
  ],
  incident: [
    {
      name: 'missing discovery time and types',
      source: 'title: Lost laptop\nstatus: open\n',
      errors: [' required', ' required'],
    },
    {
      name: 'discovery time without an offset',
      source:
        'title: Lost laptop\nstatus: open\ndiscovered_at: 2026-03-14T09:30:00\ntypes: [confidentiality]\n',
      errors: ['/discovered_at pattern', '/discovered_at format'],
    },
    {
      name: 'unknown breach type and status',
      source:
        'title: Lost laptop\nstatus: pending\ndiscovered_at: 2026-03-14T09:30:00+01:00\ntypes: [loss]\n',
      errors: ['/status enum', '/types/0 enum'],
    },
    {
      name: 'unknown fact and bad count',
      source:
        'title: Lost laptop\nstatus: open\ndiscovered_at: 2026-03-14T09:30:00+01:00\ntypes: [availability]\n' +
        'facts: { encrypted: maybe, ransom_paid: false }\nsubjects_count: -3\n',
      errors: [
        '/subjects_count minimum',
        '/subjects_count type',
        '/subjects_count const',
        '/subjects_count anyOf',
        '/facts additionalProperties',
        '/facts/encrypted type',
        '/facts/encrypted const',
        '/facts/encrypted anyOf',
      ],
    },
    {
      name: 'assessment with an unknown risk and exemption, notification without time',
      source:
        'title: Lost laptop\nstatus: open\ndiscovered_at: 2026-03-14T09:30:00+01:00\ntypes: [availability]\n' +
        'assessment: { risk: low, exemption: encryption }\nnotifications: { authority: { reference: X-1 } }\n',
      errors: [
        '/assessment/risk enum',
        '/assessment/exemption enum',
        '/notifications/authority required',
      ],
    },
  ],
  request: [
    {
      name: 'missing received and status',
      source: 'type: access\n',
      errors: [' required', ' required'],
    },
    {
      name: 'unknown right',
      source: 'type: deletion\nreceived: 2026-04-02\nstatus: open\n',
      errors: ['/type enum'],
    },
    {
      name: 'received as an instant, unknown key',
      source:
        'type: access\nreceived: 2026-04-02T10:00:00+02:00\nstatus: open\nrequester: TICKET-1\n',
      errors: [' additionalProperties', '/received format'],
    },
    {
      name: 'extension of three months',
      source:
        'type: access\nreceived: 2026-04-02\nstatus: open\nextension: { months: 3, reason: Volume }\n',
      errors: ['/extension/months enum'],
    },
    {
      name: 'refusal without reason',
      source:
        'type: erasure\nreceived: 2026-04-02\nstatus: refused\nrefusal: { informed: 2026-04-20 }\n',
      errors: ['/refusal required'],
    },
  ],
  dpia: [
    {
      name: 'missing activities',
      source: 'status: draft\n',
      errors: [' required'],
    },
    {
      name: 'unknown status and residual risk',
      source: 'activities: [video-surveillance]\nstatus: done\nresidual_risk: very-high\n',
      errors: ['/status enum', '/residual_risk enum'],
    },
    {
      name: 'unknown key and empty activities',
      source: 'activities: []\nstatus: draft\nowner: dpo\n',
      errors: [' additionalProperties', '/activities minItems'],
    },
  ],
  review: [
    {
      name: 'missing reviewer and activities',
      source: 'date: 2026-12-05\n',
      errors: [' required', ' required'],
    },
    {
      name: 'a fingerprint that is not a sha256',
      source:
        'date: 2026-12-05\nreviewer: DPO\nactivities:\n  - id: payroll\n    fingerprint: md5:abc\n',
      errors: ['/activities/0/fingerprint pattern'],
    },
    {
      name: 'unknown key and a date that is not one',
      source: 'date: 5 December\nreviewer: DPO\nactivities: []\nsigned: yes\n',
      errors: [' additionalProperties', '/date format'],
    },
  ],
};

describe('invalid documents', () => {
  for (const kind of kinds) {
    describe(kind, () => {
      it('has at least three invalid cases', () => {
        expect(invalid[kind].length).toBeGreaterThanOrEqual(3);
      });
      for (const { name, source, errors } of invalid[kind]) {
        it(name, () => {
          expect(errorsOf(kind, yaml(source))).toEqual(errors);
        });
      }
    });
  }

  it('names the offending key of an unknown property', () => {
    const validate = ajv.getSchema(`${baseId}party.schema.json`)!;
    void validate(yaml('name: Hirely B.V.\nkind: processor\ndpf: true\n'));
    expect(validate.errors?.[0]?.params).toEqual({ additionalProperty: 'dpf' });
  });

  it('names the missing property of a required one', () => {
    const validate = ajv.getSchema(`${baseId}activity.schema.json`)!;
    void validate(
      yaml('name: Hébergement\nrole: processor\npurposes: [{ description: Héberger }]\n'),
    );
    expect(validate.errors?.[0]?.params).toEqual({ missingProperty: 'controllers' });
  });
});

describe('common definitions', () => {
  const definition = (name: string) => `#/definitions/${name}`;

  it('text accepts a string or a language map and rejects other keys', () => {
    expect(errorsOf('common', 'x', definition('text'))).toEqual([]);
    expect(errorsOf('common', { en: 'x', fr: 'y' }, definition('text'))).toEqual([]);
    expect(errorsOf('common', { english: 'x' }, definition('text'))).toEqual([
      ' type',
      ' additionalProperties',
      ' anyOf',
    ]);
    expect(errorsOf('common', {}, definition('text'))).toEqual([
      ' type',
      ' minProperties',
      ' anyOf',
    ]);
    expect(errorsOf('common', { EN: 'x' }, definition('text'))).toEqual([
      ' type',
      ' additionalProperties',
      ' anyOf',
    ]);
  });

  it('textList accepts a list or a map of lists', () => {
    expect(errorsOf('common', ['nom', 'prénom'], definition('textList'))).toEqual([]);
    expect(errorsOf('common', { en: ['name'], fr: ['nom'] }, definition('textList'))).toEqual([]);
    expect(errorsOf('common', { en: 'name' }, definition('textList'))).toEqual([
      ' type',
      '/en type',
      ' anyOf',
    ]);
  });

  it('instant requires an explicit offset', () => {
    for (const value of [
      '2026-03-14T09:30:00+01:00',
      '2026-03-14T08:30:00Z',
      '2026-03-14T09:30:00.250-05:00',
    ]) {
      expect(errorsOf('common', value, definition('instant')), value).toEqual([]);
    }
    expect(errorsOf('common', '2026-03-14T09:30:00', definition('instant'))).toEqual([
      ' pattern',
      ' format',
    ]);
    // ajv-formats' date-time allows a space for the T; RFC 3339 section 5.6 and the pattern do not.
    expect(errorsOf('common', '2026-03-14 09:30:00+01:00', definition('instant'))).toEqual([
      ' pattern',
    ]);
  });

  it('duration accepts ISO 8601 durations only', () => {
    for (const value of ['P3M', 'P2Y', 'P13M', 'PT72H', 'P1Y6M', 'P2W', 'P30D', 'P1DT12H']) {
      expect(errorsOf('common', value, definition('duration')), value).toEqual([]);
    }
    expect(errorsOf('common', '3 months', definition('duration'))).toEqual([' pattern', ' format']);
    expect(errorsOf('common', 'P', definition('duration'))).toEqual([' pattern', ' format']);
    expect(errorsOf('common', 'PT', definition('duration'))).toEqual([' pattern', ' format']);
    // tinyduration accepts negative and fractional durations; a retention period is neither.
    expect(errorsOf('common', '-P1Y', definition('duration'))).toEqual([' pattern']);
    expect(errorsOf('common', 'P1.5Y', definition('duration'))).toEqual([' pattern']);
  });

  it('country is an upper-case ISO 3166-1 alpha-2 code that exists', () => {
    expect(errorsOf('common', 'FR', definition('country'))).toEqual([]);
    expect(errorsOf('common', 'fr', definition('country'))).toEqual([' pattern']);
    expect(errorsOf('common', 'ZZ', definition('country'))).toEqual([' format']);
    expect(errorsOf('common', 'FRA', definition('country'))).toEqual([' pattern']);
  });

  it('url is an http(s): or mailto: URL only', () => {
    for (const value of [
      'https://exemple.example/privacy',
      'http://exemple.example',
      'HTTPS://EXEMPLE.EXAMPLE',
      'mailto:dpo@exemple.example',
    ]) {
      expect(errorsOf('common', value, definition('url')), value).toEqual([]);
    }
    for (const value of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      'ftp://exemple.example',
    ]) {
      expect(errorsOf('common', value, definition('url')), value).toContain(' pattern');
    }
  });

  it('contact may be an address or a URL, but not a script or data link', () => {
    for (const value of [
      'dpo@exemple.example',
      'https://exemple.example/contact',
      'mailto:dpo@exemple.example',
      '1 rue de l’Exemple, 69000 Lyon',
      'Attn: Legal',
    ]) {
      expect(errorsOf('common', value, definition('contact')), value).toEqual([]);
    }
    for (const value of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'vbscript:msgbox',
      'file:///etc/passwd',
    ]) {
      expect(errorsOf('common', value, definition('contact')), value).toEqual([' pattern']);
    }
  });

  it('language is a lower-case two-letter code', () => {
    expect(errorsOf('common', 'fr', definition('language'))).toEqual([]);
    expect(errorsOf('common', 'FR', definition('language'))).toEqual([' pattern', ' format']);
    expect(errorsOf('common', 'fra', definition('language'))).toEqual([' pattern', ' format']);
  });

  it('id is lower-case letters, digits and hyphens', () => {
    expect(errorsOf('common', 'candidates-2y', definition('id'))).toEqual([]);
    expect(errorsOf('common', '2026-03-14-lost-laptop', definition('id'))).toEqual([]);
    expect(errorsOf('common', '-x', definition('id'))).toEqual([' pattern']);
    expect(errorsOf('common', 'Candidates', definition('id'))).toEqual([' pattern']);
    expect(errorsOf('common', 'candidates_2y', definition('id'))).toEqual([' pattern']);
  });

  it('count is an integer, a range or unknown', () => {
    expect(errorsOf('common', 120, definition('count'))).toEqual([]);
    expect(errorsOf('common', { min: 100, max: 500 }, definition('count'))).toEqual([]);
    expect(errorsOf('common', { min: 100 }, definition('count'))).toEqual([]);
    expect(errorsOf('common', 'unknown', definition('count'))).toEqual([]);
    expect(errorsOf('common', 1.5, definition('count'))).toEqual([
      ' type',
      ' type',
      ' const',
      ' anyOf',
    ]);
    expect(errorsOf('common', { max: 5 }, definition('count'))).toEqual([
      ' type',
      ' required',
      ' const',
      ' anyOf',
    ]);
  });

  it('tristate is a boolean or unknown', () => {
    expect(errorsOf('common', true, definition('tristate'))).toEqual([]);
    expect(errorsOf('common', 'unknown', definition('tristate'))).toEqual([]);
    expect(errorsOf('common', 'no', definition('tristate'))).toEqual([' type', ' const', ' anyOf']);
  });
});

describe('YAML 1.2 core schema', () => {
  it('keeps no, yes, on, off and NO as strings where a string is expected', () => {
    const document = yaml(
      'name: no\nkind: third-party\ncountry: NO\ncontact: yes\nlocations: [NO, SE]\n',
    );
    expect(document).toEqual({
      name: 'no',
      kind: 'third-party',
      country: 'NO',
      contact: 'yes',
      locations: ['NO', 'SE'],
    });
    expect(errorsOf('party', document)).toEqual([]);
    expect(errorsOf('common', yaml('off'), '#/definitions/text')).toEqual([]);
  });

  it('reads unquoted dates and instants as strings', () => {
    const document = yaml(
      'title: Lost laptop\nstatus: open\ndiscovered_at: 2026-03-14T09:30:00+01:00\ntypes: [integrity]\n',
    ) as { discovered_at: unknown };
    expect(document.discovered_at).toBe('2026-03-14T09:30:00+01:00');
    expect(errorsOf('incident', document)).toEqual([]);
  });
});

describe('vocabularies match REGISTER-FORMAT.md', () => {
  const enumAt = (file: string, definitionName: string): unknown => {
    const schema = loadSchema(file) as { definitions: Record<string, { enum?: unknown[] }> };
    return schema.definitions[definitionName]?.enum;
  };

  it.each([
    [
      'activity.schema.json',
      'legalBasis',
      [
        'consent',
        'contract',
        'legal-obligation',
        'vital-interests',
        'public-task',
        'legitimate-interests',
      ],
    ],
    ['activity.schema.json', 'activityRole', ['controller', 'joint-controller', 'processor']],
    ['activity.schema.json', 'activityStatus', ['planned', 'active', 'retired']],
    ['activity.schema.json', 'dataSource', ['data-subject', 'third-party', 'public']],
    [
      'activity.schema.json',
      'dataRequirement',
      ['statutory', 'contractual', 'precondition', 'access-condition', 'optional'],
    ],
    [
      'activity.schema.json',
      'art9Condition',
      [
        'explicit-consent',
        'employment',
        'vital-interests',
        'not-for-profit',
        'made-public',
        'legal-claims',
        'substantial-public-interest',
        'health-care',
        'public-health',
        'archiving-research',
      ],
    ],
    [
      'activity.schema.json',
      'transferMechanism',
      ['adequacy', 'scc', 'bcr', 'code-of-conduct', 'certification', 'derogation'],
    ],
    [
      'activity.schema.json',
      'art49Derogation',
      [
        'explicit-consent',
        'contract',
        'public-interest',
        'legal-claims',
        'vital-interests',
        'public-register',
        'compelling-legitimate-interests',
      ],
    ],
    [
      'common.schema.json',
      'wp248Criterion',
      [
        'evaluation-scoring',
        'automated-decision',
        'systematic-monitoring',
        'sensitive-data',
        'large-scale',
        'matching-datasets',
        'vulnerable-subjects',
        'innovative-technology',
        'prevents-rights',
      ],
    ],
    [
      'data-categories.schema.json',
      'specialCategory',
      [
        'racial-ethnic-origin',
        'political-opinions',
        'religious-beliefs',
        'trade-union',
        'genetic',
        'biometric',
        'health',
        'sex-life',
      ],
    ],
    [
      'party.schema.json',
      'partyKind',
      [
        'processor',
        'sub-processor',
        'joint-controller',
        'third-party',
        'public-authority',
        'client',
      ],
    ],
    ['retention.schema.json', 'retentionOutcome', ['delete', 'anonymise', 'archive']],
    ['incident.schema.json', 'incidentStatus', ['open', 'closed']],
    ['incident.schema.json', 'incidentRole', ['controller', 'processor']],
    ['incident.schema.json', 'breachType', ['confidentiality', 'integrity', 'availability']],
    ['incident.schema.json', 'breachRiskLevel', ['none', 'risk', 'high']],
    [
      'incident.schema.json',
      'art34Exemption',
      ['encrypted', 'mitigated', 'disproportionate-effort', null],
    ],
    [
      'request.schema.json',
      'requestType',
      [
        'access',
        'rectification',
        'erasure',
        'restriction',
        'portability',
        'objection',
        'withdraw-consent',
        'automated-decision',
      ],
    ],
    ['request.schema.json', 'requestStatus', ['open', 'completed', 'refused', 'withdrawn']],
    ['dpia.schema.json', 'dpiaStatus', ['draft', 'in-progress', 'validated', 'outdated']],
    ['dpia.schema.json', 'residualRisk', ['low', 'medium', 'high']],
    ['gdpr.schema.json', 'ruleSeverity', ['off', 'warning', 'error']],
  ])('%s %s', (file, definitionName, values) => {
    expect(enumAt(file, definitionName)).toEqual(values);
  });
});

type SchemaNode = Record<string, unknown>;

const isNode = (value: unknown): value is SchemaNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Calls `visit` on every subschema with its JSON pointer and how it is reached. */
function walk(
  node: unknown,
  pointer: string,
  via: 'root' | 'property' | 'definition' | 'other',
  visit: (node: SchemaNode, pointer: string, via: string) => void,
): void {
  if (!isNode(node)) return;
  visit(node, pointer, via);
  for (const key of ['properties', 'patternProperties', 'definitions'] as const) {
    const children = node[key];
    if (!isNode(children)) continue;
    for (const [name, child] of Object.entries(children)) {
      walk(
        child,
        `${pointer}/${key}/${name}`,
        key === 'definitions' ? 'definition' : 'property',
        visit,
      );
    }
  }
  for (const key of ['items', 'additionalProperties', 'if', 'then', 'else', 'not'] as const) {
    walk(node[key], `${pointer}/${key}`, 'other', visit);
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const branches = node[key];
    if (Array.isArray(branches))
      branches.forEach((branch, i) => {
        walk(branch, `${pointer}/${key}/${i}`, 'other', visit);
      });
  }
}

describe('schema documentation and closure', () => {
  it('gives every schema, definition, property and item a title and a description', () => {
    const missing: string[] = [];
    for (const file of schemaFiles) {
      walk(loadSchema(file), `${file}#`, 'root', (node, pointer) => {
        for (const annotation of ['title', 'description']) {
          const value = node[annotation];
          if (typeof value !== 'string' || value.trim() === '')
            missing.push(`${pointer} ${annotation}`);
        }
      });
    }
    expect(missing).toEqual([]);
  });

  it('closes every object schema with additionalProperties: false', () => {
    const open: string[] = [];
    for (const file of schemaFiles) {
      walk(loadSchema(file), `${file}#`, 'root', (node, pointer) => {
        if (node.type === 'object' && node.additionalProperties !== false) open.push(pointer);
      });
    }
    expect(open).toEqual([]);
  });

  it('refers only to definitions that exist', () => {
    const schemas = new Map(schemaFiles.map((file) => [file, loadSchema(file)]));
    const dangling: string[] = [];
    for (const [file, schema] of schemas) {
      walk(schema, `${file}#`, 'root', (node, pointer) => {
        if (typeof node.$ref !== 'string') return;
        const [target, fragment = ''] = node.$ref.split('#');
        const definitions = schemas.get(target === '' ? file : target!)?.definitions as
          SchemaNode | undefined;
        const name = fragment.replace('/definitions/', '');
        if (!definitions || !isNode(definitions[name])) dangling.push(`${pointer} -> ${node.$ref}`);
      });
    }
    expect(dangling).toEqual([]);
  });
});

describe('generated types', () => {
  const run = promisify(execFile);

  it('src/types/register.ts is what the schemas produce', async () => {
    const { stdout, stderr } = await run(process.execPath, ['scripts/gen-types.mjs', '--check'], {
      cwd: root,
    });
    expect(stdout).toBe('');
    expect(stderr).toBe('');
  });

  it('--check fails with a message on a stale file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gen-types-'));
    const stale = join(dir, 'register.ts');
    try {
      writeFileSync(
        stale,
        readFileSync(join(root, 'src', 'types', 'register.ts'), 'utf8').replace(
          'IsoDate',
          'IsoDay',
        ),
      );
      const failure = await run(
        process.execPath,
        ['scripts/gen-types.mjs', '--check', '--file', stale],
        {
          cwd: root,
        },
      ).then(
        () => null,
        (error: unknown) => error as { code: number; stderr: string },
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stderr).toContain(
        'is out of date with respect to schemas/; run `npm run gen:types`.',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('declares each exported name once, including the names the register layer uses', () => {
    const source = readFileSync(join(root, 'src', 'types', 'register.ts'), 'utf8');
    const names = [...source.matchAll(/^export (?:interface|type) (\w+)/gm)].map(
      (match) => match[1],
    );
    expect(new Set(names).size).toBe(names.length);
    for (const name of [
      'GdprConfig',
      'Activity',
      'Party',
      'DataCategory',
      'DataSubject',
      'RetentionRule',
      'SecurityMeasure',
      'Notice',
      'Incident',
      'DataSubjectRequest',
      'Dpia',
      'Text',
    ]) {
      expect(names, name).toContain(name);
    }
  });
});
