import { readFileSync } from 'node:fs';
import { runLoggingImports } from '../helpers/imports.js';
import { describe, expect, it } from 'vitest';
import { validatorsCode } from '../../scripts/build-validators.mjs';
import { REGISTER_FORMATS } from '../../src/register/formats.js';
import { validatorKinds } from '../../src/register/kinds.js';
import { VALIDATORS_FILE } from '../../src/register/validate.js';

describe('validators compiled at build time', () => {
  it('dist/validators.cjs is fresh against schemas/ (run `npm run build` after changing a schema)', () => {
    expect(readFileSync(VALIDATORS_FILE, 'utf8')).toBe(
      validatorsCode(REGISTER_FORMATS, validatorKinds()),
    );
  });

  it('`gdpr check`, `due` and `notice` compile no schema when they run', () => {
    for (const args of [
      ['check', 'examples/atelier-durand', '--today', '2026-11-23', '--format', 'json'],
      ['due', 'examples/atelier-durand', '--today', '2026-11-23'],
      ['notice', 'candidates', 'examples/atelier-durand', '--lang', 'fr'],
    ]) {
      const { modules: loaded, result: r } = runLoggingImports(args);
      expect(r.stderr, args.join(' ')).toBe('');
      expect(
        loaded.some((m) => m.endsWith('/dist/validators.cjs')),
        args[0],
      ).toBe(true);
      // ajv's compiler (core, compile/) is never loaded: only its small runtime helpers are.
      expect(
        loaded.filter((m) => /\/node_modules\/ajv\/dist\/(core|ajv|compile\/)/.test(m)),
        args[0],
      ).toEqual([]);
    }
  });
});
