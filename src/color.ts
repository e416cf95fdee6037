/**
 * Colour is decided once, here, and passed down (chalk 5 ignores NO_COLOR):
 * `--color`/`--no-color`, then NO_COLOR, then FORCE_COLOR, then whether the stream is a TTY.
 */
export function decideColor(
  flag: boolean | undefined,
  env: Record<string, string | undefined>,
  isTTY: boolean | undefined,
): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return Boolean(isTTY);
}
