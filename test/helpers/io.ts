import type { Io } from '../../src/io.js';

export interface MemoryIo extends Io {
  out(): string;
  err(): string;
}

export function memoryIo(
  cwd: string,
  env: Record<string, string | undefined> = {},
  interactive = false,
): MemoryIo {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s) },
    cwd,
    env,
    interactive,
    out: () => out,
    err: () => err,
  };
}
