/**
 * The wizard in the register's language: a French register gets French questions with French
 * typography (narrow no-break space before « ? », no-break space before « : »), on the
 * terminal of @inquirer/testing; Art. 56 and the role question with injected answers.
 */
import { render } from '@inquirer/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { breachWizard } from '../../src/breach/wizard.js';
import { catalogue } from '../../src/locale/index.js';
import { breachNew } from '../../src/commands/breach-new.js';
import { terminalAsker } from '../../src/prompts/inquirer.js';
import { PresetAsker, type Asker } from '../../src/prompts/asker.js';
import { loadRegister } from '../../src/register/load.js';
import { BASE_REGISTER } from '../helpers/register.js';
import { memoryIo } from '../helpers/io.js';
import { answersFile, breachRegister } from './fixtures.js';

interface Context {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

function terminalOutput(target: NodeJS.WritableStream): Writable {
  const out = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      target.write(chunk);
      callback();
    },
  });
  out.end = (() => out) as Writable['end'];
  return out;
}

function frenchRegister(): string {
  const config = (BASE_REGISTER['gdpr.yaml'] ?? '')
    .replace('languages: [en]', 'languages: [fr, en]')
    .concat('time_zone: Europe/Paris\n');
  return breachRegister({ 'gdpr.yaml': config });
}

describe('gdpr breach new in French', () => {
  it('asks in French with French typography, and reads a local time in Europe/Paris', async () => {
    const root = frenchRegister();
    const io = memoryIo(root, {}, true);
    const command = (_props: unknown, context: Context) =>
      breachNew({ path: '.', now: '2026-11-23T09:00:00+01:00' }, io, {
        terminal: async () =>
          terminalAsker({ input: context.input, output: terminalOutput(context.output) }),
      });
    const screen = await render(command as never, {});
    const waitFor = async (text: string): Promise<void> => {
      for (let i = 0; i < 400; i++) {
        if (screen.getScreen().includes(text)) return;
        await new Promise((r) => setTimeout(r, 5));
      }
      throw new Error(`the terminal never showed "${text}"; it shows:\n${screen.getScreen()}`);
    };
    const answer = async (text: string, ...keys: (string | { type: string })[]) => {
      await waitFor(text);
      for (const key of keys) {
        if (typeof key === 'string') screen.events.keypress(key);
        else screen.events.type(key.type);
      }
      screen.events.keypress('enter');
    };

    await answer('Intitulé de la violation', { type: 'Liste de badges perdue' });
    await waitFor('Que s’est-il passé\u202f?');
    await answer('Que s’est-il passé', { type: 'Une liste imprimée a été perdue.' });
    await answer('Cause', ...Array<string>(9).fill('down'));
    await waitFor('Connaissance de la violation le');
    expect(screen.getScreen()).toContain(
      'Connaissance de la violation le (date et heure, fuseau Europe/Paris',
    );
    expect(io.out()).toContain(
      'Le délai de 72 heures (art. 33, § 1) court à partir du moment où vous avez eu connaissance de la violation.',
    );
    screen.events.keypress({ name: 'u', ctrl: true });
    for (let i = 0; i < 30; i++) screen.events.keypress('backspace');
    // The spring-forward gap is refused in French, then a valid local time is accepted.
    screen.events.type('2026-03-29 02:30');
    screen.events.keypress('enter');
    await waitFor('> 2026-03-29 02:30 n’existe pas dans le fuseau Europe/Paris');
    for (let i = 0; i < 30; i++) screen.events.keypress('backspace');
    await answer('Connaissance de la violation le', { type: '2026-11-22 21:00' });
    await answer('Survenue le, si on le sait');
    expect(io.out()).toContain(
      '  2026-11-22 21:00, fuseau Europe/Paris\u00a0: 2026-11-22T21:00:00+01:00\n',
    );
    await answer('Type de violation', 'space');
    await answer('Traitements concernés', 'down', 'space');
    await answer('Catégories de données personnelles concernées');
    await answer('Catégories de personnes concernées');
    await answer('Nombre approximatif de personnes', { type: '12' });
    await answer('Nombre approximatif d’enregistrements');
    await waitFor('Des personnes d’autres États membres de l’EEE sont-elles concernées\u202f?');
    await answer('autres États membres', 'up');
    await waitFor('Quels États membres\u202f?');
    // Sorted by French name; France, our own Member State, is not offered.
    expect(screen.getScreen()).toContain('Allemagne (DE)');
    expect(screen.getScreen()).not.toContain('(FR)');
    await answer('Quels États membres', 'space');
    await answer('Les données étaient-elles chiffrées', 'up');
    await answer('Les données ont-elles été copiées');
    await answer('Les données sont-elles parvenues');
    await answer('Les données ont-elles été récupérées');
    await answer('Des personnes vulnérables');
    await answer('Enregistrer cette évaluation\u202f?');
    await answer('Conséquences probables pour les personnes');
    await answer('Mesures prises');
    await answer('Mesures envisagées');
    await answer('Nom du fichier');

    expect(await screen.answer).toBe(0);
    // The assessment in French too, the deadline in the register's zone.
    expect(io.out()).toContain(
      'Évaluation (lignes directrices 9/2022 du CEPD, §IV, et 01/2021)\u00a0:',
    );
    expect(io.out()).toMatch(
      /Notifiez l’autorité \(CNIL\) avant le .+ — reste \d+ h \(art\. 33\.1 du RGPD\)\./,
    );
    const incident = parse(
      readFileSync(join(root, 'incidents', '2026-11-22-liste-de-badges-perdue.yaml'), 'utf8'),
    );
    expect(incident).toMatchObject({
      discovered_at: '2026-11-22T21:00:00+01:00',
      role: 'controller',
      cross_border: { member_states: ['DE'] },
      activities: ['customers'],
    });
    expect(loadRegister(root).problems).toEqual([]);
  });
});

