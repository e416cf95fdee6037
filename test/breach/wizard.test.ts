import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { breachWizard, LETTER_WARNING, slugify, validateInstant } from '../../src/breach/wizard.js';
import { breachNew } from '../../src/commands/breach-new.js';
import { SCHEMA_DIR } from '../../src/paths.js';
import { PresetAsker, type Asker } from '../../src/prompts/asker.js';
import { loadRegister } from '../../src/register/load.js';
import { memoryIo } from '../helpers/io.js';
import { answersFile, breachRegister } from './fixtures.js';

const NOW = '2026-03-14T11:00:00+01:00';

const STOLEN_LAPTOP = {
  title: 'Stolen laptop',
  description: 'A laptop with the customer file was stolen from a car.',
  cause: 'theft',
  discovered_at: '2026-03-14T09:30:00+01:00',
  occurred_at: '2026-03-13T20:00:00+01:00',
  types: ['confidentiality'],
  activities: ['customers'],
  data_categories: ['identity', 'contact', 'bank-details'],
  data_subjects: ['customers'],
  subjects_count: '100-500',
  records_count: 650,
  encrypted: false,
  exfiltrated: true,
  recipient_trusted: 'none',
  data_retrieved: false,
  consequences: 'Possible fraudulent debits and phishing.',
  measures_taken: 'Complaint filed; bank informed.',
};

