import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLoggingImports } from '../helpers/imports.js';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';

/** Every module a command makes the process resolve. */
function modulesLoadedBy(args: string[]): string[] {
  const { modules, result } = runLoggingImports(args);
  expect(result.stderr).toBe('');
  return modules;
}

const COMMAND_ONLY = [
  '@inquirer',
  'handlebars',
  'exceljs',
  'fflate',
  'playwright-core',
  'ical-generator',
  'date-holidays',
];

describe('startup: a command loads only what it uses', () => {
  it('`gdpr check` loads no prompt, template, spreadsheet, browser or calendar library', () => {
    const loaded = modulesLoadedBy([
      'check',
      'examples/atelier-durand',
      '--today',
      '2026-11-23',
      '--format',
      'json',
    ]);
    expect(loaded.some((m) => m.includes('/dist/cli.js'))).toBe(true);
    expect(loaded.some((m) => m.includes('/node_modules/ajv/'))).toBe(true);
    for (const lib of COMMAND_ONLY.filter((l) => l !== 'date-holidays')) {
      expect(
        loaded.filter((m) => m.includes(`/node_modules/${lib}`)),
        lib,
      ).toEqual([]);
    }
  });

  it('`gdpr --version` loads neither the CLI nor any dependency', () => {
    const loaded = modulesLoadedBy(['--version']);
    expect(loaded.filter((m) => m.includes('/node_modules/') || m.includes('/dist/'))).toEqual([]);
  });

  it('`gdpr rules` loads no schema validator and no command-only library', () => {
    const loaded = modulesLoadedBy(['rules', '--format', 'json']);
    for (const lib of [...COMMAND_ONLY, 'ajv/'])
      expect(
        loaded.filter((m) => m.includes(`/node_modules/${lib}`)),
        lib,
      ).toEqual([]);
  });
});

/** 1 500 activities, each with warnings (no German texts): an output far over a pipe's buffer. */
async function manyWarnings(): Promise<string> {
  const { generateRegister } = await import('../../bench/generate.mjs');
  const dir = join(mkdtempSync(join(tmpdir(), 'gdpr-pipe-')), 'register');
  generateRegister(dir, 1500);
  writeFileSync(
    join(dir, 'gdpr.yaml'),
    readFileSync(join(dir, 'gdpr.yaml'), 'utf8').replace(
      'languages: [fr, en]',
      'languages: [fr, en, de]',
    ),
  );
  return dir;
}

describe('output to a closed pipe', () => {
  it('`gdpr check … | head -1` ends quietly, without an EPIPE crash', async () => {
    // Many warnings (no German texts) and one error (a dangling reference) at the end.
    const dir = await manyWarnings();
    const last = join(dir, 'activities', 'activity-01499.yaml');
    writeFileSync(
      last,
      readFileSync(last, 'utf8').replace('department: sales', 'department: nowhere'),
    );
    const r = spawnSync(
      'bash',
      [
        '--norc',
        '--noprofile',
        '-c',
        `"${process.execPath}" "${BIN}" check "${dir}" --today 2026-11-23 | head -1; exit \${PIPESTATUS[0]}`,
      ],
      { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } },
    );
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.status).toBe(1);
  });
  it('`gdpr check --format json … | head -c 300`: the report in pieces stops quietly when the reader goes', async () => {
    // 1 500 warnings: a report of several pieces.
    const dir = await manyWarnings();
    const r = spawnSync(
      'bash',
      [
        '--norc',
        '--noprofile',
        '-c',
        `"${process.execPath}" "${BIN}" check "${dir}" --today 2026-11-23 --format json | head -c 300; exit \${PIPESTATUS[0]}`,
      ],
      { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, timeout: 60_000 },
    );
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    // 300 bytes: fewer characters where a French message has accents.
    expect(r.stdout.length).toBeGreaterThan(250);
    expect(r.stdout.length).toBeLessThanOrEqual(300);
    expect(r.stdout.startsWith('{\n  "version": 1,')).toBe(true);
    expect(r.status).toBe(0);
  });
});
