/**
 * `request new` and `request update` ask in the register's language: French questions on the
 * terminal of @inquirer/testing, activities shown as "Title (id)"; `--lang en` overrides.
 */
import { render } from '@inquirer/testing';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { requestNew } from '../../src/commands/request-new.js';
import { requestUpdate } from '../../src/commands/request-update.js';
import type { Asker } from '../../src/prompts/asker.js';
import { terminalAsker } from '../../src/prompts/inquirer.js';
import { BASE_REGISTER, makeRegister } from '../helpers/register.js';
import { memoryIo } from '../helpers/io.js';

const TODAY = '2026-11-23';

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
  return makeRegister({
    'gdpr.yaml': (BASE_REGISTER['gdpr.yaml'] ?? '').replace('languages: [en]', 'languages: [fr]'),
  });
}

describe('request new and update in French', () => {
  it('request new: French questions on a terminal, activities as "Title (id)"', async () => {
    const root = frenchRegister();
    const io = memoryIo(root, {}, true);
    const command = (_props: unknown, context: Context) =>
      requestNew({ path: '.', today: TODAY }, io, {
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
    await answer('Quel droit la personne exerce-t-elle\u202f?');
    await answer('Date de réception (AAAA-MM-JJ)\u202f;');
    await answer('Par quel moyen est-elle arrivée', { type: 'email' });
    await answer('Référence du dossier', { type: 'TICKET-77' });
    await waitFor('Quels traitements la demande concerne-t-elle\u202f?');
    expect(screen.getScreen()).toContain('Customer management (customers)');
    await answer('Quels traitements', 'space');
    expect(await screen.answer).toBe(0);
    const request = parse(
      readFileSync(join(root, 'requests', `${TODAY}-access.yaml`), 'utf8'),
    ) as Record<string, unknown>;
    expect(request).toMatchObject({
      type: 'access',
      received: TODAY,
      channel: 'email',
      reference: 'TICKET-77',
      activities: ['customers'],
    });
  });

  it('request update: French action choices, and --lang en keeps English', async () => {
    const root = frenchRegister();
    mkdirSync(join(root, 'requests'));
    writeFileSync(
      join(root, 'requests', '2026-11-02-access.yaml'),
      'type: access\nreceived: 2026-11-02\nchannel: email\nreference: T-1\nstatus: open\n',
    );
    const seen: string[] = [];
    const terminal: Asker = {
      input: async (q) => (seen.push(q.message), TODAY),
      confirm: async () => false,
      select: async (q) => {
        seen.push(q.message, ...q.choices.map((c) => c.name));
        return 'complete' as never;
      },
      checkbox: async () => [],
    };
    const run = (lang?: string) =>
      requestUpdate(
        { id: '2026-11-02-access', path: '.', today: TODAY, ...(lang ? { lang } : {}) },
        memoryIo(root, {}, true),
        { terminal: async () => terminal },
      );
    expect(await run()).toBe(0);
    expect(seen).toEqual([
      'Que voulez-vous enregistrer\u202f?',
      'identité vérifiée (art. 12, § 6)',
      'délai prolongé de 2 mois au plus (art. 12, § 3)',
      'réponse donnée (art. 12, § 3)',
      'demande refusée (art. 12, § 4 et 5)',
      'Date de la réponse (AAAA-MM-JJ)',
    ]);
    writeFileSync(
      join(root, 'requests', '2026-11-02-access.yaml'),
      'type: access\nreceived: 2026-11-02\nchannel: email\nreference: T-1\nstatus: open\n',
    );
    seen.length = 0;
    expect(await run('en')).toBe(0);
    expect(seen).toEqual([
      'What do you want to record?',
      'identity verified (Art. 12(6))',
      'deadline extended by up to 2 months (Art. 12(3))',
      'request answered (Art. 12(3))',
      'request refused (Art. 12(4), 12(5))',
      'Date the answer was given (YYYY-MM-DD)',
    ]);
  });
});