describe('the French words of the wizards', () => {
  it('put a no-break space before « ? ; ! : » (French typography), never a plain one', () => {
    const words = catalogue('fr', 'wizard');
    const plain = Object.entries(words).filter(([, text]) => / [?;!:]/.test(text));
    expect(plain).toEqual([]);
    expect(words['breach.letter.warning']).toContain(
      '«\u00a0gdpr breach draft --to subjects\u00a0»',
    );
  });

  it('warns, in French, before the letter questions that their answers reach the people as typed', async () => {
    const register = loadRegister(frenchRegister());
    const printed: string[] = [];
    const asked: string[] = [];
    const preset = new PresetAsker({
      title: 'Panne du serveur',
      description: 'Le serveur de rendez-vous était arrêté.',
      cause: 'system-failure',
      types: ['availability'],
      data_subjects: ['patients'],
      subjects_count: 'unknown',
      backup_available: 'true',
      restored_within_hours: '30',
      letter_what_happened: 'Notre système de rendez-vous a été indisponible une journée.',
      letter_consequences: 'Des rendez-vous ont pu être perdus.',
      letter_what_we_did: 'Nous avons restauré le système.',
    });
    const spy: Asker = {
      input: (q) => (asked.push(`${printed.length}:${q.message}`), preset.input(q)),
      confirm: (q) => preset.confirm(q),
      select: (q) => preset.select(q),
      checkbox: (q) => preset.checkbox(q),
    };
    const result = await breachWizard(spy, {
      register,
      now: new Date('2026-03-14T11:00:00+01:00'),
      zone: 'Europe/Paris',
      authority: { short: 'CNIL', name: 'CNIL' },
      print: (t) => printed.push(t),
    });
    const warning = printed.findIndex((t) =>
      t.includes('leur parviennent telles que vous les écrivez'),
    );
    expect(warning).toBeGreaterThan(-1);
    // The first letter question comes after the warning and says where its answer goes.
    const first = asked.find((a) => a.includes('[envoyé aux personnes]'));
    expect(first).toBe(
      `${warning + 1}:[envoyé aux personnes] Ce qui s’est passé, en des termes qu’elles comprennent (vide\u00a0: plus tard)`,
    );
    expect(result.incident.subjects_letter?.what_happened).toBe(
      'Notre système de rendez-vous a été indisponible une journée.',
    );
  });
});

describe('Art. 56 and the role question', () => {
  const base = {
    title: 'Mailbox read',
    description: 'An attacker read a mailbox.',
    cause: 'phishing',
    discovered_at: '2026-03-14T09:30:00+01:00',
    types: ['confidentiality'],
    subjects_count: 40,
  };

  it('records the other Member States (sorted), or none, and nothing when not established', async () => {
    const root = breachRegister();
    const run = async (extra: Record<string, unknown>, name: string) => {
      const io = memoryIo(root);
      const code = await breachNew(
        {
          path: '.',
          answers: answersFile(root, { ...base, ...extra, id: name }, `${name}.yaml`),
          now: '2026-03-14T11:00:00+01:00',
        },
        io,
      );
      expect(io.err()).toBe('');
      expect(code).toBe(0);
      return parse(readFileSync(join(root, 'incidents', `${name}.yaml`), 'utf8')) as {
        cross_border?: unknown;
      };
    };
    expect(
      (await run({ cross_border: 'yes', member_states: ['IT', 'BE'] }, 'a')).cross_border,
    ).toEqual({
      member_states: ['BE', 'IT'],
    });
    expect((await run({ cross_border: 'no' }, 'b')).cross_border).toEqual({ member_states: [] });
    expect((await run({}, 'c')).cross_border).toBeUndefined();
    // Our own Member State (FR) is not another one.
    await expect(
      breachNew(
        {
          path: '.',
          answers: answersFile(root, { ...base, cross_border: 'yes', member_states: ['FR'] }),
          now: '2026-03-14T11:00:00+01:00',
        },
        memoryIo(root),
      ),
    ).rejects.toThrow('answer `member_states`: unknown value FR');
  });

  it('asks the role only when an activity chosen is not run as controller, or none is chosen', async () => {
    const register = loadRegister(breachRegister());
    const askedFor = async (activities: string[]) => {
      const asked: string[] = [];
      const preset = new PresetAsker({ ...base, activities });
      const spy: Asker = {
        input: (q) => (asked.push(q.name), preset.input(q)),
        confirm: (q) => (asked.push(q.name), preset.confirm(q)),
        select: (q) => (asked.push(q.name), preset.select(q)),
        checkbox: (q) => (asked.push(q.name), preset.checkbox(q)),
      };
      const result = await breachWizard(spy, {
        register,
        now: new Date('2026-03-14T11:00:00+01:00'),
        zone: 'Europe/Paris',
        authority: { short: 'CNIL', name: 'CNIL' },
        print: () => undefined,
      });
      return { asked: asked.includes('role'), role: result.incident.role };
    };
    expect(await askedFor(['customers'])).toEqual({ asked: false, role: 'controller' });
    expect(await askedFor(['client-hosting'])).toEqual({ asked: true, role: 'processor' });
    expect(await askedFor(['client-hosting', 'customers'])).toEqual({
      asked: true,
      role: 'controller',
    });
    expect(await askedFor([])).toEqual({ asked: true, role: 'controller' });
  });
});