function incidentsOf(root: string): string[] {
  const dir = join(root, 'incidents');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

describe('gdpr breach new with answers', () => {
  it('writes the incident in the schema order, with its modeline, the facts and the assessment', async () => {
    const root = breachRegister();
    const io = memoryIo(root);
    const code = await breachNew(
      { path: '.', answers: answersFile(root, STOLEN_LAPTOP), now: NOW },
      io,
    );
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const file = join(root, 'incidents', '2026-03-14-stolen-laptop.yaml');
    const schema = relative(join(root, 'incidents'), join(SCHEMA_DIR, 'incident.schema.json'))
      .split('\\')
      .join('/');
    expect(readFileSync(file, 'utf8')).toBe(`# yaml-language-server: $schema=${schema}
title: Stolen laptop
status: open
role: controller
discovered_at: 2026-03-14T09:30:00+01:00
occurred_at: 2026-03-13T20:00:00+01:00
types: [confidentiality]
cause: theft
description: A laptop with the customer file was stolen from a car.
activities: [customers]
data_categories: [identity, contact, bank-details]
data_subjects: [customers]
subjects_count: { min: 100, max: 500 }
records_count: 650
facts:
  encrypted: false
  exfiltrated: true
  data_retrieved: false
  vulnerable_subjects: false
assessment:
  risk: high
  notify_authority: true
  notify_subjects: true
  exemption: null
  rationale: "Financial data were exposed (bank-details): risk of fraud and financial loss (Recital 85; EDPB Guidelines 9/2022, §IV; 01/2021, case 07). Data that identify people were taken by an unknown party acting with malicious intent (exfiltration or theft): they can serve phishing, fraud or identity theft (EDPB Guidelines 9/2022, §IV; 01/2021, cases 05 and 11). Likely to result in a high risk: notify the supervisory authority within 72 hours of awareness (Art. 33(1)) and tell the people without undue delay (Art. 34(1))."
  decided_at: 2026-03-14T11:00:00+01:00
  severity:
    dpc: 3
    ei: 1
    cb: 1
    score: 4
    level: very_high
    reasons: "DPC 3: financial data (bank-details). EI 1: the data name people. CB +0.5: loss of confidentiality, unknown recipients. CB +0.5: malicious intent."
consequences: Possible fraudulent debits and phishing.
measures_taken: Complaint filed; bank informed.
`);
    const register = loadRegister(root);
    expect(register.problems).toEqual([]);
    expect(register.records.incident.get('2026-03-14-stolen-laptop')?.data.assessment?.risk).toBe(
      'high',
    );
    expect(io.out()).toContain(
      'Notify the CNIL before Tue 17 Mar 09:30 CET — 70 h left (Art. 33(1)).',
    );
    expect(io.out()).toContain('Recorded incidents/2026-03-14-stolen-laptop.yaml.');
  });

  it('records an override with its rationale (Art. 33(5))', async () => {
    const root = breachRegister();
    const io = memoryIo(root);
    const answers = {
      ...STOLEN_LAPTOP,
      confirm_assessment: false,
      override_risk: 'risk',
      override_rationale: 'Bank details were truncated to the last 4 digits.',
      id: 'laptop',
    };
    expect(await breachNew({ path: '.', answers: answersFile(root, answers), now: NOW }, io)).toBe(
      0,
    );
    const incident = parse(readFileSync(join(root, 'incidents', 'laptop.yaml'), 'utf8'));
    expect(incident.assessment).toEqual({
      risk: 'risk',
      notify_authority: true,
      notify_subjects: false,
      exemption: null,
      rationale: 'Bank details were truncated to the last 4 digits.',
      overridden: true,
      decided_at: '2026-03-14T11:00:00+01:00',
      // The ENISA score stays what the facts give: the person overrode the decision, not the facts.
      severity: {
        dpc: 3,
        ei: 1,
        cb: 1,
        score: 4,
        level: 'very_high',
        reasons:
          'DPC 3: financial data (bank-details). EI 1: the data name people. CB +0.5: loss of confidentiality, unknown recipients. CB +0.5: malicious intent.',
      },
    });
    expect(loadRegister(root).problems).toEqual([]);
  });

  it('defaults the role to processor when every activity affected is processed for a client, and says to notify the controller', async () => {
    const root = breachRegister();
    const io = memoryIo(root);
    const answers = {
      ...STOLEN_LAPTOP,
      activities: ['client-hosting'],
      types: ['availability'],
      backup_available: true,
      restored_within_hours: 2,
      id: 'outage',
    };
    expect(await breachNew({ path: '.', answers: answersFile(root, answers), now: NOW }, io)).toBe(
      0,
    );
    const incident = parse(readFileSync(join(root, 'incidents', 'outage.yaml'), 'utf8'));
    expect(incident.role).toBe('processor');
    expect(incident.facts).toEqual({
      backup_available: true,
      restored_within_hours: 2,
      vulnerable_subjects: false,
    });
    expect(incident.assessment).toMatchObject({
      risk: 'none',
      notify_authority: true,
      notify_subjects: false,
    });
    expect(io.out()).toContain('Notify the controller without undue delay (Art. 33(2)).');
    expect(io.out()).toContain('gdpr breach draft outage . --to controller');
  });

  it('with no terminal and missing answers: lists them, exits 2 and writes nothing', async () => {
    const root = breachRegister();
    const io = memoryIo(root);
    const code = await breachNew(
      { path: '.', answers: answersFile(root, { title: 'Stolen laptop' }), now: NOW },
      io,
    );
    expect(code).toBe(2);
    expect(io.err()).toBe(`gdpr: missing answers (no terminal to ask them); nothing was written:
  description     What happened? (facts, categories and counts only — no names)
  cause           Cause
  types           Type of breach (one breach can be several)
  subjects_count  Approximate number of people (120, 100-500, 1000+ or unknown)
Answer them with --answers FILE (a YAML map of these names), or run the command in a terminal.
`);
    expect(io.out()).toBe('');
    expect(incidentsOf(root)).toEqual([]);
  });

  it('refuses an invalid answer, and an answer name no question has', async () => {
    const root = breachRegister();
    await expect(
      breachNew(
        {
          path: '.',
          answers: answersFile(root, { ...STOLEN_LAPTOP, discovered_at: '2026-03-14 09:30' }),
          now: NOW,
        },
        memoryIo(root),
      ),
    ).rejects.toThrow(
      'answer `discovered_at`: add the UTC offset, e.g. 2026-03-14T09:30:00+01:00 (a local time is ambiguous)',
    );
    await expect(
      breachNew(
        {
          path: '.',
          answers: answersFile(root, {
            ...STOLEN_LAPTOP,
            discovered_at: '2026-03-15T09:30:00+01:00',
          }),
          now: NOW,
        },
        memoryIo(root),
      ),
    ).rejects.toThrow(
      'answer `discovered_at`: awareness cannot be later than now (2026-03-14T11:00:00+01:00)',
    );
    await expect(
      breachNew(
        {
          path: '.',
          answers: answersFile(root, { ...STOLEN_LAPTOP, encrypted: 'maybe' }),
          now: NOW,
        },
        memoryIo(root),
      ),
    ).rejects.toThrow('answer `encrypted` must be one of: true, false, unknown (got `maybe`)');
    await expect(
      breachNew(
        { path: '.', answers: answersFile(root, { ...STOLEN_LAPTOP, encrypt: true }), now: NOW },
        memoryIo(root),
      ),
    ).rejects.toThrow(
      /^--answers answers\.yaml: unknown answer encrypt; the questions are: title, /,
    );
    expect(incidentsOf(root)).toEqual([]);
  });

  it('never overwrites an existing incident without --force (exit 2, bytes unchanged)', async () => {
    const root = breachRegister();
    mkdirSync(join(root, 'incidents'));
    const existing = join(root, 'incidents', '2026-03-14-stolen-laptop.yaml');
    const before =
      'title: Earlier record\nstatus: open\ndiscovered_at: 2026-03-14T08:00:00+01:00\ntypes: [availability]\n';
    writeFileSync(existing, before);
    const io = memoryIo(root);
    expect(
      await breachNew({ path: '.', answers: answersFile(root, STOLEN_LAPTOP), now: NOW }, io),
    ).toBe(2);
    expect(io.err()).toBe(
      'gdpr: incidents/2026-03-14-stolen-laptop.yaml already exists; nothing was written (choose another id, or use --force to replace it)\n',
    );
    expect(readFileSync(existing, 'utf8')).toBe(before);
    expect(incidentsOf(root)).toEqual(['2026-03-14-stolen-laptop.yaml']);

    expect(
      await breachNew(
        { path: '.', answers: answersFile(root, STOLEN_LAPTOP), now: NOW, force: true },
        memoryIo(root),
      ),
    ).toBe(0);
    expect(parse(readFileSync(existing, 'utf8')).title).toBe('Stolen laptop');
  });

  it('an interrupted run (Ctrl-C mid-flow) writes nothing', async () => {
    const root = breachRegister();
    let asked = 0;
    const interrupted = new Error('User force closed the prompt with SIGINT');
    interrupted.name = 'ExitPromptError';
    const preset = new PresetAsker({ ...STOLEN_LAPTOP, discovered_at: undefined });
    // Answers the first questions, then the user presses Ctrl-C at the awareness question.
    const terminal: Asker = {
      input: async (q) => {
        asked++;
        if (q.name === 'discovered_at') throw interrupted;
        return preset.input(q);
      },
      confirm: (q) => preset.confirm(q),
      select: (q) => preset.select(q),
      checkbox: (q) => preset.checkbox(q),
    };
    const io = memoryIo(root, {}, true);
    await expect(
      breachNew({ path: '.', now: NOW }, io, { terminal: async () => terminal }),
    ).rejects.toMatchObject({ name: 'ExitPromptError' });
    expect(asked).toBe(3);
    expect(incidentsOf(root)).toEqual([]);
  });
});

describe('the wizard flow', () => {
  it('asks only what the types of breach need, with the catalogue defaults', async () => {
    const root = breachRegister();
    const register = loadRegister(root);
    const asked: string[] = [];
    const preset = new PresetAsker({
      title: 'Server outage',
      description: 'The appointment server was down.',
      cause: 'system-failure',
      types: ['availability'],
      data_subjects: ['patients'],
      subjects_count: 'unknown',
      backup_available: 'true',
      restored_within_hours: '30',
    });
    const spy: Asker = {
      input: (q) => (asked.push(q.name), preset.input(q)),
      confirm: (q) => (asked.push(q.name), preset.confirm(q)),
      select: (q) => (asked.push(q.name), preset.select(q)),
      checkbox: (q) => (asked.push(q.name), preset.checkbox(q)),
    };
    const printed: string[] = [];
    const result = await breachWizard(spy, {
      register,
      now: new Date(NOW),
      zone: 'Europe/Paris',
      authority: { short: 'CNIL', name: 'CNIL' },
      print: (t) => printed.push(t),
    });
    expect(asked).toEqual([
      'title',
      'description',
      'cause',
      'discovered_at',
      'occurred_at',
      'types',
      'activities',
      'data_categories',
      'data_subjects',
      'subjects_count',
      'records_count',
      // Art. 56: not answered, so nothing is recorded (the draft keeps asking).
      'cross_border',
      'backup_available',
      'restored_within_hours',
      'vulnerable_subjects',
      'role',
      'disproportionate_effort',
      'confirm_assessment',
      'consequences',
      'measures_taken',
      'measures_planned',
      // A high risk: the people must be told, so the letter's first question comes (empty: later).
      'letter_what_happened',
      'id',
    ]);
    expect(preset.missing()).toEqual([]);
    // Patients are flagged vulnerable in the catalogue: the default answer, and a high risk for a 30 h outage.
    expect(result.incident.facts).toEqual({
      backup_available: true,
      restored_within_hours: 30,
      vulnerable_subjects: true,
    });
    expect(result.incident.discovered_at).toBe('2026-03-14T11:00:00+01:00');
    expect(result.decision.risk).toBe('high');
    expect(result.id).toBe('2026-03-14-server-outage');
    expect(printed.join('')).toContain(
      '  Notify the CNIL before Tue 17 Mar 11:00 CET — 72 h left (Art. 33(1)).',
    );
  });

  it('asks the letter to the people apart, saying that these answers reach them (Art. 34(2))', async () => {
    const root = breachRegister();
    const register = loadRegister(root);
    const preset = new PresetAsker({
      title: 'Server outage',
      description: 'The appointment server srv-app-02 was down.',
      cause: 'system-failure',
      types: ['availability'],
      data_subjects: ['patients'],
      subjects_count: 'unknown',
      backup_available: 'true',
      restored_within_hours: '30',
      consequences: 'Internal: appointments lost on srv-app-02',
      letter_what_happened: 'Our appointment system was unavailable for a day.',
      letter_consequences: 'Some appointments may have been lost.',
      letter_what_we_did: 'We restored the system from a backup.',
      letter_what_you_can_do: 'Call us to confirm your next appointment.',
    });
    const printed: string[] = [];
    const result = await breachWizard(preset, {
      register,
      now: new Date(NOW),
      zone: 'Europe/Paris',
      authority: { short: 'CNIL', name: 'CNIL' },
      print: (t) => printed.push(t),
    });
    expect(printed.join('')).toContain(LETTER_WARNING);
    expect(LETTER_WARNING).toContain('reach them as you write them');
    expect(result.incident.subjects_letter).toEqual({
      what_happened: 'Our appointment system was unavailable for a day.',
      consequences: 'Some appointments may have been lost.',
      what_we_did: 'We restored the system from a backup.',
      what_you_can_do: 'Call us to confirm your next appointment.',
    });
    expect(result.incident.consequences).toBe('Internal: appointments lost on srv-app-02');
  });

  it('validates instants and makes file names from titles', () => {
    expect(validateInstant('2026-03-14T09:30:00+01:00')).toBe(true);
    expect(validateInstant('2026-03-14T09:30Z')).toBe(true);
    expect(validateInstant('2026-02-30T09:30:00+01:00')).toBe(
      '2026-02-30T09:30:00+01:00 is not a real date and time',
    );
    expect(validateInstant('2026-03-14T09:30:00')).toBe(
      'add the UTC offset, e.g. 2026-03-14T09:30:00+01:00 (a local time is ambiguous)',
    );
    expect(slugify('Perte d’un ordinateur portable chiffré !')).toBe(
      'perte-d-un-ordinateur-portable-chiffre',
    );
    expect(slugify('???')).toBe('incident');
    expect(slugify('Boîte mail commerciale compromise par hameçonnage')).toBe(
      'boite-mail-commerciale-compromise-par',
    );
    expect(slugify('x'.repeat(60))).toBe('x'.repeat(48));
  });
});
