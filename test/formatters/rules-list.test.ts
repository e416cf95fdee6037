import { describe, expect, it } from 'vitest';
import { FORMATS, describesRules, loadFormatter } from '../../src/formatters/index.js';
import { context, diagnostics } from './fixtures.js';

describe('describesRules', () => {
  it('names the formats whose output lists the rules: the others are given none', async () => {
    expect(context.rules.length).toBeGreaterThan(0);
    for (const name of FORMATS) {
      const format = await loadFormatter(name);
      const full = format(diagnostics, context);
      const bare = format(diagnostics, { ...context, rules: [] });
      if (describesRules(name)) expect(bare, name).not.toBe(full);
      else expect(bare, name).toBe(full);
    }
    expect(FORMATS.filter(describesRules)).toEqual(['sarif']);
  });
});
