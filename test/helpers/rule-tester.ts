import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { checkRegister } from '../../src/check/engine.js';
import type { Rule } from '../../src/check/rule.js';
import { makeRegister } from './register.js';

export interface RuleCase {
  name: string;
  /** Files added to (or replacing, or with `null` removing) the base register. */
  files: Readonly<Record<string, string | null>>;
  today?: string;
  now?: string;
}

export interface ExpectedFinding {
  file: string;
  line: number;
  column: number;
  /** Substring the message must contain. */
  message?: string;
  severity?: 'error' | 'warning';
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedFinding[];
}

/** Rules about the files themselves: their cases are meant to break YAML or the schemas. */
const FORMAT_RULES = new Set(['yaml-syntax', 'schema', 'duplicate-id']);

export async function runRule(rule: Rule, c: RuleCase): Promise<Diagnostic[]> {
  const root = makeRegister(c.files);
  const today = c.today ?? '2026-11-23';
  const { register, diagnostics } = await checkRegister(root, {
    today,
    now: new Date(c.now ?? `${today}T00:00:00Z`),
    cwd: root,
    rules: [rule],
  });
  // A legal rule sees only schema-valid records: a case whose YAML breaks the schema would pass
  // as "valid" for the wrong reason (its record is simply absent). Every case must load cleanly.
  if (!FORMAT_RULES.has(rule.meta.id)) {
    expect(
      register.problems.map((p) => `${p.file.relPath}: ${p.message}`),
      `case "${c.name}" must load without YAML or schema problems`,
    ).toEqual([]);
  }
  return diagnostics;
}

/**
 * ESLint's RuleTester, for register rules: each valid case yields no finding of the rule; each
 * invalid case yields exactly the findings listed, at the line and column given.
 */
export function ruleTester(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(`rule ${rule.meta.id}`, () => {
    it('has complete metadata', () => {
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(rule.meta.docs.why.length).toBeGreaterThan(10);
      expect(rule.meta.docs.fix.length).toBeGreaterThan(5);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        const found = await runRule(rule, c);
        expect(found.map(show)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, async () => {
        const found = await runRule(rule, c);
        for (const d of found) expect(d.message).not.toMatch(/\{\{/);
        expect(found.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(
          c.errors.map((e) => `${e.file}:${e.line}:${e.column}`),
        );
        c.errors.forEach((e, i) => {
          const d = found[i]!;
          expect(d.rule).toBe(rule.meta.id);
          if (e.message) expect(d.message).toContain(e.message);
          if (e.severity) expect(d.severity).toBe(e.severity);
          if (rule.meta.article) expect(d.article).toBe(rule.meta.article);
        });
      });
    }
  });
}

function show(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`;
}
