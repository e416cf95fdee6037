import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { dpiaScreen } from '../../src/commands/dpia-screen.js';
import type { Asker } from '../../src/prompts/asker.js';
import { loadRegister } from '../../src/register/load.js';
import { memoryIo } from '../helpers/io.js';
import { makeRegister } from '../helpers/register.js';
import { listed } from '../helpers/list-json.js';

const TODAY = '2026-11-23';

/** An activity with comments, flow collections and keys on both sides of where `dpia` goes. */
const ACTIVITY = `# yaml-language-server: $schema=../../schemas/activity.schema.json
# Video surveillance of the shop: reviewed with the works council.
name: { en: Video surveillance, fr: Vidéosurveillance }
status: active
purposes:
  - description: { en: Protect people and property, fr: Protéger les personnes et les biens }
    legal_basis: legitimate-interests # Art. 6(1)(f)
    legitimate_interest: Preventing theft
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
    source: data-subject
security_measures: [access-control, encryption-at-rest]
# Recorder kept in the manager's office.
systems: [Local recorder]
notes: Signs at every entrance.
`;
const FILE = 'activities/video.yaml';

function register(activity = ACTIVITY, extra: Record<string, string> = {}): string {
  return makeRegister({ [FILE]: activity, ...extra });
}

async function screen(
  root: string,
  args: string[],
): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(root);
  const code = await run(['dpia', 'screen', 'video', '.', '--today', TODAY, ...args], io);
  return { code, out: io.out(), err: io.err() };
}

function expectValid(root: string): void {
  expect(loadRegister(root).problems.map((p) => `${p.file.relPath}: ${p.message}`)).toEqual([]);
}

