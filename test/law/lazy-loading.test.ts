import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// date-holidays is large; `gdpr check` must not load it unless a deadline needs a holiday
// calendar. Only holidays.ts may reach it, and only through a dynamic import().
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

  it('holidays.ts reaches it through a dynamic import', () => {
    const holidays = sources.find(([name]) => name === 'holidays.ts')?.[1] ?? '';
    expect(holidays).toContain("import('date-holidays')");
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
