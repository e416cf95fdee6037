import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  builtInTemplates,
  modesOf,
  precompiledModule,
  PRECOMPILED_DIR,
} from '../../scripts/build-templates.mjs';
import { runLoggingImports } from '../helpers/imports.js';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('templates compiled at build time', () => {
  it('dist/templates/ is fresh against templates/ (run `npm run build` after changing one)', () => {
    const expected = new Map<string, string>();
    for (const { name, source } of builtInTemplates())
      for (const mode of modesOf(name))
        expected.set(`${name}.${mode}.cjs`, precompiledModule(source, mode));
    expect(expected.size).toBeGreaterThan(40);
    const built = files(PRECOMPILED_DIR).map((f) =>
      relative(PRECOMPILED_DIR, f).split('\\').join('/'),
    );
    expect(built.sort()).toEqual([...expected.keys()].sort());
    for (const [name, code] of expected)
      expect(readFileSync(join(PRECOMPILED_DIR, name), 'utf8'), name).toBe(code);
  });

  it('`gdpr notice` loads the compiled templates it uses, and not intl-messageformat', () => {
    const args = ['notice', 'candidates', 'examples/atelier-durand', '--lang', 'fr'];
    const { modules, result } = runLoggingImports(args);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const templates = modules.filter((m) => m.includes('/dist/templates/'));
    expect(templates.some((m) => m.endsWith('/notice.md.hbs.text.cjs'))).toBe(true);
    // Partials load when a template first calls one: the record's are not a notice's.
    expect(templates.filter((m) => m.includes('register-'))).toEqual([]);
    expect(modules.filter((m) => m.includes('intl-messageformat'))).toEqual([]);
    expect(existsSync(join(PRECOMPILED_DIR, 'notice.md.hbs.text.cjs'))).toBe(true);
  });
});
