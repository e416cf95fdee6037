/**
 * The layers of src/, lowest first, and the check that no import runs upward.
 *
 * A module may import from its own layer's folder and from any lower layer; never from a
 * higher one, nor from a sibling folder of the same layer (features do not lean on each
 * other: shared work moves down). Type-only imports count too: a type is a dependency.
 * Run `node scripts/layers.mjs` (part of `npm run lint`); test/architecture/layers.test.ts
 * runs the same check. docs/ARCHITECTURE.md draws the same order.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Lowest first. A name is a folder of src/ or a top-level module of src/ (without .ts). */
export const LAYERS = [
  ['types', 'diagnostics', 'errors', 'io', 'paths', 'color', 'json', 'vendor', 'builtins'],
  ['version', 'locale', 'fingerprint'],
  ['law', 'fsx'],
  ['options', 'prompts', 'render'],
  ['register', 'output'],
  ['model'],
  ['check'],
  ['rules', 'formatters'],
  [
    'documents',
    'calendar',
    'breach',
    'requests',
    'dpia',
    'init',
    'drift',
    'history',
    'import',
    'site',
  ],
  ['commands'],
  ['cli', 'index'],
];

const srcRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function unitOf(root, path) {
  const first = relative(root, path).split(sep)[0] ?? '';
  return first.replace(/\.(ts|js)$/, '');
}

function layerOf(unit) {
  return LAYERS.findIndex((layer) => layer.includes(unit));
}

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Every violation as `file: imports target (layer a → layer b)`; empty when the house holds. */
export function layerViolations(root = srcRoot) {
  const problems = [];
  for (const file of sources(root)) {
    const from = unitOf(root, file);
    const fromLayer = layerOf(from);
    const shown = relative(join(root, '..'), file);
    if (fromLayer < 0) {
      problems.push(
        `${shown}: src/${from} is in no layer (add it to LAYERS in scripts/layers.mjs)`,
      );
      continue;
    }
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2];
      const target = normalize(join(dirname(file), spec));
      if (!target.startsWith(root + sep)) continue;
      const to = unitOf(root, target);
      if (to === from) continue;
      const toLayer = layerOf(to);
      if (toLayer < 0) problems.push(`${shown}: imports ${spec}, in no layer`);
      else if (toLayer > fromLayer)
        problems.push(`${shown}: imports ${spec} (${from} → ${to}, upward)`);
      else if (toLayer === fromLayer)
        problems.push(`${shown}: imports ${spec} (${from} → ${to}, same layer)`);
    }
  }
  return problems.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = layerViolations();
  for (const p of problems) console.error(p);
  if (problems.length > 0) {
    console.error(`${problems.length} import(s) break the layer order (docs/ARCHITECTURE.md).`);
    process.exit(1);
  }
}
