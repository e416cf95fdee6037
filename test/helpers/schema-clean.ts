import { describe, expect, it } from 'vitest';
import { loadRegister } from '../../src/register/load.js';
import { makeRegister } from './register.js';
import type { RuleCase } from './rule-tester.js';

/**
 * A rule sees only schema-valid records, so a case whose YAML breaks the schema would pass as
 * "valid" for the wrong reason (the record is simply not there). This asserts every case of a
 * rule's table loads without a YAML or schema problem.
 */
export function expectSchemaClean(ruleId: string, cases: { valid: readonly RuleCase[]; invalid: readonly RuleCase[] }): void {
  describe(`rule ${ruleId}: test registers`, () => {
    for (const c of [...cases.valid, ...cases.invalid]) {
      it(`loads cleanly: ${c.name}`, () => {
        const register = loadRegister(makeRegister(c.files));
        expect(register.problems.map((p) => `${p.file.relPath}: ${p.message}`)).toEqual([]);
      });
    }
  });
}
