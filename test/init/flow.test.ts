import { describe, expect, it } from 'vitest';
import { Document, parse } from 'yaml';
import { localiseDocument } from '../../src/init/localise.js';
import { askInitQuestions, slugOf } from '../../src/init/questions.js';
import { buildActivity, buildRegisterFiles } from '../../src/init/scaffold.js';
import { InvalidAnswerError, PresetAsker } from '../../src/prompts/asker.js';

const YES = { defaults: true, placeholders: true };
const STRICT = { defaults: false, placeholders: false };

/** Everything after the modeline and header comments. */
function body(content: string): unknown {
  return parse(content);
}

describe('init questions', () => {
  it('turns a full set of answers into the organisation, settings and sectors', async () => {
    const asker = new PresetAsker({
      org_name: ' Atelier Durand SAS ',
      address: '18 rue des Ébénistes, 69007 Lyon',
      country: 'fr',
      email: 'contact@atelier-durand.example',
      phone: '+33 4 00 00 00 00',
      website: 'https://www.atelier-durand.example',
      headcount: 45,
      has_dpo: true,
      dpo_name: 'Claire Martin',
      dpo_email: 'dpo@atelier-durand.example',
      dpo_external: false,
      rights_contact: 'https://www.atelier-durand.example/privacy',
      languages: 'fr,en',
      supervisory_authority: 'fr',
      sectors: ['recruitment', 'video-surveillance'],
      ci: 'gitlab',
    });
    const { answers, placeholders } = await askInitQuestions(asker, STRICT);
    asker.assertComplete();
    expect(answers).toEqual({
      organisation: {
        name: 'Atelier Durand SAS',
        address: '18 rue des Ébénistes, 69007 Lyon',
        country: 'FR',
        email: 'contact@atelier-durand.example',
        phone: '+33 4 00 00 00 00',
        website: 'https://www.atelier-durand.example',
        headcount: 45,
        dpo: { name: 'Claire Martin', email: 'dpo@atelier-durand.example', external: false },
      },
      rightsContact: 'https://www.atelier-durand.example/privacy',
      languages: ['fr', 'en'],
      supervisoryAuthority: 'fr',
      sectors: ['recruitment', 'video-surveillance'],
      ci: 'gitlab',
    });
    expect(placeholders).toEqual([]);
  });

  it('with --yes, fills the defaults and marks the address and e-mail as placeholders', async () => {
    const asker = new PresetAsker({ org_name: 'Émile & Fils SARL' });
    const { answers, placeholders } = await askInitQuestions(asker, YES);
    asker.assertComplete();
    expect(answers).toEqual({
      organisation: {
        name: 'Émile & Fils SARL',
        address: '(to be completed)',
        country: 'FR',
        email: 'contact@emile-fils-sarl.example',
      },
      rightsContact: 'contact@emile-fils-sarl.example',
      languages: ['fr', 'en'],
      supervisoryAuthority: 'fr',
      sectors: ['hr-payroll', 'customers', 'suppliers'],
      ci: 'none',
    });
    expect(placeholders).toEqual([
      { path: 'organisation.address', value: '(to be completed)' },
      { path: 'organisation.email', value: 'contact@emile-fils-sarl.example' },
      { path: 'rights_contact', value: 'contact@emile-fils-sarl.example' },
    ]);
  });

  it('derives the languages and the authority from the country, and the rights contact from the DPO', async () => {
    const asker = new PresetAsker({
      org_name: 'Harbour Ltd',
      address: '1 Quay Street, Dublin',
      country: 'IE',
      email: 'hello@harbour.example',
      has_dpo: true,
      dpo_email: 'dpo@harbour.example',
    });
    const { answers } = await askInitQuestions(asker, YES);
    expect(answers.languages).toEqual(['en']);
    expect(answers.supervisoryAuthority).toBe('ie');
    expect(answers.rightsContact).toBe('dpo@harbour.example');
    expect(answers.organisation.dpo).toEqual({ email: 'dpo@harbour.example', external: false });
  });

  it('gives Germany no default authority: it depends on the Land', async () => {
    const asker = new PresetAsker({ org_name: 'Muster GmbH', country: 'DE' });
    await askInitQuestions(asker, YES);
    expect(asker.missing().map((m) => m.name)).toEqual(['supervisory_authority']);
  });

  it('without a terminal or --yes, records every question that assumes a fact about the organisation', async () => {
    const asker = new PresetAsker({});
    await askInitQuestions(asker, STRICT);
    expect(asker.missing().map((m) => m.name)).toEqual([
      'org_name',
      'address',
      'country',
      'email',
      'has_dpo',
      'rights_contact',
      'languages',
      'supervisory_authority',
      'sectors',
    ]);
    expect(asker.missing()[0]).toEqual({
      name: 'org_name',
      message: 'Organisation name (legal name)',
    });
  });

  it('asks for the DPO e-mail once a DPO is declared', async () => {
    const asker = new PresetAsker({ org_name: 'X', has_dpo: true });
    await askInitQuestions(asker, YES);
    expect(asker.missing().map((m) => m.name)).toEqual(['dpo_email']);
  });

  it.each([
    [{ country: 'XX' }, 'answer `country`: expected an ISO 3166-1 alpha-2 country code, e.g. FR'],
    [
      { email: 'not-an-address' },
      'answer `email`: expected an e-mail address, e.g. contact@exemple.example',
    ],
    [
      { website: 'exemple.example' },
      'answer `website`: expected an absolute URL, e.g. https://exemple.example',
    ],
    [{ headcount: 'forty' }, 'answer `headcount`: expected a whole number'],
    [
      { sectors: 'recruitment,bakery' },
      'answer `sectors`: unknown value bakery; choose among: recruitment, hr-payroll, customers, prospects-newsletter, website-analytics, video-surveillance, suppliers',
    ],
    [{ languages: [] }, 'answer `languages`: choose at least one language'],
  ])('rejects the invalid answer %j', async (bad, message) => {
    const asker = new PresetAsker({ org_name: 'X', ...bad });
    await expect(askInitQuestions(asker, YES)).rejects.toThrow(new InvalidAnswerError(message));
  });

  it('slugs organisation names for the placeholder domain', () => {
    expect(slugOf('Atelier Durand & Fils')).toBe('atelier-durand-fils');
    expect(slugOf('  Ça Va Bien! ')).toBe('ca-va-bien');
    expect(slugOf('!!!')).toBe('organisation');
  });
});

