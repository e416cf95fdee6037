import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { breachDraft } from '../../src/commands/breach-draft.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { memoryIo } from '../helpers/io.js';
import { breachRegister } from './fixtures.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'atelier-durand');
const PAYSLIPS = '2026-06-02-misdirected-payslips';

async function draft(args: string[], cwd = REPO_ROOT) {
  const io = memoryIo(cwd);
  const code = await run(['breach', 'draft', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

/** An open incident at a clinic's processor and one at a controller, not notified yet. */
function clinicRegister(): string {
  const root = breachRegister();
  mkdirSync(join(root, 'incidents'));
  writeFileSync(
    join(root, 'incidents', '2026-03-27-backup-exposed.yaml'),
    `title: Backup of patient files exposed <online>
status: open
role: controller
discovered_at: 2026-03-27T10:00:00+01:00
types: [confidentiality]
cause: misconfiguration
description: A backup of patient files was left readable on a public web server for 3 days.
data_categories: [identity, health]
data_subjects: [patients]
subjects_count: { min: 1000, max: 1500 }
records_count: unknown
facts: { encrypted: false, exfiltrated: unknown }
assessment: { risk: high, notify_authority: true, notify_subjects: true, exemption: null }
consequences: Disclosure of health information.
measures_taken: Server closed; access logs under review.
`,
  );
  writeFileSync(
    join(root, 'incidents', '2026-03-28-hosting-outage.yaml'),
    `title: Hosting outage
status: open
role: processor
discovered_at: 2026-03-28T07:45:00+01:00
types: [availability]
cause: system-failure
description: The hosting platform of client websites was down for 6 hours after a storage failure.
activities: [client-hosting]
data_categories: [identity, contact]
subjects_count: unknown
records_count: unknown
facts: { backup_available: true, restored_within_hours: 6 }
`,
  );
  return root;
}

describe('gdpr breach draft: snapshots of the example incident', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`the notification to the authority (${lang}) has every Art. 33(3) item`, async () => {
      const { code, out, err } = await draft([PAYSLIPS, EXAMPLE, '--to', 'authority', '--lang', lang]);
      expect(err).toBe('');
      expect(code).toBe(0);
      await expect(out).toMatchFileSnapshot(`./__snapshots__/authority.${lang}.md`);
    });

    it(`the letter to the people (${lang}) is in plain language with advice`, async () => {
      const { code, out } = await draft([PAYSLIPS, EXAMPLE, '--to', 'subjects', '--lang', lang]);
      expect(code).toBe(0);
      await expect(out).toMatchFileSnapshot(`./__snapshots__/subjects.${lang}.md`);
    });
  }

  it('the processor notice to its controller (en)', async () => {
    const root = clinicRegister();
    const { code, out, err } = await draft(['2026-03-28-hosting-outage', root, '--to', 'controller', '--lang', 'en']);
    expect(err).toBe('');
    expect(code).toBe(0);
    await expect(out).toMatchFileSnapshot('./__snapshots__/controller.en.md');
  });
});

