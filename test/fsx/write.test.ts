import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { memoryIo } from '../helpers/io.js';
import { makeRegister } from '../helpers/register.js';

/** File-system errors on output are usage errors (exit 2) naming the path and the cause. */
describe('write errors: one line naming the path and the cause, never "internal error"', () => {
  const cases: { name: string; output: (root: string) => string; message: RegExp }[] = [
    {
      name: '--output is a folder (EISDIR)',
      output: (root) => {
        mkdirSync(join(root, 'outdir'));
        return 'outdir';
      },
      message: /^gdpr: cannot write .*outdir: it is a folder; give a file name\n$/,
    },
    {
      name: 'a parent of --output is a file (ENOTDIR)',
      output: (root) => {
        writeFileSync(join(root, 'plain'), 'x');
        return 'plain/report.json';
      },
      message:
        /^gdpr: cannot write .*plain\/report\.json: a parent of it is a file, not a folder \(ENOTDIR\)\n$/,
    },
    {
      name: 'a folder the tool cannot write to (EACCES)',
      output: () => '/sys/gdpr-report.json',
      message: /^gdpr: cannot write \/sys\/gdpr-report\.json: permission denied \(EACCES\)\n$/,
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const root = makeRegister();
      const io = memoryIo(root);
      const code = await run(
        ['check', '.', '--today', '2026-11-23', '--output', c.output(root)],
        io,
      );
      expect(io.err()).not.toContain('internal error');
      expect(io.err()).toMatch(c.message);
      expect(code).toBe(2);
    });
  }
});
