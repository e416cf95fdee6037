import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { gdpr } from '../helpers/cli.js';

interface Report {
  summary: { errors: number; warnings: number };
  diagnostics: { rule: string; severity: string; file: string; line: number; column: number }[];
}

function check(example: string): { code: number | null; report: Report } {
  const r = gdpr(['check', `examples/${example}`, '--today', '2026-11-23', '--format', 'json']);
  return { code: r.code, report: JSON.parse(r.stdout) as Report };
}

describe('the example registers', () => {
  it('atelier-durand: a complete register with 0 errors (exit 0)', () => {
    const { code, report } = check('atelier-durand');
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });

  it('atelier-durand stays free of errors on any later day (README: `npx gdpr check examples/atelier-durand`)', () => {
    for (const today of ['2027-06-30', '2031-12-31']) {
      const r = gdpr(['check', 'examples/atelier-durand', '--today', today, '--format', 'json']);
      const report = JSON.parse(r.stdout) as Report;
      expect(
        report.diagnostics.filter((d) => d.severity === 'error'),
        today,
      ).toEqual([]);
      expect(r.code).toBe(0);
    }
  });

  it('broken, broken-non-eea and the national ones (broken-de, broken-es): every rule fires', () => {
    const a = check('broken');
    const b = check('broken-non-eea');
    expect(a.code).toBe(1);
    expect(b.code).toBe(1);
    // National rules fire only under their Member State's law (data/law/national/).
    const national = ['broken-de', 'broken-es'].map(check);
    const all = [a, b, ...national].flatMap((r) => r.report.diagnostics);
    const fired = new Set(all.map((d) => d.rule));
    expect(RULES.map((r) => r.meta.id).filter((id) => !fired.has(id))).toEqual([]);
    for (const d of all) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
    }
  });
});
