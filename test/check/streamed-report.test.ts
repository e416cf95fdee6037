import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gdpr } from '../helpers/cli.js';
import { EventEmitter } from 'node:events';
import { writeFileAtomicSync } from '../../src/fsx/write.js';
import { emit } from '../../src/output.js';
import type { Io } from '../../src/io.js';

const TODAY = ['--today', '2026-11-23'];

describe('a large JSON report is written in pieces, the same bytes as one string', () => {
  it('stdout and --output hold the report JSON.stringify gives, over several pieces', async () => {
    const { generateRegister, oneWarningPerFile } = await import('../../bench/generate.mjs');
    const root = join(mkdtempSync(join(tmpdir(), 'gdpr-stream-')), 'register');
    generateRegister(root, 300);
    // One warning per activity (an untranslated name): 300 findings, three pieces of 128.
    oneWarningPerFile(root);
    const out = gdpr(['check', root, ...TODAY, '--format', 'json'], { cwd: root });
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout) as { summary: { warnings: number } };
    expect(report.summary.warnings).toBe(300);
    expect(out.stdout).toBe(`${JSON.stringify(report, null, 2)}\n`);

    const file = gdpr(['check', root, ...TODAY, '--format', 'json', '-o', 'report.json'], {
      cwd: root,
    });
    expect(file.code).toBe(0);
    expect(file.stdout).toBe('');
    expect(readFileSync(join(root, 'report.json'), 'utf8')).toBe(out.stdout);
  });

  it('writeFileAtomicSync writes pieces in order, multi-byte characters whole', () => {
    const target = join(mkdtempSync(join(tmpdir(), 'gdpr-pieces-')), 'out.txt');
    writeFileAtomicSync(target, ['l’', 'été ', '\u{1F600}', '', 'fin\n'], { force: true });
    expect(readFileSync(target, 'utf8')).toBe('l’été \u{1F600}fin\n');
  });
  it('waits for a full stream to drain before the next piece, and stops waiting when it closes', async () => {
    const stream = new EventEmitter();
    const taken: string[] = [];
    let closed = false;
    stream.on('close', () => (closed = true));
    const writer = {
      // Always "full" while open (every next piece waits for a drain); a closed stream drops
      // what it is given, as the command line's EPIPE handler does.
      write: (chunk: string) => {
        taken.push(chunk);
        return closed;
      },
      once: (event: string, listener: () => void) => stream.once(event, listener),
      off: (event: string, listener: () => void) => stream.off(event, listener),
    };
    const io = { stdout: writer, stderr: writer, cwd: '/', env: {}, interactive: false } as Io;
    const done = emit(io, ['a', 'b', 'c'], undefined);
    await new Promise((r) => setImmediate(r));
    expect(taken).toEqual(['a']);
    stream.emit('drain');
    await new Promise((r) => setImmediate(r));
    expect(taken).toEqual(['a', 'b']);
    // The reader went away: no drain will come; the wait ends, the last piece is offered.
    stream.emit('close');
    await done;
    expect(taken).toEqual(['a', 'b', 'c']);
    expect(stream.listenerCount('drain')).toBe(0);
  });
});
