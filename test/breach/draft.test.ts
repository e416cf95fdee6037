import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { breachDraft } from '../../src/commands/breach-draft.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { memoryIo } from '../helpers/io.js';
import { makeRegister } from '../helpers/register.js';
import { answersFile, breachRegister } from './fixtures.js';

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
subjects_letter:
  what_happened: A copy of your patient file could be read on the internet for three days.
  consequences: Someone may have read your health information.
  what_we_did: We closed the access and are checking who read the copy.
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
      const { code, out, err } = await draft([
        PAYSLIPS,
        EXAMPLE,
        '--to',
        'authority',
        '--lang',
        lang,
      ]);
      expect(err).toBe('');
      expect(code).toBe(0);
      await expect(out).toMatchFileSnapshot(`./__snapshots__/authority.${lang}.md`);
    });

    it(`the letter to the people (${lang}) is in plain language with advice`, async () => {
      const { code, out } = await draft([
        PAYSLIPS,
        EXAMPLE,
        '--to',
        'subjects',
        '--lang',
        lang,
        '--today',
        '2026-06-04',
      ]);
      expect(code).toBe(0);
      await expect(out).toMatchFileSnapshot(`./__snapshots__/subjects.${lang}.md`);
    });
  }

  it('the letters to the people (fr, en) carry none of the internal fields, paths or UTC offsets', async () => {
    const incident = readFileSync(join(EXAMPLE, 'incidents', `${PAYSLIPS}.yaml`), 'utf8');
    const { parse } = await import('yaml');
    const data = parse(incident) as Record<string, unknown> & { assessment: { rationale: string } };
    const internal = [
      data.description,
      data.consequences,
      data.measures_taken,
      data.measures_planned,
      data.assessment.rationale,
    ] as string[];
    for (const lang of ['fr', 'en']) {
      for (const format of ['md', 'html']) {
        const { code, out } = await draft([
          PAYSLIPS,
          EXAMPLE,
          '--to',
          'subjects',
          '--lang',
          lang,
          '--format',
          format,
          '--today',
          '2026-06-04',
        ]);
        expect(code).toBe(0);
        for (const text of internal)
          expect(out, `${lang} ${format}`).not.toContain(text.slice(0, 40));
        expect(out).not.toMatch(/incidents\/|\.yaml|UTC|[+-]\d\d:\d\d\)/);
        // The letter's own fields, its date and place, and where to complain.
        expect(out).toContain('dans le coffre-fort numérique');
        expect(out).toContain(lang === 'fr' ? 'Lyon, le 4 juin 2026' : 'Lyon, 4 June 2026');
        expect(out).toContain('3 place de Fontenoy');
      }
    }
  });

  it('the processor notice to its controller (en)', async () => {
    const root = clinicRegister();
    const { code, out, err } = await draft([
      '2026-03-28-hosting-outage',
      root,
      '--to',
      'controller',
      '--lang',
      'en',
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    await expect(out).toMatchFileSnapshot('./__snapshots__/controller.en.md');
  });
});

