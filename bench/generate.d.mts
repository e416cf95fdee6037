/** Writes a synthetic, valid register with `n` activities into `dir` (see generate.mjs). */
export function generateRegister(dir: string, n: number): void;
/** Removes the English name of every activity of a generated register: one warning each. */
export function oneWarningPerFile(dir: string): void;
