import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  listNationalIdRules,
  nationalIdRuleFor,
  nationalIdRuleOf,
} from '../../src/law/national-id.js';

describe('national identification numbers (GDPR Art. 87, LAW.md §4.3)', () => {
  it('the data file records when and where its facts come from', () => {
    const file = JSON.parse(
      readFileSync(new URL('../../data/law/national-id.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    expect(file.as_of).toMatch(/^20\d\d-[01]\d-[0-3]\d$/);
    expect(([] as unknown[]).concat(file.source).length).toBeGreaterThan(0);
    expect(typeof file.description).toBe('string');
    for (const rule of listNationalIdRules()) {
      expect(typeof rule.verified).toBe('boolean');
      expect(([] as unknown[]).concat(rule.source).length).toBeGreaterThan(0);
    }
  });

  it('France: the NIR and the décret cadre NIR', () => {
    expect(nationalIdRuleOf('fr')?.restriction.en).toBe(
      'the NIR may only be used by the organisations and for the purposes listed in décret n° 2019-341 (Art. 30 loi 78-17)',
    );
    expect(nationalIdRuleFor('FR').country).toBe('FR');
  });

  it('an unlisted or unknown country gets the generic national-law rule', () => {
    expect(nationalIdRuleOf('DE')).toBeUndefined();
    expect(nationalIdRuleFor('DE').country).toBeUndefined();
    expect(nationalIdRuleFor('DE').restriction.en).toContain('GDPR Art. 87');
    expect(nationalIdRuleFor(undefined)).toBe(nationalIdRuleFor('DE'));
  });
});