describe('scaffold builder', () => {
  const base = {
    organisation: {
      name: 'Test SAS',
      address: '1 rue de l’Exemple, 75002 Paris',
      country: 'FR',
      email: 'contact@test.example',
    },
    rightsContact: 'contact@test.example',
    languages: ['fr', 'en'],
    supervisoryAuthority: 'fr',
    sectors: ['recruitment', 'customers'],
    ci: 'none' as const,
  };

  it('writes the catalogues, one activity per sector, one notice per audience and gdpr.yaml last', () => {
    const files = buildRegisterFiles(base, {
      dir: '/tmp/register',
      today: '2026-11-23',
      schemaDir: '/opt/gdpr/schemas',
    });
    expect(files.map((f) => f.path)).toEqual([
      'catalog/data-categories.yaml',
      'catalog/data-subjects.yaml',
      'catalog/retention.yaml',
      'catalog/security-measures.yaml',
      'activities/recruitment.yaml',
      'activities/customers.yaml',
      'notices/candidates.yaml',
      'notices/customers.yaml',
      'gdpr.yaml',
    ]);
    expect(files[0]!.content.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../../opt/gdpr/schemas/data-categories.schema.json',
    );
    expect(files[4]!.content.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../../opt/gdpr/schemas/activity.schema.json',
    );
    expect(files[8]!.content.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../opt/gdpr/schemas/gdpr.schema.json',
    );
    expect(body(files[7]!.content)).toEqual({
      title: { fr: 'Politique de confidentialité – clients', en: 'Privacy notice for customers' },
      audience: ['customers'],
    });
  });

  it('writes gdpr.yaml with only the departments the activities use', () => {
    const files = buildRegisterFiles(
      {
        ...base,
        organisation: {
          ...base.organisation,
          headcount: 12,
          dpo: { email: 'dpo@test.example', external: true },
        },
        rightsContact: 'dpo@test.example',
      },
      { dir: '/tmp/register', today: '2026-11-23' },
    );
    expect(body(files.at(-1)!.content)).toEqual({
      version: 1,
      organisation: {
        name: 'Test SAS',
        address: '1 rue de l’Exemple, 75002 Paris',
        country: 'FR',
        email: 'contact@test.example',
        headcount: 12,
        dpo: { email: 'dpo@test.example', external: true },
      },
      rights_contact: 'dpo@test.example',
      supervisory_authority: 'fr',
      languages: ['fr', 'en'],
      review_every: 'P1Y',
      departments: [
        { id: 'management', name: { fr: 'Direction', en: 'Management' } },
        { id: 'hr', name: { fr: 'Ressources humaines', en: 'Human resources' } },
        { id: 'finance', name: { fr: 'Comptabilité et finances', en: 'Accounting and finance' } },
        {
          id: 'sales',
          name: { fr: 'Ventes et relation client', en: 'Sales and customer relations' },
        },
      ],
      holidays: 'FR',
    });
  });

  it('stamps the activity with its status and the day, after its department', () => {
    const activity = buildActivity('recruitment', base, '2026-11-23').toJSON() as Record<
      string,
      unknown
    >;
    expect(Object.keys(activity).slice(0, 8)).toEqual([
      'name',
      'description',
      'role',
      'department',
      'status',
      'created',
      'reviewed',
      'occasional',
    ]);
    expect([activity.status, activity.created, activity.reviewed]).toEqual([
      'active',
      '2026-11-23',
      '2026-11-23',
    ]);
    expect(activity.name).toEqual({ fr: 'Recrutement', en: 'Recruitment' });
    expect(typeof activity.notes).toBe('string');
    expect(activity.notes).toMatch(/^Pour garder des candidatures dans un vivier/);
  });

  it('writes plain strings when the register has one template language, in register order otherwise', () => {
    const en = buildActivity(
      'recruitment',
      { ...base, languages: ['en'] },
      '2026-11-23',
    ).toJSON() as Record<string, unknown>;
    expect(en.name).toBe('Recruitment');
    expect(en.notes).toMatch(/^To keep applications in a talent pool/);
    const enFr = buildActivity(
      'recruitment',
      { ...base, languages: ['en', 'fr'] },
      '2026-11-23',
    ).toJSON() as { name: Record<string, string> };
    expect(Object.keys(enFr.name)).toEqual(['en', 'fr']);
    // Every template is now in German too: a German register gets plain German strings.
    const de = buildActivity(
      'recruitment',
      { ...base, languages: ['de'] },
      '2026-11-23',
    ).toJSON() as { name: unknown };
    expect(de.name).toBe('Personalgewinnung');
  });

  it('keeps English for a text without any register language, so that `gdpr check` reports the missing translations', () => {
    const doc = new Document({ name: { fr: 'Recrutement', en: 'Recruitment' } });
    localiseDocument(doc, ['de']);
    expect(doc.toJSON()).toEqual({ name: { en: 'Recruitment' } });
    const es = new Document({ name: { fr: 'Recrutement', en: 'Recruitment' } });
    localiseDocument(es, ['es', 'fr']);
    // Only a later register language: kept as a map, so that the first language is reported missing.
    expect(es.toJSON()).toEqual({ name: { fr: 'Recrutement' } });
  });

  it('flags the video-surveillance activity for DPIA screening', () => {
    const video = buildActivity('video-surveillance', base, '2026-11-23').toJSON() as {
      dpia: unknown;
      notes: string;
      data: unknown;
    };
    expect(video.dpia).toEqual({ criteria: ['systematic-monitoring'] });
    expect(video.data).toEqual([
      {
        category: 'images',
        retention: 'video-footage',
        source: 'data-subject',
        requirement: 'access-condition',
      },
    ]);
    expect(video.notes).toContain('AIPD');
  });

  it('is deterministic: the same answers and day give the same bytes', () => {
    const a = buildRegisterFiles(
      { ...base, sectors: ['video-surveillance', 'suppliers', 'website-analytics'] },
      { dir: '/tmp/r', today: '2026-11-23' },
    );
    const b = buildRegisterFiles(
      { ...base, sectors: ['video-surveillance', 'suppliers', 'website-analytics'] },
      { dir: '/tmp/r', today: '2026-11-23' },
    );
    expect(a).toEqual(b);
  });
});
