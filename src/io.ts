/** Everything a command touches of the outside world, injected (markdownlint-cli2 style). */
export interface Writer {
  /** False when the stream holds more than it wants: wait for `drain` (Node's streams). */
  write(chunk: string): unknown;
  once?(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  off?(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  isTTY?: boolean;
  /** Width of the terminal, when the stream is one (Node's `process.stdout.columns`). */
  columns?: number;
}

export interface Io {
  stdout: Writer;
  stderr: Writer;
  cwd: string;
  env: Record<string, string | undefined>;
  /** True when the user can answer prompts (stdin and stdout are terminals and CI is not set). */
  interactive: boolean;
}

export function processIo(): Io {
  const env = process.env;
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env,
    interactive: process.stdin.isTTY && process.stdout.isTTY && !ci,
  };
}
