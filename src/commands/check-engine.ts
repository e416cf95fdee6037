/**
 * What `gdpr check` needs only to check a register, not when its cache replays the findings: the
 * rules, the engine and the half of the cache that reads the files. check.ts imports it, so its
 * bundle holds it; check-cached.ts imports it on demand, from a bundle of its own.
 */
import { checkRegister, type CheckOptions, type CheckResult } from '../check/engine.js';
import { RULES } from '../rules/index.js';

export { RULES };
export { CacheRun } from '../check/cache-compute.js';

/** One register checked with every rule of the tool. */
export function checkWithRules(
  root: string,
  options: Omit<CheckOptions, 'rules'>,
): Promise<CheckResult> {
  return checkRegister(root, { ...options, rules: RULES });
}
