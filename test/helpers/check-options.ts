import type { CheckOptions } from '../../src/check/engine.js';
import { RULES } from '../../src/rules/index.js';

/** The options of a check of `root` with every rule, judged at noon UTC on `today`. */
export function checkOptions(root: string, today = '2026-12-05'): CheckOptions {
  return {
    today,
    now: new Date(`${today}T12:00:00Z`),
    cwd: root,
    rules: RULES,
    registerLanguage: true,
  };
}
