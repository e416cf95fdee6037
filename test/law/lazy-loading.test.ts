import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Public holidays are law data (data/law/holidays/<CC>.json); date-holidays, which writes them
// (scripts/gen-holidays.mjs), is a development dependency that no module of src/ may reach.
// `gdpr check` reads a holiday file only when a deadline needs a calendar.
const lawDirectory = fileURLToPath(new URL('../../src/law/', import.meta.url));
const sources = readdirSync(lawDirectory)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => [name, readFileSync(`${lawDirectory}${name}`, 'utf8')] as const);

describe('law modules load date-holidays lazily', () => {
  it('no module imports date-holidays statically', () => {
    for (const [name, text] of sources) {
      expect(text, name).not.toMatch(/^\s*import\s+(?!type\b)[^;]*from\s+['"]date-holidays['"]/m);
    }
  });

  it('no module imports date-holidays at all, not even dynamically', () => {
    for (const [name, text] of sources) {
      expect(text, name).not.toMatch(/(?:from\s*|import\(\s*)['"]date-holidays['"]/);
    }
  });

  it('holidays.ts reads the one country file it needs, when asked', () => {
    const holidays = sources.find(([name]) => name === 'holidays.ts')?.[1] ?? '';
    expect(holidays).toContain('readFile(holidaysDataPath(country)');
  });

  it('other modules import only types from holidays.ts', () => {
    for (const [name, text] of sources) {
      if (name === 'holidays.ts') continue;
      const valueImports =
        text.match(/^\s*import\s+(?!type\b)[^;]*from\s+['"]\.\/holidays\.js['"]/gm) ?? [];
      expect(valueImports, name).toEqual([]);
    }
  });
});
