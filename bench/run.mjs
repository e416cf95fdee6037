// `npm run bench`: the cost of `gdpr check` beside its floor (read + parse + schema-validate the
// same files), the cost of `gdpr --version` beside `node -e 0`, and peak memory. Each command is
// spawned as a user runs it, several times; the median wall time is kept.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRegister, oneWarningPerFile } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(ROOT, '.bench');
const BIN = join(ROOT, 'bin', 'gdpr.js');
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function timeIt(args, runs = RUNS) {
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    last = spawnSync(process.execPath, args, {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      maxBuffer: 1 << 28,
    });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], result: last };
}

/**
 * Two commands timed in turns (a, b, a, b…), so that both see the same machine: the ratio is the
 * median of each turn's b / a, steadier than the ratio of two medians taken minutes apart.
 */
function timePaired(aArgs, bArgs, runs = RUNS) {
  const a = [];
  const b = [];
  const ratios = [];
  let lastA;
  let lastB;
  for (let i = 0; i < runs; i++) {
    const ta = timeIt(aArgs, 1);
    const tb = timeIt(bArgs, 1);
    lastA = ta.result;
    lastB = tb.result;
    a.push(ta.ms);
    b.push(tb.ms);
    ratios.push(tb.ms / ta.ms);
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return {
    a: { ms: median(a), result: lastA },
    b: { ms: median(b), result: lastB },
    ratio: median(ratios),
  };
}

/** Peak resident memory of one run, from /usr/bin/time when present. */
function peakMemoryMb(args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 1 << 28,
  });
  if (r.error) return undefined;
  const kb = Number(r.stderr.trim().split('\n').pop());
  return Number.isFinite(kb) ? kb / 1024 : undefined;
}

mkdirSync(WORK, { recursive: true });
const TODAY = ['--today', '2026-11-23'];
const f = (x, d = 0) => (x === undefined ? 'n/a' : x.toFixed(d));
const mark = (ok) => (ok ? 'met' : 'NOT met');

const rows = [];
for (const n of SIZES) {
  for (const variant of ['clean', 'warn']) {
    const dir = join(WORK, `register-${n}-${variant}`);
    generateRegister(dir, n);
    if (variant === 'warn') oneWarningPerFile(dir);
    const paired = timePaired(
      [join(ROOT, 'bench', 'floor.mjs'), dir],
      [BIN, 'check', dir, ...TODAY, '--format', 'json'],
    );
    const floor = paired.a;
    if (floor.result.status !== 0) {
      // A floor that fails measures nothing: stop rather than print a ratio against it.
      console.error(`the floor failed on ${dir}:\n${floor.result.stdout}${floor.result.stderr}`);
      process.exit(1);
    }
    const check = paired.b;
    if (check.result.status !== 0) {
      console.error(
        `check of the synthetic register (${n}, ${variant}) exited ${check.result.status}:\n${check.result.stdout.slice(0, 2000)}${check.result.stderr}`,
      );
      process.exitCode = 1;
    }
    const mem = peakMemoryMb([BIN, 'check', dir, ...TODAY, '--format', 'json']);
    const floorMem = peakMemoryMb([join(ROOT, 'bench', 'floor.mjs'), dir]);
    rows.push({
      activities: n,
      variant,
      floor_ms: floor.ms,
      check_ms: check.ms,
      ratio: paired.ratio,
      peak_mb: mem,
      floor_mb: floorMem,
    });
  }
}
console.log(
  'gdpr check beside its floor (read + parse + schema-validate), run in turns,',
  RUNS,
  'pairs: median times, and the median of the pairs’ ratios; goal ≤ 1.30',
);
console.log('activities  variant  floor ms  check ms  ratio  goal     peak MB  floor MB');
for (const r of rows) {
  console.log(
    `${String(r.activities).padStart(10)}  ${r.variant.padEnd(7)}  ${f(r.floor_ms).padStart(8)}  ${f(r.check_ms).padStart(8)}  ${f(r.ratio, 2).padStart(5)}  ${mark(r.ratio <= 1.3).padEnd(7)}  ${f(r.peak_mb).padStart(7)}  ${f(r.floor_mb).padStart(8)}`,
  );
}
for (const variant of ['clean', 'warn']) {
  const a = rows.find((r) => r.activities === 10000 && r.variant === variant);
  const b = rows.find((r) => r.activities === 50000 && r.variant === variant);
  if (a && b)
    console.log(
      `10k → 50k (${variant}): time ×${f(b.check_ms / a.check_ms, 2)} (goal ≤ 5.5, ${mark(b.check_ms / a.check_ms <= 5.5)}); peak ${f(b.peak_mb)} MB (goal ≤ 300, ${mark((b.peak_mb ?? Infinity) <= 300)})`,
    );
}

