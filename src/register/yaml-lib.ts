import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let lib: typeof Yaml | undefined;

/**
 * The yaml library, loaded when a file first needs it: a register written in the YAML that
 * `quickParse` reads never does, and a command then starts without it (yaml is half of the
 * bundle of `gdpr check`). In the bundle (scripts/build-cli.mjs), `require` is defined and the
 * literal `require('yaml')` is the library inlined behind a lazy wrapper; in tsc's output, an
 * ES module, `require` is undefined and Node loads the package.
 */
export function yamlLib(): typeof Yaml {
  if (lib !== undefined) return lib;
  if (typeof require === 'function')
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle's lazy wrapper (above)
    lib = require('yaml') as typeof Yaml;
  else lib = createRequire(import.meta.url)('yaml') as typeof Yaml;
  return lib;
}
