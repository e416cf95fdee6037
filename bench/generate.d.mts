/** Writes a synthetic, valid register with `n` activities into `dir` (see generate.mjs). */
export function generateRegister(dir: string, n: number): void;