describe('gdpr breach draft', () => {
  it('an initial notification, in the French order of the CNIL form, with the deadline across the DST change', async () => {
    const root = clinicRegister();
    const { code, out } = await draft(['2026-03-27-backup-exposed', root, '--to', 'authority', '--lang', 'fr']);
    expect(code).toBe(0);
    const headings = out.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## 1. Type de notification',
      '## 2. Organisme et personne à contacter',
      '## 3. Chronologie',
      '## 4. Nature de la violation (art. 33.3.a)',
      '## 5. Données concernées (art. 33.3.a)',
      '## 6. Personnes concernées (art. 33.3.a)',
      '## 7. Conséquences probables (art. 33.3.c)',
      '## 8. Mesures prises ou envisagées (art. 33.3.d)',
      '## 9. Information des personnes concernées (art. 34)',
      '## 10. Aspects transfrontaliers',
      '## 11. Respect du délai de 72 heures (art. 33.1)',
    ]);
    expect(out).toContain('**Objet :** Backup of patient files exposed \\<online\\>');
    expect(out).toContain('Notification initiale. Les informations qui ne sont pas encore connues seront communiquées ultérieurement');
    expect(out).toContain('- Échéance de la notification : 30 mars 2026 à 11:00 (UTC+02:00)');
    expect(out).toContain('- Health data — donnée sensible, art. 9 (santé)');
    expect(out).toContain('- Patients (personnes vulnérables)');
    expect(out).toContain("Nombre approximatif d'enregistrements concernés : inconnu.");
    expect(out).toContain('Nombre approximatif de personnes concernées : de 1 000 à 1 500.');
    expect(out).toContain('- Mesures envisagées, y compris pour éviter que la violation se reproduise : à préciser dans une notification complémentaire');
    expect(out).toContain('Les personnes concernées seront informées sans retard injustifié (art. 34.1).');
    expect(out).toContain('Notification à effectuer au plus tard le 30 mars 2026 à 11:00 (UTC+02:00) ; au-delà, en indiquer les motifs du retard.');
  });

  it('names the fields a draft needs when the record lacks them, and writes nothing', async () => {
    const root = clinicRegister();
    const out = join(root, 'draft.md');
    const authority = await draft(['2026-03-28-hosting-outage', root, '--to', 'authority', '--out', out]);
    expect(authority.code).toBe(1);
    expect(authority.err).toBe(
      'gdpr: incidents/2026-03-28-hosting-outage.yaml lacks what the notification to the authority (Art. 33(3)) must contain: consequences, measures_taken (or measures_planned); record them with `gdpr breach update 2026-03-28-hosting-outage` or in the file, then draft again\n',
    );
    const subjects = await draft(['2026-03-28-hosting-outage', root, '--to', 'subjects']);
    expect(subjects.err).toContain('lacks what the letter to the people (Art. 34(2)) must contain: consequences, measures_taken (or measures_planned);');
    expect(() => readFileSync(out)).toThrow();
  });

  it('asks for the reasons of a late notification (Art. 33(1))', async () => {
    const root = clinicRegister();
    const file = join(root, 'incidents', '2026-03-27-backup-exposed.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}notifications:\n  authority: { at: 2026-03-31T09:00:00+02:00, authority: fr }\n`);
    const late = await draft(['2026-03-27-backup-exposed', root, '--to', 'authority']);
    expect(late.code).toBe(1);
    expect(late.err).toContain('must contain: notifications.authority.late_reason;');
    writeFileSync(file, readFileSync(file, 'utf8').replace('authority: fr }', 'authority: fr, late_reason: The logs were only analysed on 31 March. }'));
    const given = await draft(['2026-03-27-backup-exposed', root, '--to', 'authority', '--lang', 'en']);
    expect(given.code).toBe(0);
    expect(given.out).toContain('Follow-up to the initial notification of 31 March 2026, 09:00 (UTC+02:00).');
    expect(given.out).toContain('This notification is made after 72 hours. Reasons for the delay: The logs were only analysed on 31 March.');
  });

  it('refuses the notice to the controller for a controller’s incident, and an unknown incident', async () => {
    const root = clinicRegister();
    const wrongRole = await draft(['2026-03-27-backup-exposed', root, '--to', 'controller']);
    expect(wrongRole.code).toBe(2);
    expect(wrongRole.err).toBe('gdpr: the notice to the controller is what a processor sends (Art. 33(2)); incident 2026-03-27-backup-exposed is recorded with role: controller\n');
    const unknown = await draft(['2026-01-01-nothing', root, '--to', 'authority']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe(`gdpr: no incident "2026-01-01-nothing" in ${join(root, 'incidents')}; known incidents: 2026-03-27-backup-exposed, 2026-03-28-hosting-outage\n`);
  });

  it('renders HTML with the values escaped, and writes to --out', async () => {
    const root = clinicRegister();
    const io = memoryIo(root);
    expect(await breachDraft({ incident: '2026-03-27-backup-exposed', path: '.', to: 'subjects', lang: 'en', format: 'html', out: 'letter.html' }, io)).toBe(0);
    const html = readFileSync(join(root, 'letter.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<h1>About an incident involving your personal data</h1>');
    expect(html).toContain('<li>Health data</li>');
    expect(html).toContain('<a href="mailto:dpo@exemple.example">dpo@exemple.example</a>');
    expect(html).not.toContain('{{');
    const authority = memoryIo(root);
    expect(await breachDraft({ incident: '2026-03-27-backup-exposed', path: '.', to: 'authority', lang: 'fr', format: 'html' }, authority)).toBe(0);
    expect(authority.out()).toContain('<dt>Objet</dt><dd>Backup of patient files exposed &lt;online&gt;</dd>');
  });
});
