// `npm run bench`: the cost of `gdpr check` beside its floor (read + parse + schema-validate the
// same files), the cost of `gdpr --version` beside `node -e 0`, and peak memory. Each command is
// spawned as a user runs it, several times; the median wall time is kept.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRegister } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(ROOT, '.bench');
const BIN = join(ROOT, 'bin', 'gdpr.js');
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function timeIt(args, runs = RUNS) {
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    last = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], result: last };
}

/** Peak resident memory of one run, from /usr/bin/time when present. */
function peakMemoryMb(args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  if (r.error) return undefined;
  const kb = Number(r.stderr.trim().split('\n').pop());
  return Number.isFinite(kb) ? kb / 1024 : undefined;
}

mkdirSync(WORK, { recursive: true });
const rows = [];
for (const n of SIZES) {
  const dir = join(WORK, `register-${n}`);
  generateRegister(dir, n);
  const floor = timeIt([join(ROOT, 'bench', 'floor.mjs'), dir]);
  const check = timeIt([BIN, 'check', dir, '--today', '2026-11-23', '--format', 'json']);
  if (check.result.status !== 0) {
    console.error(`check of the synthetic register (${n}) exited ${check.result.status}:\n${check.result.stdout.slice(0, 2000)}${check.result.stderr}`);
    process.exitCode = 1;
  }
  const mem = peakMemoryMb([BIN, 'check', dir, '--today', '2026-11-23', '--format', 'json']);
  rows.push({ activities: n, floor_ms: floor.ms, check_ms: check.ms, ratio: check.ms / floor.ms, peak_mb: mem });
}
const node0 = timeIt(['-e', '0'], 15);
const version = timeIt([BIN, '--version'], 15);

const f = (x, d = 0) => (x === undefined ? 'n/a' : x.toFixed(d));
console.log('gdpr check beside its floor (read + parse + schema-validate), median of', RUNS, 'runs');
console.log('activities  floor ms  check ms  ratio  target  peak MB');
for (const r of rows) {
  const target = r.activities >= 1000 ? '≤ 1.30' : '—';
  console.log(`${String(r.activities).padStart(10)}  ${f(r.floor_ms).padStart(8)}  ${f(r.check_ms).padStart(8)}  ${f(r.ratio, 2).padStart(5)}  ${target.padStart(6)}  ${f(r.peak_mb).padStart(7)}`);
}
console.log(`\ngdpr --version: ${f(version.ms, 1)} ms; node -e 0: ${f(node0.ms, 1)} ms; ratio ${(version.ms / node0.ms).toFixed(2)} (target ≤ 1.50)`);
