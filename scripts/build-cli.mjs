// Bundles the command line (dist/cli.js and everything it imports) into dist/cli/ (run by
// `npm run build` after tsc and the validators): starting `gdpr` then reads a few files instead of
// resolving, reading and compiling some two hundred modules one by one (the project's and those of
// yaml and commander), which cost more than the work of `gdpr check` on a small register.
// - dist/cli/cli.js is the entry; each command stays a chunk of its own, imported by its action,
//   so a command still loads only what it uses (test/e2e/startup.test.ts);
// - dist/cli.js becomes a one-line re-export of it, so bin/gdpr.js and its tests are unchanged;
// - the rest of dist/ (the programmatic API, dist/index.js) is tsc's output as before.
// The files that locate the package by their own place stay outside the bundle and are imported
// from it: dist/paths.js (the package root), dist/vendor/date-fns.js (its locales beside it) and
// dist/validators.cjs. The bundle sits two levels below the package root, as the modules it holds
// did, so their other relative URLs (data/law/) still resolve.
// Only the light dependencies every command starts with are bundled; the others (prompts,
// spreadsheets, the browser, ajv's runtime required by the validators) load from node_modules,
// by the command that needs them.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = resolve(ROOT, 'dist');
const OUT = resolve(DIST, 'cli');

/** Dependencies inlined into the bundle; every other package is imported at run time. */
const INLINE = new Set([
  'yaml',
  'commander',
  '@commander-js/extra-typings',
  '@date-fns/tz',
  'tinyduration',
  'fastest-levenshtein',
  'ajv-formats',
  'handlebars',
  'chalk',
]);
/**
 * Built files imported by the bundle rather than copied into it (see above), and
 * documents/xlsx.js: a module a command imports on demand is inlined behind a lazy wrapper, but
 * its imports of packages left outside would become static imports at the top of the bundle, so
 * the xlsx writer stays a file of its own and `gdpr register` loads fflate only for xlsx.
 */
const KEEP = new Set(
  ['paths.js', 'errors.js', 'vendor/date-fns.js', 'validators.cjs', 'documents/xlsx.js'].map((f) =>
    resolve(DIST, f),
  ),
);

const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
const external = Object.keys({
  ...pkg.dependencies,
  ...pkg.devDependencies,
  ...pkg.optionalDependencies,
})
  .filter((name) => !INLINE.has(name))
  .flatMap((name) => [name, `${name}/*`]);

/**
 * Imports of KEEP files become imports of the built file, relative to dist/cli/; so do those
 * `alsoOutside(target, importer, kind)` names, of a file that is itself bundled there (a command).
 */
const keepOutside = (alsoOutside) => ({
  name: 'keep-outside',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const target = resolve(dirname(args.importer), args.path);
      if (!args.importer.startsWith(DIST)) return undefined;
      if (KEEP.has(target))
        return { path: relative(OUT, target).split('\\').join('/'), external: true };
      if (alsoOutside(target, args.importer, args.kind))
        return { path: `./${relative(COMMANDS, target)}`, external: true };
      return undefined;
    });
  },
});

/**
 * Handlebars loads the source-map library only to map the templates it compiles back to their
 * files, which gdpr never asks for (no `srcName`); without it, it keeps the compiled code in
 * plain strings, the same code (its own fallback, as in a browser).
 */
const noSourceMap = {
  name: 'no-source-map',
  setup(b) {
    b.onResolve({ filter: /^source-map$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'handlebars')}`)
        ? { path: 'source-map', namespace: 'no-source-map' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'no-source-map' }, () => ({
      contents: 'module.exports = {};',
      loader: 'js',
    }));
  },
};

/**
 * Commander requires node:child_process when it loads, for subcommands run as separate programs,
 * which gdpr has none of; child_process brings net, dgram and streams with it, a few
 * milliseconds of every start. Commander gets it on first use instead.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'commander')}`)
        ? { path: 'child_process', namespace: 'lazy-child-process' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents:
        "let m; module.exports = new Proxy({}, { get: (_, k) => (m ??= require('node:child_process'))[k] });",
      loader: 'js',
    }));
  },
};

/**
 * Node's built-in modules, imported by the bundled code as ES modules, are required instead.
 * Importing a built-in as an ES module first reads every export of it, getters included:
 * `node:crypto` then loads Web Crypto, `node:process` the diagnostic report, `node:fs` its promise
 * API (about 10 ms of each start together). A required module is read property by property, as
 * the code uses it.
 */
const BUILTIN = new RegExp(
  `^(node:)?(${builtinModules.map((m) => m.replace(/[/]/g, '\\/')).join('|')})$`,
);
const builtinsRequired = {
  name: 'builtins-required',
  setup(b) {
    b.onResolve({ filter: BUILTIN }, (args) =>
      args.kind === 'import-statement'
        ? { path: args.path.replace(/^node:/, ''), namespace: 'builtin-required' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'builtin-required' }, (args) => ({
      contents: `module.exports = require('node:${args.path}');`,
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  legalComments: 'none',
  logLevel: 'warning',
  // The CommonJS dependencies inlined (yaml, commander…) require Node's built-in modules.
  banner: {
    js: "import { createRequire as __gdprRequire } from 'node:module'; const require = __gdprRequire(import.meta.url);",
  },
};

const COMMANDS = resolve(DIST, 'commands');
const commands = readdirSync(COMMANDS).filter((f) => f.endsWith('.js') && f !== 'specs.js');
const entry = resolve(DIST, 'cli.js');
const tscEntry = resolve(DIST, 'cli.tsc.js');
rmSync(OUT, { recursive: true, force: true });
// The tsc output of cli.ts is the entry; read from a copy so that dist/cli.js can be replaced.
writeFileSync(tscEntry, readFileSync(entry));
try {
  // The program: commander and the declarations of every command; each command's module, which
  // its action imports, is the bundle of that command.
  await build({
    ...common,
    entryPoints: [{ in: tscEntry, out: 'cli' }],
    outdir: OUT,
    plugins: [
      keepOutside(
        (target, importer) =>
          importer === tscEntry && commands.some((f) => target === resolve(COMMANDS, f)),
      ),
      lazyChildProcess,
      builtinsRequired,
    ],
  });
  // One bundle per command, each whole: one file to read when the command runs. A module of
  // commands/ that a command imports on demand is a bundle of its own, read only when imported
  // (check-engine.js: the rules and the engine, which check-cached.js, `gdpr check --cache`,
  // loads only when it cannot replay; check.js has them inside). Modules in subfolders of
  // commands/ are parts of a command, inlined into its bundle.
  await build({
    ...common,
    entryPoints: commands.map((f) => ({ in: resolve(COMMANDS, f), out: f.slice(0, -3) })),
    outdir: OUT,
    plugins: [
      keepOutside(
        (target, importer, kind) =>
          kind === 'dynamic-import' &&
          target !== importer &&
          commands.some((f) => target === resolve(COMMANDS, f)),
      ),
      noSourceMap,
      lazyChildProcess,
      builtinsRequired,
    ],
  });
} finally {
  rmSync(tscEntry, { force: true });
}
writeFileSync(
  entry,
  "// Generated by scripts/build-cli.mjs: the command line is bundled in dist/cli/.\nexport * from './cli/cli.js';\n",
);
