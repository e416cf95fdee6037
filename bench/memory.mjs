// Peak memory of `gdpr check` on registers with one large file just below the 4 MB cap: many
// short entries (the worst case for a YAML parser), in a catalogue and in an activity. Prints the
// peak resident memory (from /usr/bin/time) beside the goal; exit 1 when a run exceeds it.
// Run after `npm run build`: `node bench/memory.mjs`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRegister } from './generate.mjs';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'gdpr.js');
const WORK = join(ROOT, '.bench', 'memory');
const GOAL_MB = 300;
const ENTRIES = 110_000;

const shapes = {
  // 110k catalogue entries of ~35 bytes: 3.9 MB.
  'catalog, 110k entries': (dir) => {
    let s = '';
    for (let i = 0; i < ENTRIES; i++)
      s += `- id: c${String(i).padStart(6, '0')}\n  name: Category ${i}\n`;
    writeFileSync(join(dir, 'catalog', 'data-categories.yaml'), s);
    return 'catalog/data-categories.yaml';
  },
  // One activity with a 110k-item list of short strings.
  'activity, 110k-item list': (dir) => {
    let s = 'name: Big\nstatus: active\nsystems:\n';
    for (let i = 0; i < ENTRIES; i++) s += `  - system-number-${String(i).padStart(6, '0')}\n`;
    writeFileSync(join(dir, 'activities', 'big.yaml'), s);
    return 'activities/big.yaml';
  },
  // Just under the bound on values (50 000): 12 000 catalogue entries, each referenced by no
  // activity (so every one is also a finding of unused-catalog-entry).
  'catalog, 12k entries (48k values)': (dir) => {
    let s = '';
    for (let i = 0; i < 12_000; i++)
      s += `- id: c${String(i).padStart(6, '0')}\n  name: Category ${i}\n`;
    writeFileSync(join(dir, 'catalog', 'security-measures.yaml'), s);
    return 'catalog/security-measures.yaml';
  },
  'activity, 49k-item list': (dir) => {
    let s = 'name: Big\nstatus: active\nsystems:\n';
    for (let i = 0; i < 49_000; i++) s += `  - system-number-${String(i).padStart(6, '0')}\n`;
    writeFileSync(join(dir, 'activities', 'big.yaml'), s);
    return 'activities/big.yaml';
  },
  // A flow sequence: the shortest entries per byte.
  'activity, 1M-item flow list': (dir) => {
    const items = [];
    for (let i = 0; i < 1_000_000; i++) items.push('a');
    writeFileSync(
      join(dir, 'activities', 'flow.yaml'),
      `name: Flow\nsystems: [${items.join(',')}]\n`,
    );
    return 'activities/flow.yaml';
  },
};

function peak(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  const lines = r.stderr.trim().split('\n');
  const kb = Number(lines.pop());
  return { mb: kb / 1024, ms, status: r.status, stderr: lines.join('\n') };
}

let failed = false;
console.log('shape                          size MB  peak MB  goal  seconds  exit  first message');
for (const [name, build] of Object.entries(shapes)) {
  const dir = join(WORK, name.replace(/[^a-z0-9]+/gi, '-'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  generateRegister(dir, 10);
  const rel = build(dir);
  const size = statSync(join(dir, rel)).size / 1024 / 1024;
  const r = peak([BIN, 'check', dir, '--today', '2026-11-23', '--format', 'json']);
  let first;
  try {
    const report = JSON.parse(
      spawnSync(
        process.execPath,
        [BIN, 'check', dir, '--today', '2026-11-23', '--format', 'json'],
        { encoding: 'utf8', maxBuffer: 1 << 30 },
      ).stdout,
    );
    const d = report.diagnostics.find((x) => x.file === rel) ?? report.diagnostics[0];
    first = d ? `${d.file}:${d.line}:${d.column} ${d.message}`.slice(0, 100) : '(none)';
  } catch {
    first = r.stderr.split('\n')[0]?.slice(0, 100) ?? '';
  }
  if (r.mb > GOAL_MB) failed = true;
  console.log(
    `${name.padEnd(30)} ${size.toFixed(1).padStart(7)}  ${r.mb.toFixed(0).padStart(7)}  ${String(GOAL_MB).padStart(4)}  ${(r.ms / 1000).toFixed(1).padStart(7)}  ${String(r.status).padStart(4)}  ${first}`,
  );
}
if (failed) process.exitCode = 1;
