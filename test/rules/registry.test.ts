import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { rulesAsMarkdown } from '../../src/check/rule-docs.js';
import { REPO_ROOT } from '../helpers/cli.js';

describe('rule registry', () => {
  it('registers every file of src/rules exactly once, with id = file name', () => {
    const files = readdirSync(join(REPO_ROOT, 'src', 'rules'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(RULES.map((r) => r.meta.id).sort()).toEqual(files);
  });

  it('every rule has a test file that exercises it', () => {
    const tests = readdirSync(join(REPO_ROOT, 'test', 'rules'))
      .map((f) => readFileSync(join(REPO_ROOT, 'test', 'rules', f), 'utf8'))
      .join('\n');
    for (const r of RULES) expect(tests, r.meta.id).toContain(`src/rules/${r.meta.id}.js`);
  });

  it('messages use only placeholders, and every rule documents why, trigger and fix', () => {
    for (const r of RULES) {
      for (const m of Object.values(r.meta.messages))
        expect(m.replace(/\{\{\w+\}\}/g, ''), r.meta.id).not.toMatch(/\{\{|\}\}/);
      expect(r.meta.docs.why && r.meta.docs.triggers && r.meta.docs.fix, r.meta.id).toBeTruthy();
    }
  });

  it('docs/rules.md is generated from the rules and up to date (npm run gen:rules-doc)', () => {
    const committed = readFileSync(join(REPO_ROOT, 'docs', 'rules.md'), 'utf8');
    expect(committed).toBe(rulesAsMarkdown(RULES));
  });
});
