// Bundles the part of date-fns the project uses into dist/vendor/ (run by `npm run build` after
// tsc), so that an installed package needs no date-fns (27 MB) at run time:
// - dist/vendor/date-fns.js: src/vendor/date-fns.ts with the functions it re-exports inlined;
// - dist/vendor/date-fns-locale/<tag>.cjs: every locale date-fns ships, one file each, loaded
//   by tag (`date_locale` in locales/<lang>/meta.json), so a new language needs no code.
// test/vendor/date-fns.test.ts checks the bundle against the package.
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${ROOT}dist/vendor/`;
const LOCALES = `${ROOT}node_modules/date-fns/locale/`;

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
};

await build({
  ...common,
  entryPoints: [`${ROOT}src/vendor/date-fns.ts`],
  outfile: `${OUT}date-fns.js`,
  format: 'esm',
  allowOverwrite: true,
});

const tags = readdirSync(LOCALES)
  // cdn.js is the package's browser bundle of all locales, not a locale.
  .filter((name) => name !== 'cdn.js' && /^[a-z]{2,3}(-[A-Z][A-Za-z]{1,3})?\.js$/.test(name))
  .map((name) => name.slice(0, -3));
rmSync(`${OUT}date-fns-locale`, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: tags.map((tag) => ({ in: `${LOCALES}${tag}.js`, out: tag })),
  outdir: `${OUT}date-fns-locale`,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  minifyWhitespace: true,
});