describe('gdpr breach draft', () => {
  it('an initial notification, in the French order of the CNIL form, with the deadline across the DST change', async () => {
    const root = clinicRegister();
    const { code, out } = await draft([
      '2026-03-27-backup-exposed',
      root,
      '--to',
      'authority',
      '--lang',
      'fr',
    ]);
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
    expect(out).toContain(
      'Notification initiale. Les informations qui ne sont pas encore connues seront communiquées ultérieurement',
    );
    expect(out).toContain('- Échéance de la notification : 30 mars 2026 à 11:00 (UTC+02:00)');
    expect(out).toContain('- Health data — donnée sensible, art. 9 (santé)');
    expect(out).toContain('- Patients (personnes vulnérables)');
    expect(out).toContain("Nombre approximatif d'enregistrements concernés : inconnu.");
    expect(out).toContain('Nombre approximatif de personnes concernées : de 1 000 à 1 500.');
    expect(out).toContain(
      '- Mesures envisagées, y compris pour éviter que la violation se reproduise : à préciser dans une notification complémentaire',
    );
    expect(out).toContain(
      'Les personnes concernées seront informées sans retard injustifié (art. 34.1).',
    );
    expect(out).toContain(
      'Notification à effectuer au plus tard le 30 mars 2026 à 11:00 (UTC+02:00) ; au-delà, en indiquer les motifs du retard.',
    );
  });

  it('names the fields a draft needs when the record lacks them, and writes nothing', async () => {
    const root = clinicRegister();
    const out = join(root, 'draft.md');
    const authority = await draft([
      '2026-03-28-hosting-outage',
      root,
      '--to',
      'authority',
      '--out',
      out,
    ]);
    expect(authority.code).toBe(1);
    expect(authority.err).toBe(
      'gdpr: incidents/2026-03-28-hosting-outage.yaml lacks what the notification to the authority (Art. 33(3)) must contain: consequences, measures_taken (or measures_planned); record them with `gdpr breach update 2026-03-28-hosting-outage` or in the file, then draft again\n',
    );
    const subjects = await draft(['2026-03-28-hosting-outage', root, '--to', 'subjects']);
    expect(subjects.err).toContain(
      'lacks what the letter to the people (Art. 34(2)) must contain: subjects_letter.what_happened, subjects_letter.consequences, subjects_letter.what_we_did;',
    );
    expect(() => readFileSync(out)).toThrow();
  });

  it('asks for the reasons of a late notification (Art. 33(1))', async () => {
    const root = clinicRegister();
    const file = join(root, 'incidents', '2026-03-27-backup-exposed.yaml');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}notifications:\n  authority: { at: 2026-03-31T09:00:00+02:00, authority: fr }\n`,
    );
    const late = await draft(['2026-03-27-backup-exposed', root, '--to', 'authority']);
    expect(late.code).toBe(1);
    expect(late.err).toContain('must contain: notifications.authority.late_reason;');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'authority: fr }',
        'authority: fr, late_reason: The logs were only analysed on 31 March. }',
      ),
    );
    const given = await draft([
      '2026-03-27-backup-exposed',
      root,
      '--to',
      'authority',
      '--lang',
      'en',
    ]);
    expect(given.code).toBe(0);
    expect(given.out).toContain(
      'Follow-up to the initial notification of 31 March 2026, 09:00 (UTC+02:00).',
    );
    expect(given.out).toContain(
      'This notification is made after 72 hours. Reasons for the delay: The logs were only analysed on 31 March.',
    );
  });

  it('refuses the notice to the controller for a controller’s incident, and an unknown incident', async () => {
    const root = clinicRegister();
    const wrongRole = await draft(['2026-03-27-backup-exposed', root, '--to', 'controller']);
    expect(wrongRole.code).toBe(2);
    expect(wrongRole.err).toBe(
      'gdpr: the notice to the controller is what a processor sends (Art. 33(2)); incident 2026-03-27-backup-exposed is recorded with role: controller\n',
    );
    const unknown = await draft(['2026-01-01-nothing', root, '--to', 'authority']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe(
      `gdpr: no incident "2026-01-01-nothing" in ${join(root, 'incidents')}; known incidents: 2026-03-27-backup-exposed, 2026-03-28-hosting-outage\n`,
    );
  });

  it('renders HTML with the values escaped, and writes to --out', async () => {
    const root = clinicRegister();
    const io = memoryIo(root);
    expect(
      await breachDraft(
        {
          incident: '2026-03-27-backup-exposed',
          path: '.',
          to: 'subjects',
          lang: 'en',
          format: 'html',
          out: 'letter.html',
        },
        io,
      ),
    ).toBe(0);
    const html = readFileSync(join(root, 'letter.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<h1>About an incident involving your personal data</h1>');
    expect(html).toContain('<li>Health data</li>');
    expect(html).toContain('<a href="mailto:dpo@exemple.example">dpo@exemple.example</a>');
    expect(html).not.toContain('{{');
    const authority = memoryIo(root);
    expect(
      await breachDraft(
        {
          incident: '2026-03-27-backup-exposed',
          path: '.',
          to: 'authority',
          lang: 'fr',
          format: 'html',
        },
        authority,
      ),
    ).toBe(0);
    expect(authority.out()).toContain(
      '<dt>Objet</dt><dd>Backup of patient files exposed &lt;online&gt;</dd>',
    );
  });
});

/** Sentences (or their citation forms) of the English reasons: none may reach a French document. */
const ENGLISH_REASON =
  /is not ruled out|Likely to result|Unlikely to result|were exposed|EDPB|Guidelines|Recital|\bArt\. \d/;

describe('gdpr breach draft: the risk assessment in the draft’s language', () => {
  it('the French notification of an incident recorded by the wizard has no English reason (example answers, fr register)', async () => {
    const root = makeRegister({}, {});
    cpSync(EXAMPLE, root, { recursive: true });
    const answers = (name: string) => join(REPO_ROOT, 'examples', 'answers', name);
    const id = '2026-11-20-boite-mail-commerciale-compromise-par';
    const created = await draftRun([
      'breach',
      'new',
      root,
      '--answers',
      answers('breach-new.yaml'),
      '--now',
      '2026-11-20T10:00:00+01:00',
    ]);
    expect(created.code).toBe(0);
    // The register's default language is fr: the wizard shows and records the reasons in French.
    expect(created.out).toContain(
      '  - L’exfiltration n’est pas exclue : les données sont à considérer comme pouvant se trouver entre des mains non autorisées tant que l’enquête n’a pas établi le contraire, et la notification est à compléter de manière échelonnée (art. 33.4 ; lignes directrices 01/2021 du CEPD, point 19).\n',
    );
    // The rest of the wizard's screen is English (its interface language); the reasons are not.
    expect(created.out).not.toMatch(/is not ruled out|Likely to result/);
    const file = join(root, 'incidents', `${id}.yaml`);
    const frenchRationale =
      'L’exfiltration n’est pas exclue : les données sont à considérer comme pouvant se trouver entre des mains non autorisées tant que l’enquête n’a pas établi le contraire, et la notification est à compléter de manière échelonnée (art. 33.4 ; lignes directrices 01/2021 du CEPD, point 19). Violation susceptible d’engendrer un risque : notifier l’autorité de contrôle dans les 72 heures après en avoir pris connaissance (art. 33.1) ; l’information des personnes n’est pas requise (art. 34.1).';
    expect(readFileSync(file, 'utf8')).toContain(`  rationale: "${frenchRationale}"\n`);
    expect(
      (
        await draftRun([
          'breach',
          'update',
          id,
          root,
          '--answers',
          answers('breach-update.yaml'),
          '--now',
          '2026-11-23T09:00:00+01:00',
        ])
      ).code,
    ).toBe(0);

    const fr = await draft([id, root, '--to', 'authority', '--lang', 'fr']);
    expect(fr.code).toBe(0);
    expect(fr.out).toContain(`\nAnalyse de risque (art. 33.5) : ${frenchRationale}\n`);
    expect(fr.out).not.toMatch(ENGLISH_REASON);
    const en = await draft([id, root, '--to', 'authority', '--lang', 'en']);
    expect(en.out).toContain(
      '\nRisk assessment (Art. 33(5)): Exfiltration is not ruled out: treat the data as possibly in unauthorised hands until the investigation shows otherwise, and complete the notification in phases (Art. 33(4); EDPB Guidelines 01/2021, §19). Likely to result in a risk: notify the supervisory authority within 72 hours of awareness (Art. 33(1)); telling the people is not required (Art. 34(1)).\n',
    );

    // The JSON interface keeps English reasons, whatever the register's language.
    const json = await draftRun([
      'breach',
      'assess',
      id,
      root,
      '--now',
      '2026-11-20T10:00:00+01:00',
      '--format',
      'json',
    ]);
    const { dpc, ei, cb, severity, ...decision } = JSON.parse(json.out) as Record<string, unknown>;
    expect(decision).toEqual({
      risk: 'risk',
      notify_authority: true,
      notify_subjects: false,
      exemption: null,
      deadline: '2026-11-23T08:45:00+01:00',
      hours_left: 70.8,
      reasons: [
        'Exfiltration is not ruled out: treat the data as possibly in unauthorised hands until the investigation shows otherwise, and complete the notification in phases (Art. 33(4); EDPB Guidelines 01/2021, §19).',
        'Likely to result in a risk: notify the supervisory authority within 72 hours of awareness (Art. 33(1)); telling the people is not required (Art. 34(1)).',
      ],
    });
    // The ENISA score beside it, also in English: exfiltration not established scores no loss of confidentiality.
    expect({ dpc, ei, cb }).toEqual({ dpc: 1, ei: 1, cb: 0.5 });
    expect((severity as { level: string; reasons: string[] }).reasons).toEqual([
      'DPC 1: simple data (identity, contact, order-history).',
      'EI 1: the data name people.',
      'CB +0: loss of confidentiality, exposed, no evidence of unlawful use.',
      'CB +0.5: malicious intent.',
    ]);
  });

  const STOLEN_LAPTOP = {
    title: 'Stolen laptop',
    description: 'A laptop with the customer file was stolen from a car.',
    cause: 'theft',
    discovered_at: '2026-03-14T09:30:00+01:00',
    types: ['confidentiality'],
    activities: ['customers'],
    data_categories: ['identity', 'bank-details'],
    data_subjects: ['customers'],
    subjects_count: 120,
    records_count: 120,
    encrypted: false,
    exfiltrated: true,
    recipient_trusted: 'none',
    data_retrieved: false,
    consequences: 'Possible fraudulent debits and phishing.',
    measures_taken: 'Complaint filed; bank informed.',
    id: 'laptop',
  };

  it('an English register: the wizard records English reasons, the French draft recomputes them in French', async () => {
    const root = breachRegister();
    expect(
      (
        await draftRun(
          [
            'breach',
            'new',
            root,
            '--answers',
            answersFile(root, STOLEN_LAPTOP),
            '--now',
            '2026-03-14T11:00:00+01:00',
          ],
          root,
        )
      ).code,
    ).toBe(0);
    expect(readFileSync(join(root, 'incidents', 'laptop.yaml'), 'utf8')).toContain(
      '  rationale: "Financial data were exposed (bank-details): risk of fraud',
    );
    const fr = await draft(['laptop', root, '--to', 'authority', '--lang', 'fr']);
    expect(fr.code).toBe(0);
    expect(fr.out).toContain(
      '\nAnalyse de risque (art. 33.5) : Des données financières ont été exposées (Bank details) : risque de fraude et de perte financière (considérant 85 ; lignes directrices 9/2022 du CEPD, section IV ; 01/2021, cas n° 07). Des données permettant d’identifier les personnes ont été emportées par un tiers inconnu agissant dans une intention malveillante (exfiltration ou vol) : elles peuvent servir à l’hameçonnage, à la fraude ou à l’usurpation d’identité (lignes directrices 9/2022 du CEPD, section IV ; 01/2021, cas n° 05 et 11). Violation susceptible d’engendrer un risque élevé : notifier l’autorité de contrôle dans les 72 heures après en avoir pris connaissance (art. 33.1) et informer les personnes concernées dans les meilleurs délais (art. 34.1).\n',
    );
    expect(fr.out).not.toMatch(ENGLISH_REASON);
  });

  it('an override is the person’s own text: every draft shows it verbatim', async () => {
    const root = breachRegister();
    const answers = {
      ...STOLEN_LAPTOP,
      confirm_assessment: false,
      override_risk: 'risk',
      override_rationale: 'Bank details were truncated to the last 4 digits.',
    };
    expect(
      (
        await draftRun(
          [
            'breach',
            'new',
            root,
            '--answers',
            answersFile(root, answers),
            '--now',
            '2026-03-14T11:00:00+01:00',
          ],
          root,
        )
      ).code,
    ).toBe(0);
    const fr = await draft(['laptop', root, '--to', 'authority', '--lang', 'fr']);
    expect(fr.out).toContain(
      '\nAnalyse de risque (art. 33.5) : Bank details were truncated to the last 4 digits.\n',
    );
    expect(fr.out).toContain(
      'Gravité estimée : violation susceptible d’engendrer un risque pour les droits et libertés des personnes.',
    );
  });

  it('facts edited since the decision: the recorded rationale, not reasons that would contradict the stated severity', async () => {
    const root = breachRegister();
    expect(
      (
        await draftRun(
          [
            'breach',
            'new',
            root,
            '--answers',
            answersFile(root, STOLEN_LAPTOP),
            '--now',
            '2026-03-14T11:00:00+01:00',
          ],
          root,
        )
      ).code,
    ).toBe(0);
    const file = join(root, 'incidents', 'laptop.yaml');
    // The thief turns out to have had an encrypted disk: the facts now give no risk, the record says high.
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '  encrypted: false\n',
        '  encrypted: true\n  key_compromised: false\n',
      ),
    );
    const fr = await draft(['laptop', root, '--to', 'authority', '--lang', 'fr']);
    expect(fr.code).toBe(0);
    expect(fr.out).toContain(
      'Gravité estimée : violation susceptible d’engendrer un risque élevé pour les droits et libertés des personnes.',
    );
    expect(fr.out).toContain(
      '\nAnalyse de risque (art. 33.5) : Financial data were exposed (bank-details): risk of fraud',
    );
  });
});

async function draftRun(args: string[], cwd = REPO_ROOT) {
  const io = memoryIo(cwd);
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err() };
}
