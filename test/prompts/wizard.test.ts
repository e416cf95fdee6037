import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import type { Asker } from '../../src/prompts/asker.js';
import { runWizard, writeFiles } from '../../src/prompts/wizard.js';
import { gdpr } from '../helpers/cli.js';
import { memoryIo } from '../helpers/io.js';

/** One question, `name`, then one new file `out.txt` holding the answer. */
function flow(root: string, preset: Record<string, unknown>, force = false) {
  return {
    preset,
    flagOf: { name: '--name' },
    ask: (asker: Asker) =>
      asker.input({ name: 'name', message: 'Name?', validate: (v) => v !== 'bad' || 'not bad' }),
    write: (name: string) => {
      writeFiles(memoryIo(root), [{ abs: join(root, 'out.txt'), content: name }], { force });
      return 0;
    },
  };
}

describe('the wizard skeleton (src/prompts/wizard.ts)', () => {
  it('lists missing answers with their flag and exits 2, writing nothing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gdpr-wizard-'));
    const io = memoryIo(root);
    expect(await runWizard(io, {}, flow(root, {}))).toBe(2);
    expect(io.err()).toBe(
      'gdpr: missing answers (no terminal to ask them); nothing was written:\n' +
        '  name  Name? (--name)\n' +
        'Answer them with the flags shown or with --answers FILE (a YAML map of these names).\n',
    );
    expect(existsSync(join(root, 'out.txt'))).toBe(false);
  });

  it('writes once every question is answered', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gdpr-wizard-'));
    expect(await runWizard(memoryIo(root), {}, flow(root, { name: 'Ada' }))).toBe(0);
    expect(readFileSync(join(root, 'out.txt'), 'utf8')).toBe('Ada');
  });

  it('an existing file: one message, exit 2, bytes unchanged; --force replaces it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gdpr-wizard-'));
    writeFileSync(join(root, 'out.txt'), 'before');
    const io = memoryIo(root);
    expect(await runWizard(io, {}, flow(root, { name: 'Ada' }))).toBe(2);
    expect(io.err()).toBe(
      'gdpr: out.txt already exists; nothing was written (use --force to replace it)\n',
    );
    expect(readFileSync(join(root, 'out.txt'), 'utf8')).toBe('before');
    expect(await runWizard(memoryIo(root), {}, flow(root, { name: 'Ada' }, true))).toBe(0);
    expect(readFileSync(join(root, 'out.txt'), 'utf8')).toBe('Ada');
  });

  it('an invalid preset answer is a usage error', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gdpr-wizard-'));
    const run = runWizard(memoryIo(root), {}, flow(root, { name: 'bad' }));
    await expect(run).rejects.toThrow(UsageError);
    await expect(run).rejects.toThrow('answer `name`: not bad');
  });

  it('asks the terminal only for what the preset leaves out, and never when told not to', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gdpr-wizard-'));
    const asked: string[] = [];
    const terminal: Asker = {
      input: (q) => (asked.push(q.name), Promise.resolve('Grace')),
      confirm: () => Promise.reject(new Error('not asked')),
      select: () => Promise.reject(new Error('not asked')),
      checkbox: () => Promise.reject(new Error('not asked')),
    };
    const deps = { terminal: () => Promise.resolve(terminal) };
    const tty = memoryIo(root, {}, true);
    expect(await runWizard(tty, deps, flow(root, {}))).toBe(0);
    expect(asked).toEqual(['name']);
    expect(readFileSync(join(root, 'out.txt'), 'utf8')).toBe('Grace');
    const none = memoryIo(root, {}, true);
    expect(await runWizard(none, deps, { ...flow(root, {}, true), terminal: false })).toBe(2);
    expect(asked).toEqual(['name']);
  });

  it('writes an update in place without --force, and checks every new file before the first write', () => {
    const root = mkdtempSync(join(tmpdir(), 'gdpr-wizard-'));
    writeFileSync(join(root, 'record.yaml'), 'old');
    writeFileSync(join(root, 'b.txt'), 'kept');
    const io = memoryIo(root);
    expect(() =>
      writeFiles(io, [
        { abs: join(root, 'a.txt'), content: 'a' },
        { abs: join(root, 'b.txt'), content: 'b' },
        { abs: join(root, 'record.yaml'), content: 'new', replace: true },
      ]),
    ).toThrow('b.txt already exists; nothing was written (use --force to replace it)');
    expect(existsSync(join(root, 'a.txt'))).toBe(false);
    expect(readFileSync(join(root, 'record.yaml'), 'utf8')).toBe('old');
    expect(
      writeFiles(io, [{ abs: join(root, 'record.yaml'), content: 'new', replace: true }]),
    ).toEqual(['record.yaml']);
    expect(readFileSync(join(root, 'record.yaml'), 'utf8')).toBe('new');
  });

  it('`--answers -` reads the answers from standard input (built CLI)', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'gdpr-wizard-'));
    const r = gdpr(
      [
        'init',
        'register',
        '--answers',
        '-',
        '--yes',
        '--sectors',
        'customers',
        '--today',
        '2026-11-23',
      ],
      { cwd, input: 'org_name: Atelier Exemple SARL\ncountry: FR\n' },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(cwd, 'register', 'gdpr.yaml'), 'utf8')).toContain(
      'Atelier Exemple SARL',
    );
  });
});