// Startup on the example register beside `node -e 0`, each command in turns with it.
const EXAMPLE = join(ROOT, 'examples', 'atelier-durand');
console.log(
  '\nstartup on the example beside node -e 0, 15 pairs in turns: medians, and the median of the pairs’ ratios; goal ≤ 3.00×',
);
for (const [name, args] of [
  ['check', ['check', EXAMPLE, ...TODAY, '--format', 'json']],
  ['due', ['due', EXAMPLE, ...TODAY]],
  ['notice', ['notice', 'candidates', EXAMPLE, '--lang', 'fr']],
]) {
  const t = timePaired(['-e', '0'], [BIN, ...args], 15);
  console.log(
    `  ${name.padEnd(9)} ${f(t.b.ms, 1).padStart(7)} ms  node -e 0 ${f(t.a.ms, 1)} ms  ×${f(t.ratio, 2)}  ${mark(t.ratio <= 3)}`,
  );
}
const version = timePaired(['-e', '0'], [BIN, '--version'], 15);
console.log(
  `  --version ${f(version.b.ms, 1).padStart(7)} ms  node -e 0 ${f(version.a.ms, 1)} ms  ×${f(version.ratio, 2)} (goal ≤ 1.50)`,
);

// Many registers in one run beside one register of the same activities.
if (!process.env.BENCH_SKIP_MANY) {
  const group = join(WORK, 'group');
  for (let i = 0; i < 20; i++) generateRegister(join(group, `r${String(i).padStart(2, '0')}`), 500);
  const big = join(WORK, 'register-10000-clean');
  if (!SIZES.includes(10000)) generateRegister(big, 10000);
  const pair = timePaired(
    [BIN, 'check', big, ...TODAY, '--format', 'json'],
    [BIN, 'check', join(group, '*'), ...TODAY, '--format', 'json'],
    3,
  );
  const many = pair.b;
  const one = pair.a;
  console.log(
    `\n20 × 500 registers in one run: ${f(many.ms)} ms; one 10k register: ${f(one.ms)} ms; ×${f(pair.ratio, 2)} (goal ≤ 1.30, ${mark(pair.ratio <= 1.3)})`,
  );

  // The Art. 30 record at 10k: xlsx beside md, peak memory.
  const out = join(WORK, 'out');
  mkdirSync(out, { recursive: true });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const md = peakMemoryMb([BIN, 'register', big, '--format', 'md', '-o', join(out, 'record.md')]);
  const xlsx = peakMemoryMb([
    BIN,
    'register',
    big,
    '--format',
    'xlsx',
    '-o',
    join(out, 'record.xlsx'),
  ]);
  console.log(
    `record at 10k, peak memory: md ${f(md)} MB, xlsx ${f(xlsx)} MB; ×${f(xlsx / md, 2)} (goal ≤ 1.20, ${mark(xlsx / md <= 1.2)})`,
  );
}
// A cached re-run of an unchanged 10k register beside its cold run.
{
  const big = join(WORK, 'register-10000-clean');
  if (!SIZES.includes(10000) && process.env.BENCH_SKIP_MANY) generateRegister(big, 10000);
  const cacheFile = join(WORK, 'check.cache');
  const args = [BIN, 'check', big, ...TODAY, '--format', 'json', '--cache-location', cacheFile];
  rmSync(cacheFile, { force: true });
  // Two runs first: the first stores the findings, the second (its files now older than a few
  // seconds) the files' status, which the cached runs below replay from.
  for (let i = 0; i < 2; i++)
    spawnSync(process.execPath, args, { env: { ...process.env, NO_COLOR: '1' } });
  // Cold (no cache) and cached runs in turns.
  const paired = timePaired([BIN, 'check', big, ...TODAY, '--format', 'json'], args, 5);
  const cold = paired.a;
  const warm = paired.b;
  console.log(
    `cached re-run of an unchanged 10k register: ${f(warm.ms)} ms; cold ${f(cold.ms)} ms; ×${f(paired.ratio, 2)} (goal ≤ 0.20, ${mark(paired.ratio <= 0.2)})`,
  );
  // One file changed: the cache keeps every other file's parse.
  const file = join(big, 'activities', readdirSync(join(big, 'activities')).sort()[0]);
  const original = readFileSync(file, 'utf8');
  const times = [];
  for (let i = 0; i < 3; i++) {
    writeFileSync(file, `${original}# edit ${i}\n`);
    times.push(timeIt(args, 1).ms);
  }
  writeFileSync(file, original);
  times.sort((a, b) => a - b);
  const changed = times[1];
  console.log(
    `cached run of a 10k register with one file changed: ${f(changed)} ms; ×${f(changed / cold.ms, 2)} of cold (goal ≤ 0.50, ${mark(changed / cold.ms <= 0.5)})`,
  );
}
