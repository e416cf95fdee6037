import { describe, expect, it } from 'vitest';
import {
  FORMATS,
  isFormatName,
  loadFormatter,
  type FormatName,
} from '../../src/formatters/index.js';
import { formatGithub } from '../../src/formatters/github.js';
import { formatGitlab } from '../../src/formatters/gitlab.js';
import { formatJson } from '../../src/formatters/json.js';
import { formatJunit } from '../../src/formatters/junit.js';
import { formatSarif } from '../../src/formatters/sarif.js';
import { formatStylish } from '../../src/formatters/stylish.js';

describe('loadFormatter', () => {
  it('lists the six formats', () => {
    expect(FORMATS).toEqual(['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab']);
  });

  it('loads the formatter of each name', async () => {
    const expected: Record<FormatName, unknown> = {
      stylish: formatStylish,
      json: formatJson,
      sarif: formatSarif,
      junit: formatJunit,
      github: formatGithub,
      gitlab: formatGitlab,
    };
    for (const name of FORMATS) {
      expect(await loadFormatter(name)).toBe(expected[name]);
    }
  });

  it('rejects an unknown name that slipped past the type', async () => {
    await expect(loadFormatter('html' as FormatName)).rejects.toThrow(
      'Unknown format "html"; expected one of: stylish, json, sarif, junit, github, gitlab.',
    );
  });

  it('recognises format names', () => {
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('SARIF')).toBe(false);
    expect(isFormatName('html')).toBe(false);
  });
});
