/**
 * What `request new` and `request update` print on a French register: the record, the due date,
 * the extension, the warnings and the refusals of Art. 12 in French (locales/fr/wizard.json
 * `request.report.*`, `request.update.report.*`, `request.check.*`), and no English sentence
 * of them left; `--lang en` keeps English.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { validateReference, pastDate } from '../../src/requests/new-request.js';
import { BASE_REGISTER, makeRegister } from '../helpers/register.js';
import { englishLeft } from '../helpers/english-left.js';
import { memoryIo } from '../helpers/io.js';

function frenchRegister(): string {
  return makeRegister({
    'gdpr.yaml': (BASE_REGISTER['gdpr.yaml'] ?? '').replace('languages: [en]', 'languages: [fr]'),
  });
}

async function gdpr(root: string, args: string[]) {
  const io = memoryIo(root);
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err() };
}

const NEW_KEYS = ['request.report.'];
const UPDATE_KEYS = ['request.update.report.'];

describe('gdpr request new: the report in the register’s language', () => {
  it('the record, the due date rolled over Christmas, the extension and the warning, in French', async () => {
    const root = frenchRegister();
    const r = await gdpr(root, [
      'request',
      'new',
      '.',
      '--today',
      '2026-11-25',
      '--type',
      'objection',
      '--received',
      '2026-11-25',
      '--channel',
      'email',
      '--reference',
      'TICKET-9',
      '--activities',
      'customers',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        'Demande enregistrée dans requests/2026-11-25-objection.yaml (statut open).',
        'échéance le 2026-12-28 (art. 12, § 3\u00a0: un mois, règlement n° 1182/71\u202f; le 2026-12-25 n’est pas un jour ouvrable, le délai prend donc fin le jour ouvrable suivant, art. 3, § 4)\u202f; il reste 33 jours.',
        'Une prolongation (de 2 mois au plus) doit être notifiée à la personne, avec ses motifs, au plus tard le 2026-12-28 (art. 12, § 3).',
        '',
      ].join('\n'),
    );
    expect(r.err).toBe(
      'warning: customers\u00a0: le droit d’opposition s’applique aux traitements fondés sur une mission d’intérêt public ou l’intérêt légitime (art. 21, § 1), ou à la prospection (art. 21, § 2)\u202f; ce traitement repose sur contract\n',
    );
    expect(englishLeft(r.out + r.err, 'wizard', NEW_KEYS)).toEqual([]);

    const english = await gdpr(root, [
      'request',
      'new',
      '.',
      '--lang',
      'en',
      '--today',
      '2026-11-25',
      '--type',
      'objection',
      '--received',
      '2026-11-25',
      '--channel',
      'email',
      '--reference',
      'TICKET-10',
      '--activities',
      'customers',
    ]);
    expect(english.out.split('\n')[0]).toBe(
      'Recorded requests/2026-11-25-objection-2.yaml (status open).',
    );
    expect(englishLeft(english.out + english.err, 'wizard', NEW_KEYS)).toEqual(
      expect.arrayContaining(['Recorded', '(status open).']),
    );
  });

  it('the checks of the answers, in French', () => {
    expect(validateReference('marie@example.com', 'fr')).toBe(
      'cela ressemble à une adresse électronique\u00a0: donnez une référence de dossier, jamais le nom ni l’adresse de la personne',
    );
    expect(pastDate('2026-11-23', '2026-11-10', 'fr')('2026-11-02')).toBe(
      'le 2026-11-02 est antérieur à la date de réception (2026-11-10)',
    );
    expect(pastDate('2026-11-23', undefined, 'fr')('23/11/2026')).toBe(
      'date attendue sous la forme AAAA-MM-JJ (reçu «\u00a023/11/2026\u00a0»)',
    );
  });
});

describe('gdpr request update: the report in the register’s language', () => {
  // Received Tue 10 Nov 2026: first month ends Thu 10 Dec 2026.
  function withRequest(): string {
    const root = frenchRegister();
    mkdirSync(join(root, 'requests'));
    writeFileSync(
      join(root, 'requests', '2026-11-10-access.yaml'),
      'type: access\nreceived: 2026-11-10\nchannel: email\nreference: T-1\nstatus: open\n',
    );
    return root;
  }
  const update = (root: string, args: string[]) =>
    gdpr(root, ['request', 'update', '2026-11-10-access', '.', '--today', '2027-01-20', ...args]);

  it('identity, extension and a late answer, in French', async () => {
    const root = withRequest();
    const r = await update(root, [
      '--identity-verified',
      '2026-11-12',
      '--extend',
      '1',
      '--reason',
      'Demande complexe',
      '--notified',
      '2026-12-01',
    ]);
    expect(r.err).toBe('');
    expect(r.out).toBe(
      [
        'requests/2026-11-10-access.yaml mis à jour.',
        'Identité vérifiée le 2026-11-12 (art. 12, § 6).',
        'Prolongée de 1 mois\u00a0: échéance le 2027-01-11 (art. 12, § 3\u00a0: 2 mois à compter de la réception, règlement n° 1182/71).',
        '',
      ].join('\n'),
    );
    const late = await update(root, ['--complete', '2027-01-15']);
    expect(late.out).toBe(
      'requests/2026-11-10-access.yaml mis à jour.\nRéponse donnée le 2027-01-15, 4 jours après l’échéance du 2027-01-11 (art. 12, § 3)\u202f; consignez-en la raison dans le dossier.\n',
    );
    expect(englishLeft(r.out + late.out, 'wizard', UPDATE_KEYS)).toEqual([]);

    // Already answered: the refusal of Art. 12 in French.
    const again = await update(root, [
      '--refuse',
      '2027-01-16',
      '--reason',
      'Manifestement infondée',
    ]);
    expect(again.code).toBe(2);
    expect(again.err).toContain(
      'la demande 2026-11-10-access est déjà completed\u202f; seule une demande ouverte peut être prolongée, recevoir une réponse ou être refusée',
    );
  });

  it('a late refusal, and the extensions Art. 12(3) does not allow, in French', async () => {
    const root = withRequest();
    const tooLate = await update(root, [
      '--extend',
      '1',
      '--reason',
      'Demande complexe',
      '--notified',
      '2026-12-15',
    ]);
    expect(tooLate.code).toBe(2);
    expect(tooLate.err).toContain(
      'la personne a été informée de la prolongation le 2026-12-15, après le premier mois (échéance le 2026-12-10)\u00a0: l’art. 12, § 3 impose',
    );
    const extend = (months: string) =>
      update(root, [
        '--extend',
        months,
        '--reason',
        'Demande complexe',
        '--notified',
        '2026-12-01',
      ]);
    expect((await extend('1')).code).toBe(0);
    const tooLong = await extend('2');
    expect(tooLong.code).toBe(2);
    expect(tooLong.err).toBe(
      'gdpr: une prolongation de 2 mois en plus du mois déjà accordé dépasserait les 2 mois supplémentaires que permet l’art. 12, § 3 (3 mois en tout à compter de la réception)\u202f; rien n’a été écrit.\n',
    );

    const refused = await update(root, ['--refuse', '2026-12-14', '--reason', 'Demande abusive']);
    expect(refused.err).toBe('');
    expect(refused.out).toBe(
      [
        'requests/2026-11-10-access.yaml mis à jour.',
        'Refusée\u202f; la personne en a été informée le 2026-12-14.',
        'Rappel (art. 12, § 4)\u00a0: la lettre de refus doit en donner les motifs et informer la personne de son droit d’introduire une réclamation auprès d’une autorité de contrôle et de former un recours juridictionnel.',
        'La personne a été informée 4 jours après le délai d’un mois, échu le 2026-12-10 (art. 12, § 4)\u202f; consignez les motifs du retard dans le dossier.',
        '',
      ].join('\n'),
    );
    expect(englishLeft(tooLate.err + tooLong.err + refused.out, 'wizard', UPDATE_KEYS)).toEqual([]);
  });
});
