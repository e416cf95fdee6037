// Preloaded with `node --import`: records every module URL the process resolves (ESM and the
// CommonJS modules it imports) to the file named by GDPR_IMPORT_LOG, one per line.
import { register } from 'node:module';
import { createRequire } from 'node:module';
import { appendFileSync } from 'node:fs';

const log = process.env.GDPR_IMPORT_LOG;
register('./record-imports-hooks.mjs', import.meta.url, { data: { log } });
// CommonJS requires (e.g. from a CJS dependency) do not pass through the ESM hooks.
const Module = createRequire(import.meta.url)('node:module');
const original = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const resolved = original.call(this, request, ...rest);
  if (log) appendFileSync(log, `${resolved}\n`);
  return resolved;
};
