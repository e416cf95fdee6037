/**
 * `breach new` run from another folder than the register's: the recorded file is shown as the
 * user can open it from there, and every command of "Next:" names the register, so that it
 * runs as copied — each one is run here from that same folder.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { memoryIo } from '../helpers/io.js';
import { answersFile, breachRegister } from './fixtures.js';

const NOW = '2026-03-14T11:00:00+01:00';

/** The commands of the "Next:" block, as words (the register paths here need no quoting). */
function nextCommands(out: string): string[][] {
  const block = out.slice(out.lastIndexOf('Next:\n') + 'Next:\n'.length);
  return block
    .split('\n')
    .filter((line) => line.startsWith('  gdpr '))
    .map((line) => (line.trim().split(/ {4,}/)[0] ?? '').split(' ').slice(1));
}

describe('breach new from another folder', () => {
  it.each([
    ['the parent folder', (root: string) => dirname(root), (root: string) => basename(root)],
    [
      'an unrelated folder',
      () => mkdtempSync(join(tmpdir(), 'gdpr-elsewhere-')),
      (root: string) => root,
    ],
  ])(
    'from %s: the file as reachable from there, and every Next command runs as copied',
    async (_, cwdOf, shownOf) => {
      const root = breachRegister();
      const cwd = cwdOf(root);
      const shown = shownOf(root);
      const answers = answersFile(root, {
        title: 'Mailbox read',
        description: 'An attacker read a mailbox.',
        cause: 'phishing',
        discovered_at: '2026-03-14T09:30:00+01:00',
        types: ['confidentiality'],
        data_categories: ['health'],
        data_subjects: ['patients'],
        subjects_count: 400,
        activities: ['customers'],
        encrypted: false,
        exfiltrated: true,
        consequences: 'Health data may be disclosed.',
        measures_taken: 'Password reset and mailbox rules removed.',
        letter_what_happened: 'Someone read a mailbox holding your appointment letters.',
        letter_consequences: 'Your health information may be known to others.',
        letter_what_we_did: 'We locked the mailbox and reset its password.',
        id: 'mailbox',
      });
      const io = memoryIo(cwd);
      const code = await run(
        ['breach', 'new', shown, '--answers', join(root, answers), '--now', NOW],
        io,
      );
      expect(io.err()).toBe('');
      expect(code).toBe(0);
      expect(io.out()).toContain(`\nRecorded ${join(shown, 'incidents', 'mailbox.yaml')}.\n`);
      const commands = nextCommands(io.out());
      expect(commands.map((words) => words.slice(0, 4))).toEqual([
        ['breach', 'draft', 'mailbox', shown],
        ['breach', 'draft', 'mailbox', shown],
        ['breach', 'update', 'mailbox', shown],
      ]);
      for (const words of commands) {
        const extra =
          words[1] === 'update'
            ? [
                '--answers',
                join(root, answersFile(root, { closed_at: NOW }, 'close.yaml')),
                '--now',
                NOW,
              ]
            : ['--now', NOW];
        const next = memoryIo(cwd);
        const status = await run([...words, ...extra], next);
        expect({ command: words.join(' '), status, err: next.err() }).toEqual({
          command: words.join(' '),
          status: 0,
          err: '',
        });
      }
    },
  );
});
