import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runLoggingImports } from '../helpers/imports.js';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';

/** The built files (under dist/) a command makes the process load, relative to the package. */
function builtFilesLoadedBy(args: string[]): string[] {
  const { modules, result } = runLoggingImports(args);
  expect(result.stderr).toBe('');
  const files = modules
    // ESM imports are logged as URLs, CommonJS requires as paths (node: built-ins as names).
    .filter((u) => u.startsWith('file:') || isAbsolute(u))
    .map((u) => relative(REPO_ROOT, u.startsWith('file:') ? fileURLToPath(u) : u))
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.startsWith('dist/'));
  return [...new Set(files)].sort();
}

/** The packages bundled into a built file (esbuild marks each inlined module with its path). */
function packagesIn(file: string): string[] {
  const text = readFileSync(join(REPO_ROOT, file), 'utf8');
  const names = [...text.matchAll(/^\/\/ node_modules\/((?:@[^/\n]+\/)?[^/\n]+)\//gm)].map(
    (m) => m[1] ?? '',
  );
  return [...new Set(names)].sort();
}

const EXAMPLE = ['examples/atelier-durand', '--today', '2026-11-23'];

describe('the bundled command line (scripts/build-cli.mjs)', () => {
  it('`gdpr check` reads the program and its own bundle, not the modules one by one', () => {
    expect(builtFilesLoadedBy(['check', ...EXAMPLE, '--format', 'json'])).toEqual([
      'dist/cli.js',
      'dist/cli/check.js',
      'dist/cli/cli.js',
      'dist/errors.js',
      'dist/io.js',
      'dist/paths.js',
      'dist/validators.cjs',
      'dist/vendor/date-fns.js',
    ]);
  });

  it('`gdpr due` and `gdpr notice` load no other command', () => {
    const due = builtFilesLoadedBy(['due', ...EXAMPLE]).filter((f) => f.startsWith('dist/cli/'));
    expect(due).toEqual(['dist/cli/cli.js', 'dist/cli/due.js']);
    const notice = builtFilesLoadedBy([
      'notice',
      'candidates',
      'examples/atelier-durand',
      '--lang',
      'fr',
    ]).filter((f) => f.startsWith('dist/cli/'));
    expect(notice).toEqual(['dist/cli/cli.js', 'dist/cli/notice.js']);
  });

  it('what `check` and `due` load holds no template, prompt, spreadsheet or calendar library', () => {
    const loaded = [
      ...builtFilesLoadedBy(['check', ...EXAMPLE, '--format', 'json']),
      ...builtFilesLoadedBy(['due', ...EXAMPLE]),
    ].filter((f) => f.endsWith('.js'));
    const inlined = [...new Set(loaded.flatMap(packagesIn))].sort();
    expect(inlined.length).toBeGreaterThan(0);
    for (const lib of ['handlebars', 'source-map', '@inquirer', 'exceljs', 'fflate', 'ical'])
      expect(
        inlined.filter((p) => p.startsWith(lib)),
        lib,
      ).toEqual([]);
  });

  it('the program alone (help, version of a command) holds no register reader', () => {
    expect(packagesIn('dist/cli/cli.js')).toEqual(['@commander-js/extra-typings', 'commander']);
  });
});
