// `node bench/parse-workers.mjs <register> <workers>` (after a build): checks a register with its
// activity files read and parsed first in that many worker threads (0: none, as `gdpr check`),
// and prints the wall time and the CPU time of the process (workers included). Measured on a
// 2-core machine shared with other jobs, 10 000 activities: 2 workers cost about 1.5× the CPU
// time and were slower in wall time too (each worker loads and warms the parser, and the parses
// are copied back to the main thread, which still reads every file) — so `check` parses in one
// thread. Run it again on a machine with more free cores before revisiting that decision.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
const D = '../dist/';
if (!isMainThread) {
  const { parseFile, MAX_FILE_BYTES } = await import(D + 'register/parse.js');
  const { readRegisterFile } = await import(D + 'fsx/read.js');
  const { contentHash, entryOf, packEntries } = await import(D + 'check/parsed-files.js');
  const out = new Map();
  for (const [abs, rel] of workerData.files) {
    const bytes = readRegisterFile(workerData.root, abs, MAX_FILE_BYTES);
    const e = entryOf(parseFile(abs, rel, 'activity', bytes), contentHash('activity', bytes));
    if (e) out.set(abs, e);
  }
  parentPort.postMessage(packEntries(out));
} else {
  const { checkRegister } = await import(D + 'check/engine.js');
  const { RULES } = await import(D + 'rules/index.js');
  const { ParsedFiles, unpackEntries } = await import(D + 'check/parsed-files.js');
  const root = process.argv[2];
  const n = Number(process.argv[3]);
  const ctx = {
    today: '2026-11-23',
    now: new Date('2026-11-23T12:00:00Z'),
    cwd: root,
    rules: RULES,
    registerLanguage: true,
  };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let opts = ctx;
  if (n > 0) {
    const files = readdirSync(join(root, 'activities'))
      .sort()
      .map((f) => [join(root, 'activities', f), `activities/${f}`]);
    const parts = await Promise.all(
      Array.from(
        { length: n },
        (_, i) =>
          new Promise((res, rej) => {
            const w = new Worker(new URL(import.meta.url), {
              workerData: { root, files: files.filter((_, j) => j % n === i) },
            });
            w.once('message', res);
            w.once('error', rej);
          }),
      ),
    );
    const known = new Map();
    for (const p of parts) for (const [k, v] of unpackEntries(p)) known.set(k, v);
    console.error('workers done', (performance.now() - t0).toFixed(0));
    opts = { ...ctx, parse: new ParsedFiles(known, false).parse };
  }
  const r = await checkRegister(root, opts);
  const u = process.cpuUsage(c0);
  console.log(
    `workers=${n} ${(performance.now() - t0).toFixed(0)} ms wall, ${((u.user + u.system) / 1000).toFixed(0)} ms cpu (process incl. workers), ${r.diagnostics.length} findings`,
  );
}
