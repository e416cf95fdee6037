import { render } from '@inquirer/testing';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { init, type InitCommandOptions } from '../../src/commands/init.js';
import { terminalAsker } from '../../src/prompts/inquirer.js';
import { memoryIo } from '../helpers/io.js';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

interface Context {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/**
 * Each inquirer prompt pipes into the output and ends it when done; process.stdout ignores that,
 * the test's buffer does not. This forwards writes and ignores `end`, as a terminal does.
 */
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

/**
 * Runs the whole `gdpr init` command on an interactive io whose terminal is the mocked one of
 * @inquirer/testing: `render` hands its streams to our "prompt", which is the command itself.
 */
async function renderInit(options: InitCommandOptions) {
  const cwd = mkdtempSync(join(tmpdir(), 'gdpr-init-tty-'));
  temps.push(cwd);
  const io = memoryIo(cwd, {}, true);
  const command = (_props: unknown, context: Context) =>
    init(options, io, {
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
  return { cwd, io, screen, waitFor, exit: screen.answer as unknown as Promise<number> };
}

describe('gdpr init in a terminal', () => {
  it('asks each question in turn, offering the defaults, then writes the register', async () => {
    const { cwd, io, screen, waitFor, exit } = await renderInit({ dir: '.', today: '2026-11-23' });
    const answer = async (message: string, typed?: string): Promise<void> => {
      await waitFor(message);
      if (typed !== undefined) screen.events.type(typed);
      screen.events.keypress('enter');
    };

    await answer('Organisation name (legal name)', 'Atelier Test');
    await answer('Postal address of the main establishment', '3 rue du Test, 69001 Lyon');
    await waitFor('Country of the main establishment');
    expect(screen.getScreen()).toContain('(FR)');
    await answer('Country of the main establishment');
    await answer('Contact e-mail address of the organisation', 'contact@atelier-test.example');
    await answer('Phone number (optional)');
    await answer('Website (optional');
    await answer('Number of persons employed (optional)', '8');
    await answer('Has the organisation designated a data protection officer (DPO)?', 'y');
    await answer('DPO name, person or firm (optional)', 'Claire Martin');
    await answer('DPO e-mail address', 'dpo@atelier-test.example');
    await answer('Is the DPO external');
    await waitFor('Where do people exercise their data protection rights');
    expect(screen.getScreen()).toContain('dpo@atelier-test.example');
    await answer('Where do people exercise their data protection rights');
    await answer('Languages of the register');
    await waitFor('Lead supervisory authority');
    expect(screen.getScreen()).toContain('CNIL (fr)');
    await answer('Lead supervisory authority');
    await waitFor('Which processing activities should be scaffolded?');
    // Toggle the first choice (recruitment) on top of the three checked by default.
    screen.events.keypress('space');
    screen.events.keypress('enter');
    await answer('Add a CI job that runs `gdpr check`?');

    expect(await exit).toBe(0);
    expect(io.err()).toBe('');
    const config = parse(readFileSync(join(cwd, 'gdpr.yaml'), 'utf8'));
    expect(config.organisation).toEqual({
      name: 'Atelier Test',
      address: '3 rue du Test, 69001 Lyon',
      country: 'FR',
      email: 'contact@atelier-test.example',
      headcount: 8,
      dpo: { name: 'Claire Martin', email: 'dpo@atelier-test.example', external: false },
    });
    expect(config.rights_contact).toBe('dpo@atelier-test.example');
    expect(config.languages).toEqual(['fr', 'en']);
    expect(config.supervisory_authority).toBe('fr');
    expect(readdirSync(join(cwd, 'activities')).sort()).toEqual([
      'customers.yaml',
      'hr-payroll.yaml',
      'recruitment.yaml',
      'suppliers.yaml',
    ]);
  });

  it('does not ask what flags already answer', async () => {
    const { cwd, screen, waitFor, exit } = await renderInit({
      dir: '.',
      orgName: 'Flagged SAS',
      address: '1 rue du Drapeau, 75001 Paris',
      today: '2026-11-23',
    });
    await waitFor('Country of the main establishment');
    expect(screen.getFullOutput()).not.toContain('Organisation name');
    expect(screen.getFullOutput()).not.toContain('Postal address');
    // Ctrl-C: inquirer rejects the prompt, the command lets it escape (the CLI reports it, exit 130) and nothing is written.
    screen.events.keypress({ name: 'c', ctrl: true });
    await expect(exit).rejects.toMatchObject({ name: 'ExitPromptError' });
    expect(readdirSync(cwd)).toEqual([]);
  });
});