describe('gdpr dpia screen', () => {
  it('two WP248 criteria: a DPIA is required; the activity keeps its comments and keys, and a draft DPIA is created', async () => {
    const root = register();
    const r = await screen(root, ['--criteria', 'vulnerable-subjects,systematic-monitoring']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(root, FILE), 'utf8')).toBe(
      ACTIVITY.replace(
        'security_measures: [access-control, encryption-at-rest]\n',
        'security_measures: [access-control, encryption-at-rest]\ndpia:\n  criteria: [systematic-monitoring, vulnerable-subjects]\n  ref: video\n',
      ),
    );
    const dpia = readFileSync(join(root, 'dpias/video.yaml'), 'utf8');
    expect(dpia.split('\n').slice(1)).toEqual([
      'activities: [video]',
      'status: draft',
      'criteria: [systematic-monitoring, vulnerable-subjects]',
      'started: 2026-11-23',
      '',
    ]);
    expect(dpia.split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=.*\/schemas\/dpia\.schema\.json$/,
    );
    expectValid(root);
    expect(r.out).toBe(
      [
        'DPIA screening of video',
        '',
        'WP248 rev.01 criteria (two or more: a DPIA is required in most cases):',
        '  [ ] 1. Evaluation or scoring',
        '  [ ] 2. Automated decision-making with legal or similarly significant effect',
        '  [x] 3. Systematic monitoring',
        '        Processing used to observe, monitor or control people, including data collected through networks or systematic monitoring of a publicly accessible area.',
        '  [ ] 4. Sensitive data or data of a highly personal nature',
        '  [ ] 5. Data processed on a large scale',
        '  [ ] 6. Matching or combining datasets',
        '  [x] 7. Data concerning vulnerable data subjects',
        '        People in a position of imbalance of power with the controller: children, employees, patients, elderly people, asylum seekers, and others who cannot easily consent or object.',
        '  [ ] 8. Innovative use or new technological or organisational solutions',
        '  [ ] 9. Processing that prevents people from exercising a right or using a service or contract',
        '',
        'CNIL list of processing requiring a DPIA (Art. 35(4)): no item applies',
        'CNIL list of processing exempted from a DPIA (Art. 35(5)): no item applies',
        '',
        'Decision: a DPIA is required (Art. 35(1))',
        '  - 2 WP248 criteria met (systematic-monitoring, vulnerable-subjects); a DPIA is required from 2 (WP29 Guidelines on DPIA, WP248 rev.01 (4 October 2017), endorsed by the EDPB)',
        '',
        'Created dpias/video.yaml (status draft); activities/video.yaml now references it (dpia.ref).',
        'Updated activities/video.yaml (dpia.criteria).',
        '',
      ].join('\n'),
    );
  });

  it('one criterion: no DPIA; only the criteria are recorded', async () => {
    const root = register();
    const r = await screen(root, ['--criteria', 'large-scale']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'Decision: no DPIA is required\n  - 1 WP248 criterion met (large-scale); a DPIA is required from 2',
    );
    expect(readFileSync(join(root, FILE), 'utf8')).toContain(
      'security_measures: [access-control, encryption-at-rest]\ndpia:\n  criteria: [large-scale]\n# Recorder kept',
    );
    expect(existsSync(join(root, 'dpias'))).toBe(false);
    expectValid(root);
  });

  it('a CNIL mandatory item requires a DPIA even with no criterion, and is recorded as dpia.cnil_list', async () => {
    const root = register();
    const r = await screen(root, [
      '--criteria',
      '',
      '--cnil-required',
      'cnil-required-04-employee-monitoring',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "Decision: a DPIA is required (Art. 35(1))\n  - CNIL délibération n° 2018-327 of 11 October 2018 (JORF 6 November 2018), item 4: Constant monitoring of employees' activity\n",
    );
    expect(readFileSync(join(root, FILE), 'utf8')).toContain(
      'dpia:\n  criteria: []\n  cnil_list: cnil-required-04-employee-monitoring\n  ref: video\n',
    );
    expect(readFileSync(join(root, 'dpias/video.yaml'), 'utf8').split('\n').slice(1)).toEqual([
      'activities: [video]',
      'status: draft',
      'started: 2026-11-23',
      '',
    ]);
    expectValid(root);
  });

  it('a CNIL exempted item lifts the requirement of two criteria and records why, in each register language', async () => {
    const root = register(ACTIVITY, {
      'gdpr.yaml': readFileSync(join(makeRegister(), 'gdpr.yaml'), 'utf8').replace(
        'languages: [en]',
        'languages: [fr, en]',
      ),
    });
    // A French register gets a French report (test/dpia/french.test.ts); --lang en asks for English.
    const r = await screen(root, [
      '--criteria',
      'vulnerable-subjects,evaluation-scoring',
      '--cnil-exempt',
      'cnil-exempt-01-hr-under-250',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'Decision: no DPIA is required\n  - CNIL délibération n° 2019-118 of 12 September 2019 (JO 22 October 2019), item 1: HR processing solely',
    );
    expect(r.out).toContain(
      'The exemption does not lift the other duties, notably security (Art. 32).',
    );
    // --lang en: the labels of the law data follow it too, though the register is French first.
    expect(r.out).toContain('  [x] 1. Evaluation or scoring\n');
    expect(r.out).not.toContain('Évaluation ou notation');
    const text = readFileSync(join(root, FILE), 'utf8');
    expect(text).toContain(
      [
        'dpia:',
        '  criteria: [evaluation-scoring, vulnerable-subjects]',
        '  not_required_reason:',
        '    fr: "Liste CNIL des traitements non soumis à AIPD (délibération n° 2019-118), point 1\u00a0: Traitements mis en œuvre uniquement à des fins de gestion des ressources humaines dans les organismes qui emploient moins de 250 personnes, dans les conditions prévues par les textes applicables, à l\'exception du recours au profilage"',
        '    en: "CNIL list of processing exempted from a DPIA (délibération n° 2019-118), item 1: HR processing solely for personnel management in organisations employing fewer than 250 people, under the applicable texts, except where profiling is used"',
        '',
      ].join('\n'),
    );
    expect(existsSync(join(root, 'dpias'))).toBe(false);
    expectValid(root);
  });

  it('--lang de / --lang es: the criteria and the Art. 35(3) cases in German or Spanish, a CNIL item in French', async () => {
    const expected = {
      de: {
        criterion: '  [x] 7. Daten zu schutzbedürftigen Betroffenen\n',
        art35: 'systematische umfangreiche Überwachung öffentlich zugänglicher Bereiche',
      },
      es: {
        criterion: '  [x] 7. Datos relativos a interesados vulnerables\n',
        art35: 'observación sistemática a gran escala de una zona de acceso público',
      },
    };
    for (const [lang, words] of Object.entries(expected)) {
      const root = register();
      const r = await screen(root, [
        '--art35-3',
        'art35-3-c',
        '--criteria',
        'vulnerable-subjects,systematic-monitoring',
        '--lang',
        lang,
      ]);
      expect(r.err, lang).toBe('');
      expect(r.code, lang).toBe(0);
      expect(r.out, lang).toContain(words.criterion);
      expect(r.out, lang).toContain(words.art35);
      // An explanation that is only the heading is not printed a second time.
      expect(r.out.split(words.criterion.trim().slice(7)).length, lang).toBe(2);
      for (const english of [
        'Data concerning vulnerable data subjects',
        'Systematic monitoring',
        'People in a position of imbalance',
      ])
        expect(r.out, `${lang}: ${english}`).not.toContain(english);

      const listed = await screen(register(), [
        '--criteria',
        '',
        '--cnil-required',
        'cnil-required-04-employee-monitoring',
        '--lang',
        lang,
      ]);
      expect(listed.code, lang).toBe(0);
      // French law, quoted in French rather than in English.
      expect(listed.out, lang).toContain(
        "Traitements ayant pour finalité de surveiller de manière constante l'activité des employés",
      );
      expect(listed.out, lang).not.toContain("Constant monitoring of employees' activity");
    }
  });

  it('re-screening updates the existing dpia block in place, keeps its comment and drops a stale cnil_list', async () => {
    const before = ACTIVITY.replace(
      'security_measures: [access-control, encryption-at-rest]\n',
      'security_measures: [access-control, encryption-at-rest]\ndpia:\n  # Screened with the DPO.\n  criteria: [systematic-monitoring]\n  cnil_list: cnil-required-04-employee-monitoring\n  ref: video\n',
    );
    const root = register(before, {
      'dpias/video.yaml': 'activities: [video]\nstatus: validated\nnext_review: 2027-01-10\n',
    });
    const r = await screen(root, ['--criteria', 'systematic-monitoring,vulnerable-subjects']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'The activity already references the DPIA `video`; review it if the screening changed (Art. 35(11)).',
    );
    expect(readFileSync(join(root, FILE), 'utf8')).toBe(
      before.replace(
        '  criteria: [systematic-monitoring]\n  cnil_list: cnil-required-04-employee-monitoring\n',
        '  criteria: [systematic-monitoring, vulnerable-subjects]\n',
      ),
    );
    expect(readFileSync(join(root, 'dpias/video.yaml'), 'utf8')).toBe(
      'activities: [video]\nstatus: validated\nnext_review: 2027-01-10\n',
    );
    expectValid(root);
  });

  it('a documented reason overrides a criteria-only screening: no DPIA created', async () => {
    const before = ACTIVITY.replace(
      'security_measures: [access-control, encryption-at-rest]\n',
      'security_measures: [access-control, encryption-at-rest]\ndpia:\n  not_required_reason: Two cameras at the till only, no recording kept\n',
    );
    const root = register(before);
    const r = await screen(root, ['--criteria', 'systematic-monitoring,vulnerable-subjects']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'No DPIA was created: activities/video.yaml documents why none is carried out (dpia.not_required_reason).',
    );
    expect(readFileSync(join(root, FILE), 'utf8')).toContain(
      'dpia:\n  criteria: [systematic-monitoring, vulnerable-subjects]\n  not_required_reason: Two cameras at the till only, no recording kept\n',
    );
    expect(existsSync(join(root, 'dpias'))).toBe(false);
  });

  it('never overwrites an unreferenced DPIA file without --force', async () => {
    const root = register(ACTIVITY, {
      'dpias/video.yaml': 'activities: [video]\nstatus: in-progress\n',
    });
    const r = await screen(root, ['--criteria', 'systematic-monitoring,vulnerable-subjects']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'gdpr: dpias/video.yaml already exists but activities/video.yaml does not reference it; nothing was written. Set dpia.ref to it, or pass --force to replace it with a new draft.\n',
    );
    expect(readFileSync(join(root, FILE), 'utf8')).toBe(ACTIVITY);
    expect(readFileSync(join(root, 'dpias/video.yaml'), 'utf8')).toBe(
      'activities: [video]\nstatus: in-progress\n',
    );
  });

  it('unknown criteria, list items or activity: exit 2 and nothing written', async () => {
    const root = register();
    const bad = await screen(root, ['--criteria', 'large-scale,profiling']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(
      /^gdpr: answer `criteria`: unknown value profiling; choose among: evaluation-scoring, /,
    );
    const badItem = await screen(root, [
      '--criteria',
      'large-scale',
      '--cnil-exempt',
      'cnil-exempt-99',
    ]);
    expect(badItem.code).toBe(2);
    expect(badItem.err).toMatch(
      /^gdpr: answer `cnil_exempt` must be one of: none, cnil-exempt-01-hr-under-250, /,
    );
    const io = memoryIo(root);
    expect(await run(['dpia', 'screen', 'vidéo', '.', '--criteria', 'large-scale'], io)).toBe(2);
    expect(io.err()).toBe('gdpr: no activity `vidéo` in activities/. Did you mean `video`?\n');
    expect(readFileSync(join(root, FILE), 'utf8')).toBe(ACTIVITY);
  });

  it('without a terminal and without --criteria, lists the missing answer (exit 2)', async () => {
    const root = register();
    const r = await screen(root, []);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      '  criteria  Which WP248 criteria does the processing meet? (two or more usually require a DPIA) (--criteria)\n',
    );
    expect(readFileSync(join(root, FILE), 'utf8')).toBe(ACTIVITY);
  });

  it('asks the terminal, offering the nine criteria with their explanation and the current ones checked', async () => {
    const root = register(
      ACTIVITY.replace(
        'security_measures: [access-control, encryption-at-rest]\n',
        'security_measures: [access-control, encryption-at-rest]\ndpia:\n  criteria: [large-scale]\n',
      ),
    );
    const questions: string[] = [];
    let checked: string[] = [];
    let descriptions = 0;
    const terminal: Asker = {
      input: async () => '',
      confirm: async () => false,
      select: async (q) => {
        questions.push(q.name);
        return (q.name === 'cnil_required' ? 'none' : 'cnil-exempt-02-suppliers') as never;
      },
      checkbox: async (q) => {
        questions.push(q.name);
        if (q.name === 'art35_3') return [] as never;
        checked = q.choices.filter((c) => c.checked).map((c) => c.value);
        descriptions = q.choices.filter((c) => (c.description ?? '').length > 20).length;
        return ['large-scale', 'matching-datasets'] as never;
      },
    };
    const io = memoryIo(root, {}, true);
    expect(
      await dpiaScreen({ activity: 'video', path: '.', today: TODAY }, io, {
        terminal: async () => terminal,
      }),
    ).toBe(0);
    // Art. 35(3) first: any of its cases requires a DPIA whatever follows.
    expect(questions).toEqual(['art35_3', 'criteria', 'cnil_required', 'cnil_exempt']);
    expect(checked).toEqual(['large-scale']);
    expect(descriptions).toBe(9);
    expect(io.out()).toContain(
      'Decision: no DPIA is required\n  - CNIL délibération n° 2019-118 of 12 September 2019 (JO 22 October 2019), item 2: Supplier relationship management\n',
    );
    expectValid(root);
  });
});

describe('gdpr dpia list', () => {
  it('lists each DPIA with activities, status, residual risk and next review (table and JSON)', async () => {
    const root = makeRegister({
      'dpias/video.yaml':
        'activities: [customers]\nstatus: validated\nresidual_risk: low\nnext_review: 2027-02-16\n',
      'dpias/crm.yaml': 'activities: [customers]\nstatus: draft\n',
    });
    const table = memoryIo(root);
    expect(await run(['dpia', 'list', '.', '--today', '2026-11-23'], table)).toBe(0);
    expect(table.out()).toBe(
      [
        'DPIA                         ACTIVITIES  STATUS     RESIDUAL RISK  NEXT REVIEW',
        'Customer management (crm)    customers   draft      -              -',
        'Customer management (video)  customers   validated  low            2027-02-16',
        '',
      ].join('\n'),
    );
    const json = memoryIo(root);
    expect(await run(['dpia', 'list', '.', '--format', 'json'], json)).toBe(0);
    expect(listed(json.out(), 'dpias')).toEqual([
      {
        id: 'crm',
        activities: ['customers'],
        status: 'draft',
        residual_risk: null,
        next_review: null,
      },
      {
        id: 'video',
        activities: ['customers'],
        status: 'validated',
        residual_risk: 'low',
        next_review: '2027-02-16',
      },
    ]);
  });

  it('says so when there is no DPIA', async () => {
    const io = memoryIo(makeRegister());
    expect(await run(['dpia', 'list', '.'], io)).toBe(0);
    expect(io.out()).toBe('No DPIA recorded (dpias/ is empty).\n');
  });
  it('Art. 35(3): a case requires a DPIA whatever the criteria; recorded in dpia.art35_3 (--art35-3)', async () => {
    const root = register();
    const r = await screen(root, ['--art35-3', 'art35-3-c,art35-3-b', '--criteria', 'large-scale']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(root, FILE), 'utf8')).toContain(
      'dpia:\n  criteria: [large-scale]\n  art35_3: [art35-3-b, art35-3-c]\n  ref: video\n',
    );
    expect(r.out).toContain(
      'Art. 35(3) cases (a DPIA is always required):\n  [x] GDPR Art. 35(3)(b): Large-scale processing of special categories',
    );
    expect(r.out).toContain('Decision: a DPIA is required (Art. 35(1))\n  - GDPR Art. 35(3)(b):');
    expect(r.out).toContain('Updated activities/video.yaml (dpia.criteria, dpia.art35_3).');
    expect(existsSync(join(root, 'dpias/video.yaml'))).toBe(true);
    expectValid(root);
    // Screening again with no case removes the field; an unknown case is a usage error.
    const again = await screen(root, ['--art35-3', '', '--criteria', '']);
    expect(again.code).toBe(0);
    expect(readFileSync(join(root, FILE), 'utf8')).not.toContain('art35_3');
    const bad = await screen(root, ['--art35-3', 'art35-3-d', '--criteria', '']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('art35-3-d');
  });

  it('asks the Art. 35(3) cases in the register language, with the recorded ones checked', async () => {
    const root = makeRegister({
      [FILE]: ACTIVITY.replace(
        'security_measures: [access-control, encryption-at-rest]\n',
        'security_measures: [access-control, encryption-at-rest]\ndpia:\n  criteria: []\n  art35_3: [art35-3-c]\n  ref: video\n',
      ),
      'dpias/video.yaml': 'activities: [video]\nstatus: draft\n',
    });
    const config = join(root, 'gdpr.yaml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace('languages: [en]', 'languages: [fr]'),
    );
    const seen: { name: string; message: string; checked: string[] }[] = [];
    const terminal: Asker = {
      input: async () => '',
      confirm: async () => false,
      select: async () => 'none' as never,
      checkbox: async (q) => {
        seen.push({
          name: q.name,
          message: q.message,
          checked: q.choices.filter((c) => c.checked).map((c) => c.value),
        });
        return (q.name === 'art35_3' ? ['art35-3-a', 'art35-3-c'] : []) as never;
      },
    };
    const io = memoryIo(root, {}, true);
    expect(
      await dpiaScreen({ activity: 'video', path: '.', today: TODAY }, io, {
        terminal: async () => terminal,
      }),
    ).toBe(0);
    expect(seen[0]).toEqual({
      name: 'art35_3',
      message: expect.stringMatching(
        /^Le traitement relève-t-il d’un des cas de l’art\. 35, § 3\u00a0\?/,
      ),
      checked: ['art35-3-c'],
    });
    expect(seen[1]?.message).toBe(
      'Quels critères du WP248 le traitement remplit-il\u202f? (deux ou plus exigent en général une AIPD)',
    );
    expect(readFileSync(join(root, FILE), 'utf8')).toContain('  art35_3: [art35-3-a, art35-3-c]\n');
  });
});
