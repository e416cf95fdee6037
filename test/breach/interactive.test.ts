import { render } from '@inquirer/testing';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { breachNew, type BreachNewOptions } from '../../src/commands/breach-new.js';
import { terminalAsker } from '../../src/prompts/inquirer.js';
import { loadRegister } from '../../src/register/load.js';
import { memoryIo } from '../helpers/io.js';
import { breachRegister } from './fixtures.js';

interface Context {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** Inquirer ends the output after each prompt; a terminal does not (see test/init/interactive.test.ts). */
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

/** Runs `gdpr breach new` with the real terminal asker on the mocked terminal of @inquirer/testing. */
async function renderBreachNew(options: BreachNewOptions) {
  const root = breachRegister();
  const io = memoryIo(root, {}, true);
  const command = (_props: unknown, context: Context) =>
    breachNew(options, io, {
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
  const answer = async (message: string, ...keys: (string | { type: string })[]): Promise<void> => {
    await waitFor(message);
    for (const key of keys) {
      if (typeof key === 'string') screen.events.keypress(key);
      else screen.events.type(key.type);
    }
    screen.events.keypress('enter');
  };
  return { root, io, screen, waitFor, answer, exit: screen.answer as unknown as Promise<number> };
}

describe('gdpr breach new in a terminal', () => {
  it('asks each question in turn, shows the assessment and the deadline, then writes the incident', async () => {
    const { root, io, screen, waitFor, answer, exit } = await renderBreachNew({
      path: '.',
      now: '2026-03-14T09:30:00+01:00',
    });

    await answer('Title of the breach', { type: 'Lost USB key' });
    await answer('What happened?', {
      type: 'A USB key with a customer list was lost at a trade fair.',
    });
    await waitFor('Cause');
    expect(screen.getScreen()).toContain('Ransomware');
    // lost-device is the 10th cause.
    await answer('Cause', ...Array<string>(9).fill('down'));
    await waitFor('Became aware at');
    // The default is now, with its offset; the zone is explained just before.
    expect(screen.getScreen()).toBe(
      '? Became aware at (date, time and UTC offset) (2026-03-14T09:30:00+01:00)',
    );
    expect(io.out()).toBe(
      'The 72-hour clock (Art. 33(1)) starts when you became aware of the breach.\nNow is Sat 14 Mar 09:30 CET (UTC+01:00), Europe/Paris.\n',
    );
    await answer('Became aware at');
    await answer('Happened at, if known');
    await answer('Type of breach', 'space');
    await waitFor('Processing activities affected');
    await answer('Processing activities affected', 'down', 'space');
    await waitFor('Categories of personal data concerned');
    // The activity's categories are checked by default.
    expect(screen.getScreen()).toMatch(/◉ Identity \(identity\)/);
    await answer('Categories of personal data concerned');
    await answer('Categories of people concerned');
    await answer('Approximate number of people', { type: '40' });
    await answer('Approximate number of records');
    // Art. 56: the default is "not established yet"; "No, only people in our own Member State" is first.
    await answer('Are people in other EEA Member States affected?', 'up', 'up');
    await answer('Were the data encrypted', 'up');
    await answer('Were the data copied or taken');
    await answer('Did the data reach an identified recipient?');
    await answer('Were the data recovered');
    await answer('Are vulnerable people concerned');
    // The only activity chosen is run as controller: the role is not asked.
    await waitFor('Record this assessment?');
    await answer('Record this assessment?');
    await answer('Likely consequences for the people', { type: 'Unsolicited contact.' });
    await answer('Measures taken');
    await answer('Measures planned');
    await answer('File name');

    expect(await exit).toBe(0);
    expect(io.out()).toContain('  Notify the CNIL: yes\n  Tell the people: no\n');
    expect(io.out()).toContain(
      'Notify the CNIL before Tue 17 Mar 09:30 CET — 72 h left (Art. 33(1)).',
    );
    const incident = parse(
      readFileSync(join(root, 'incidents', '2026-03-14-lost-usb-key.yaml'), 'utf8'),
    );
    expect(incident).toMatchObject({
      title: 'Lost USB key',
      cause: 'lost-device',
      discovered_at: '2026-03-14T09:30:00+01:00',
      types: ['confidentiality'],
      activities: ['customers'],
      data_categories: ['identity', 'contact'],
      data_subjects: ['customers'],
      subjects_count: 40,
      records_count: 40,
      facts: {
        encrypted: false,
        exfiltrated: 'unknown',
        data_retrieved: 'unknown',
        vulnerable_subjects: false,
      },
      assessment: { risk: 'risk', notify_authority: true, notify_subjects: false, exemption: null },
      consequences: 'Unsolicited contact.',
      cross_border: { member_states: [] },
    });
    expect(incident.role).toBe('controller');
    expect(loadRegister(root).problems).toEqual([]);
  });

  it('re-asks an awareness instant without an offset, and Ctrl-C leaves no file', async () => {
    const { root, screen, waitFor, answer, exit } = await renderBreachNew({
      path: '.',
      now: '2026-03-14T09:30:00+01:00',
    });
    await answer('Title of the breach', { type: 'Lost USB key' });
    await answer('What happened?', { type: 'Lost at a fair.' });
    await answer('Cause');
    await waitFor('Became aware at');
    // Replace the default with a local time: refused with the reason, the question stays.
    screen.events.keypress({ name: 'u', ctrl: true });
    for (let i = 0; i < 30; i++) screen.events.keypress('backspace');
    screen.events.type('2026-03-14 08:00');
    screen.events.keypress('enter');
    await waitFor('> add the UTC offset');
    screen.events.keypress({ name: 'c', ctrl: true });
    await expect(exit).rejects.toMatchObject({ name: 'ExitPromptError' });
    expect(existsSync(join(root, 'incidents'))).toBe(false);
  });
});
