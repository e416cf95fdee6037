/**
 * One end-to-end run of `gdpr breach new` in a real terminal: the BUILT binary runs in a
 * detached tmux session of fixed size (its own server socket, killed at the end); the test
 * answers each prompt with `send-keys` once `capture-pane` shows it, then reads the incident.
 * Build first (`npm test` does): `npx tsc -p tsconfig.build.json`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadRegister } from '../../src/register/load.js';
import { BIN } from '../helpers/cli.js';
import { breachRegister } from './fixtures.js';

const SOCKET = `gdpr-breach-test-${process.pid}`;
const SESSION = 'breach';

function tmux(...args: string[]): string {
  const r = spawnSync('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  if (r.error)
    throw new Error(`tmux could not run (${r.error.message}): install it to run this test`);
  if (r.status !== 0) throw new Error(`tmux ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

const screen = (): string => tmux('capture-pane', '-p', '-t', SESSION);

async function waitFor(text: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (screen().includes(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the terminal never showed "${text}"; it shows:\n${screen()}`);
}

/** Waits for the prompt, then sends the keys (tmux key names, or `{ type }` for literal text) and Enter. */
async function answer(prompt: string, ...keys: (string | { type: string })[]): Promise<void> {
  await waitFor(prompt);
  for (const key of keys) {
    if (typeof key === 'string') tmux('send-keys', '-t', SESSION, key);
    else tmux('send-keys', '-t', SESSION, '-l', key.type);
  }
  tmux('send-keys', '-t', SESSION, 'Enter');
}

describe('gdpr breach new in a real terminal (tmux)', () => {
  it('runs the wizard from the built binary and writes the incident', async () => {
    const root = breachRegister();
    // CI=true would make the CLI non-interactive; the pane stays open after exit to show the code.
    const command = `env -u CI NO_COLOR=1 '${process.execPath}' '${BIN}' breach new '${root}' --now 2026-03-14T09:30:00+01:00; echo "EXIT:$?"; sleep 60`;
    tmux('new-session', '-d', '-s', SESSION, '-x', '120', '-y', '50', command);
    try {
      await answer('Title of the breach', { type: 'Phishing of the sales mailbox' });
      await answer('What happened?', { type: 'An attacker read the sales mailbox for two days.' });
      await answer('Cause', 'Down'); // phishing, second in the list
      await waitFor('Became aware at');
      expect(screen()).toContain('Now is Sat 14 Mar 09:30 CET (UTC+01:00), Europe/Paris.');
      expect(screen()).toContain('(2026-03-14T09:30:00+01:00)');
      await answer('Became aware at');
      await answer('Happened at, if known', { type: '2026-03-12T08:00:00+01:00' });
      await answer('Type of breach', 'Space');
      await answer('Processing activities affected', 'Down', 'Space');
      await answer('Categories of personal data concerned', 'Down', 'Down', 'Down', 'Space'); // + bank-details
      await answer('Categories of people concerned');
      await answer('Approximate number of people', { type: '200-300' });
      await answer('Approximate number of records');
      await answer('Are people in other EEA Member States affected?'); // not established yet
      await answer('Were the data encrypted', 'Up'); // No
      await answer('Were the data copied or taken', 'Up', 'Up'); // Yes
      await answer('Did the data reach an identified recipient?');
      await answer('Were the data recovered', 'Up'); // No
      await answer('Are vulnerable people concerned');
      // Only a controller activity is affected: the role is not asked.
      await waitFor('Telling each person: disproportionate effort?');
      expect(screen()).toContain('  Notify the CNIL: yes\n  Tell the people: yes\n');
      expect(screen()).toContain(
        'Notify the CNIL before Tue 17 Mar 09:30 CET — 72 h left (Art. 33(1)).',
      );
      await answer('Telling each person: disproportionate effort?');
      await answer('Record this assessment?');
      await waitFor('Likely consequences for the people');
      // Art. 33(3)(b): the contact point comes from gdpr.yaml, shown rather than asked.
      expect(screen()).toContain(
        'Contact point the notification gives (Art. 33(3)(b)): Claire Martin, dpo@exemple.example',
      );
      await answer('Likely consequences for the people', {
        type: 'Phishing and fraudulent debits.',
      });
      await answer('Measures taken', { type: 'Password reset; mailbox rules removed.' });
      await answer('Measures planned');
      // A high risk: the letter's own answers, after the warning that they reach the people.
      await waitFor('What happened, in words they understand');
      expect(screen()).toContain('The next answers reach them as you write them');
      await answer('What happened, in words they understand', {
        type: 'Someone read e-mails sent to our sales team.',
      });
      await answer('What it may mean for them', { type: 'Your bank details may be misused.' });
      await answer('What we did and will do about it', { type: 'We locked the mailbox.' });
      await answer('What they can do to protect themselves');
      await answer('File name', { type: '' });
      await waitFor('EXIT:');
      expect(screen()).toContain('EXIT:0');
    } finally {
      tmux('kill-server');
    }

    const incident = parse(
      readFileSync(
        join(root, 'incidents', '2026-03-14-phishing-of-the-sales-mailbox.yaml'),
        'utf8',
      ),
    );
    expect(incident).toEqual({
      title: 'Phishing of the sales mailbox',
      status: 'open',
      role: 'controller',
      discovered_at: '2026-03-14T09:30:00+01:00',
      occurred_at: '2026-03-12T08:00:00+01:00',
      types: ['confidentiality'],
      cause: 'phishing',
      description: 'An attacker read the sales mailbox for two days.',
      activities: ['customers'],
      data_categories: ['identity', 'contact', 'bank-details'],
      data_subjects: ['customers'],
      subjects_count: { min: 200, max: 300 },
      records_count: { min: 200, max: 300 },
      facts: {
        encrypted: false,
        exfiltrated: true,
        data_retrieved: false,
        vulnerable_subjects: false,
      },
      assessment: {
        risk: 'high',
        notify_authority: true,
        notify_subjects: true,
        exemption: null,
        rationale: expect.stringContaining('Financial data were exposed (bank-details)'),
        decided_at: '2026-03-14T09:30:00+01:00',
        severity: expect.objectContaining({ dpc: 3, ei: 1, cb: 1, score: 4, level: 'very_high' }),
      },
      consequences: 'Phishing and fraudulent debits.',
      measures_taken: 'Password reset; mailbox rules removed.',
      subjects_letter: {
        what_happened: 'Someone read e-mails sent to our sales team.',
        consequences: 'Your bank details may be misused.',
        what_we_did: 'We locked the mailbox.',
      },
    });
    expect(loadRegister(root).problems).toEqual([]);
  }, 120_000);
});
