/**
 * `request new` and `request update` run from another folder than the register's: the file is
 * shown as the user can open it from there, as `breach new` shows its incident (relative from a
 * folder above, absolute from an unrelated one).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { memoryIo } from '../helpers/io.js';
import { makeRegister } from '../helpers/register.js';

describe('request new and update from another folder', () => {
  it.each([
    ['the parent folder', (root: string) => dirname(root), (root: string) => basename(root)],
    [
      'an unrelated folder',
      () => mkdtempSync(join(tmpdir(), 'gdpr-elsewhere-')),
      (root: string) => root,
    ],
  ])('from %s: the recorded file as reachable from there', async (_, cwdOf, shownOf) => {
    const root = makeRegister();
    const cwd = cwdOf(root);
    const shown = shownOf(root);
    const io = memoryIo(cwd);
    const code = await run(
      [
        'request',
        'new',
        shown,
        '--today',
        '2026-11-23',
        '--type',
        'access',
        '--received',
        '2026-11-23',
        '--channel',
        'email',
        '--reference',
        'T-1',
      ],
      io,
    );
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const file = join(shown, 'requests', '2026-11-23-access.yaml');
    expect(io.out().split('\n')[0]).toBe(`Recorded ${file} (status open).`);

    const updated = memoryIo(cwd);
    expect(
      await run(
        [
          'request',
          'update',
          '2026-11-23-access',
          shown,
          '--today',
          '2026-11-24',
          '--complete',
          '2026-11-24',
        ],
        updated,
      ),
    ).toBe(0);
    expect(updated.out().split('\n')[0]).toBe(`Updated ${file}.`);
  });
});
