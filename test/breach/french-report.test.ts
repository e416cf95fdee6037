/**
 * What `breach new` and `breach update` print after saving, in the register's language: a
 * French register gets the French report (locales/fr/wizard.json `breach.report.*`,
 * `update.report.*`, `deadline.*`), with French typography, and no English sentence of it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breachNew } from '../../src/commands/breach-new.js';
import { breachUpdate } from '../../src/commands/breach-update.js';
import { BASE_REGISTER } from '../helpers/register.js';
import { englishLeft } from '../helpers/english-left.js';
import { memoryIo } from '../helpers/io.js';
import { answersFile, breachRegister } from './fixtures.js';

function frenchRegister(): string {
  const config = (BASE_REGISTER['gdpr.yaml'] ?? '').replace(
    'languages: [en]',
    'languages: [fr, en]',
  );
  return breachRegister({ 'gdpr.yaml': config });
}

const BASE = {
  title: 'Boîte aux lettres lue',
  description: 'Un attaquant a lu une boîte aux lettres.',
  cause: 'phishing',
  discovered_at: '2026-03-14T09:30:00+01:00',
  types: ['confidentiality'],
  subjects_count: 40,
};

async function recordNew(root: string, answers: Record<string, unknown>, lang?: string) {
  const io = memoryIo(root);
  const code = await breachNew(
    {
      path: '.',
      answers: answersFile(root, { ...BASE, ...answers }, `${String(answers.id)}.yaml`),
      now: '2026-03-14T11:00:00+01:00',
      ...(lang ? { lang } : {}),
    },
    io,
  );
  expect(io.err()).toBe('');
  expect(code).toBe(0);
  // The report is what follows the wizard's own printout (clock, assessment).
  return io.out().slice(io.out().lastIndexOf('\n\n') + 2);
}

const REPORT_KEYS = ['breach.report.', 'deadline.'];

describe('gdpr breach new: the report in the register’s language', () => {
  it('a controller: « Incident enregistré », the deadline and « Ensuite : » in French', async () => {
    const root = frenchRegister();
    const report = await recordNew(root, { id: 'boite', activities: ['customers'] });
    const lines = report.split('\n');
    expect(lines[0]).toBe('Incident enregistré dans incidents/boite.yaml.');
    expect(lines[1]).toMatch(
      /^Notifiez l’autorité \(CNIL\) avant le .+ — reste \d+ h \(art\. 33\.1 du RGPD\)\.$/,
    );
    expect(lines[2]).toBe('Ensuite\u00a0:');
    expect(report).toContain(
      '  gdpr breach draft boite . --to authority    la notification à l’autorité (art. 33, § 3)',
    );
    expect(report).toMatch(
      /\n {2}gdpr breach update boite \. +enregistrer les notifications, les mesures, la clôture\n/,
    );
    expect(englishLeft(report, 'wizard', REPORT_KEYS)).toEqual([]);
  });

  it('a processor: the notice to the controller, in French', async () => {
    const root = frenchRegister();
    const report = await recordNew(root, { id: 'hebergement', activities: ['client-hosting'] });
    expect(report).toContain(
      'Notifiez le responsable du traitement dans les meilleurs délais (art. 33.2 du RGPD).',
    );
    expect(report).toContain(
      '  gdpr breach draft hebergement . --to controller    la notification au responsable du traitement (art. 33, § 2)',
    );
    expect(englishLeft(report, 'wizard', REPORT_KEYS)).toEqual([]);
  });

  it('--lang en keeps the English report, byte for byte', async () => {
    const root = frenchRegister();
    const report = await recordNew(root, { id: 'boite', activities: ['customers'] }, 'en');
    expect(report.split('\n')[0]).toBe('Recorded incidents/boite.yaml.');
    expect(report).toContain(
      'Next:\n  gdpr breach draft boite . --to authority    the notification (Art. 33(3))\n',
    );
    // The check of the French reports finds English where there is some.
    expect(englishLeft(report, 'wizard', REPORT_KEYS)).toEqual(
      expect.arrayContaining(['Recorded', 'Next:', 'the notification (Art. 33(3))']),
    );
  });
});

const RECORD = `title: Ordinateur volé
status: open
role: controller
discovered_at: 2026-03-27T10:00:00+01:00
types: [confidentiality]
cause: theft
description: Un ordinateur portable contenant le fichier clients a été volé.
data_categories: [identity]
subjects_count: 300
facts:
  encrypted: false
  exfiltrated: true
assessment:
  risk: high
  notify_authority: true
  notify_subjects: true
  exemption: null
consequences: Débits frauduleux possibles.
`;

describe('gdpr breach update: the report in the register’s language', () => {
  const UPDATE_KEYS = ['update.report.'];

  async function update(root: string, answers: Record<string, unknown>) {
    const io = memoryIo(root);
    const code = await breachUpdate(
      {
        incident: 'vol',
        path: '.',
        answers: answersFile(root, answers),
        now: '2026-04-20T12:00:00+02:00',
      },
      io,
    );
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    return io.out();
  }

  function registerWithIncident(): string {
    const root = frenchRegister();
    mkdirSync(join(root, 'incidents'));
    writeFileSync(join(root, 'incidents', 'vol.yaml'), RECORD);
    return root;
  }

  it('the authority notified late and in phases, in French', async () => {
    const root = registerWithIncident();
    const out = await update(root, {
      authority_at: '2026-03-31T11:30:00+02:00',
      authority_reference: 'CNIL-NOTIF-7QX2',
      authority_phased: true,
      late_reason: 'Le vol n’a été confirmé que le 31 mars.',
    });
    const lines = out.split('\n');
    expect(lines[0]).toBe('incidents/vol.yaml mis à jour\u00a0:');
    expect(lines[1]).toMatch(
      /^ {2}autorité notifiée le .+ \(UTC\+02:00\), référence CNIL-NOTIF-7QX2, informations à suivre \(art\. 33, § 4\), avec les motifs du retard$/,
    );
    expect(lines[2]).toBe(
      'Transmettez les informations restantes sans autre retard indu (art. 33, § 4)\u202f; enregistrez-les ensuite avec «\u00a0gdpr breach update\u00a0».',
    );
    expect(englishLeft(out, 'wizard', UPDATE_KEYS)).toEqual([]);
  });

  it('the people told, the measures and the closing, in French; nothing to change, in French', async () => {
    const root = registerWithIncident();
    const out = await update(root, {
      subjects_at: '2026-03-30T09:00:00+02:00',
      subjects_channel: 'courriel',
      measures_taken: 'Cartes bloquées auprès de la banque.',
      closed_at: '2026-04-15T17:00:00+02:00',
    });
    expect(out).toMatch(/\n {2}personnes informées le .+ par courriel \(300\)\n/);
    expect(out).toContain('\n  measures_taken mis à jour\n');
    expect(out).toMatch(/\n {2}clôturé le .+\n$/);
    expect(englishLeft(out, 'wizard', UPDATE_KEYS)).toEqual([]);

    const same = await update(root, { consequences: 'Débits frauduleux possibles.' });
    expect(same).toBe('Rien à modifier dans incidents/vol.yaml.\n');
  });
});
