/**
 * `gdpr dpia screen` on a French register: the summary of the screening in French
 * (locales/fr/wizard.json `dpia.report.*`), the law data's French labels, French typography, and
 * no English sentence of the summary left.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { BASE_REGISTER, makeRegister } from '../helpers/register.js';
import { englishLeft } from '../helpers/english-left.js';
import { memoryIo } from '../helpers/io.js';

const ACTIVITY = `name: { en: Video surveillance, fr: Vidéosurveillance }
status: active
purposes:
  - description: { en: Protect people and property, fr: Protéger les personnes et les biens }
    legal_basis: legitimate-interests
    legitimate_interest: Preventing theft
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
    source: data-subject
security_measures: [access-control, encryption-at-rest]
`;

function frenchRegister(activity = ACTIVITY): string {
  return makeRegister({
    'gdpr.yaml': (BASE_REGISTER['gdpr.yaml'] ?? '').replace('languages: [en]', 'languages: [fr]'),
    'activities/video.yaml': activity,
  });
}

async function screen(root: string, args: string[]): Promise<string> {
  const io = memoryIo(root);
  const code = await run(['dpia', 'screen', 'video', '.', '--today', '2026-11-23', ...args], io);
  expect(io.err()).toBe('');
  expect(code).toBe(0);
  return io.out();
}

const KEYS = ['dpia.report.'];

describe('gdpr dpia screen: the summary in the register’s language', () => {
  it('two criteria: a DPIA is required and a draft created, said in French', async () => {
    const root = frenchRegister();
    const out = await screen(root, ['--criteria', 'vulnerable-subjects,systematic-monitoring']);
    const lines = out.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Examen de la nécessité d’une AIPD pour le traitement video',
      '',
      'Critères du WP248 rév. 01 (deux ou plus\u00a0: une AIPD est requise dans la plupart des cas)\u00a0:',
    ]);
    expect(out).toContain('  [x] 3. Surveillance systématique\n');
    expect(out).toContain(
      [
        'Liste CNIL des traitements pour lesquels une AIPD est requise (art. 35, § 4)\u00a0: aucun point ne s’applique',
        'Liste CNIL des traitements non soumis à AIPD (art. 35, § 5)\u00a0: aucun point ne s’applique',
        '',
        'Décision\u00a0: une AIPD est requise (art. 35, § 1)',
        '  - 2 critères du WP248 remplis (systematic-monitoring, vulnerable-subjects)\u202f; une AIPD est requise à partir de 2 (lignes directrices du G29 sur l’AIPD, WP248 rév. 01, du 4 octobre 2017, approuvées par le CEPD)',
        '',
        'dpias/video.yaml créé (statut draft)\u202f; activities/video.yaml y renvoie désormais (dpia.ref).',
        'activities/video.yaml mis à jour (dpia.criteria).',
        '',
      ].join('\n'),
    );
    expect(englishLeft(out, 'wizard', KEYS)).toEqual([]);

    // One criterion: not required, in the singular.
    const one = await screen(root, ['--criteria', 'large-scale']);
    expect(one).toContain('  - 1 critère du WP248 rempli (large-scale)\u202f;');
    expect(one).toContain('Décision\u00a0: aucune AIPD n’est requise\n');
    expect(englishLeft(one, 'wizard', KEYS)).toEqual([]);

    // Required again: the DPIA already referenced, in French.
    const again = await screen(root, ['--criteria', 'large-scale,vulnerable-subjects']);
    expect(again).toContain(
      'Le traitement renvoie déjà à l’AIPD «\u00a0video\u00a0»\u202f; revoyez-la si l’examen a changé (art. 35, § 11).',
    );
    expect(englishLeft(again, 'wizard', KEYS)).toEqual([]);
  });

  it('an Art. 35(3) case and a CNIL mandatory item, cited the French way', async () => {
    const art35 = await screen(frenchRegister(), ['--art35-3', 'art35-3-b', '--criteria', '']);
    expect(art35).toContain(
      'Cas de l’art. 35, § 3 (une AIPD est toujours requise)\u00a0:\n  [x] art. 35, § 3, b\u00a0: ',
    );
    expect(art35).toMatch(/\n {2}- art\. 35, § 3, b du RGPD\u00a0: .+\n/);
    expect(englishLeft(art35, 'wizard', KEYS)).toEqual([]);

    const required = await screen(frenchRegister(), [
      '--criteria',
      '',
      '--cnil-required',
      'cnil-required-04-employee-monitoring',
    ]);
    expect(required).toMatch(
      /\(art\. 35, § 4\)\u00a0: point 4, .+\n\nDécision\u00a0: une AIPD est requise \(art\. 35, § 1\)\n {2}- Liste CNIL des traitements pour lesquels une AIPD est requise \(délibération n° 2018-327\), point 4\u00a0: .+\n/,
    );
    expect(englishLeft(required, 'wizard', KEYS)).toEqual([]);
  });

  it('a CNIL exempted item: the exemption recorded and the other duties, in French', async () => {
    const root = frenchRegister();
    const out = await screen(root, [
      '--criteria',
      'vulnerable-subjects,evaluation-scoring',
      '--cnil-exempt',
      'cnil-exempt-01-hr-under-250',
    ]);
    expect(out).toContain('Décision\u00a0: aucune AIPD n’est requise\n');
    expect(out).toContain(
      'Dispense enregistrée dans dpia.not_required_reason\u00a0: Liste CNIL des traitements non soumis à AIPD (délibération n° 2019-118), point 1\u00a0: ',
    );
    expect(out).toContain(
      'La dispense ne lève pas les autres obligations, notamment de sécurité (art. 32).\n',
    );
    expect(englishLeft(out, 'wizard', KEYS)).toEqual([]);
    expect(readFileSync(join(root, 'activities/video.yaml'), 'utf8')).toContain(
      'not_required_reason:',
    );

    // With --lang en the same screening is summed up in English.
    const english = await screen(frenchRegister(), [
      '--criteria',
      'vulnerable-subjects,evaluation-scoring',
      '--cnil-exempt',
      'cnil-exempt-01-hr-under-250',
      '--lang',
      'en',
    ]);
    expect(english).toContain('Decision: no DPIA is required\n');
    expect(englishLeft(english, 'wizard', KEYS)).toContain(
      'The exemption does not lift the other duties, notably security (Art. 32).',
    );
  });

  it('an activity that documents why no DPIA is carried out: said in French', async () => {
    const root = frenchRegister(
      `${ACTIVITY}dpia:\n  criteria: []\n  not_required_reason: Avis du DPO du 2 mars 2026.\n`,
    );
    const out = await screen(root, ['--criteria', 'vulnerable-subjects,systematic-monitoring']);
    expect(out).toContain(
      'Aucune AIPD n’a été créée\u00a0: activities/video.yaml indique pourquoi aucune n’est menée (dpia.not_required_reason).',
    );
    expect(englishLeft(out, 'wizard', KEYS)).toEqual([]);
  });
});
