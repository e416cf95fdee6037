import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(REPO_ROOT, 'bin', 'gdpr.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the BUILT binary (npm test builds first) with a minimal environment and NO_COLOR=1. */
export function gdpr(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; input?: string; timeout?: number } = {},
): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...(options.env ?? {}) },
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: options.timeout ?? 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
