import { relative, sep } from 'node:path';

/** How a finding names a file: relative to the working directory, `/`-separated (`.` for itself). */
export function displayPath(absPath: string, cwd: string): string {
  const rel = relative(cwd, absPath);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}
