import { expect } from 'vitest';

/**
 * The rows of a list command's `--format json` output, after checking its envelope:
 * `{ "version": 1, "<key>": [...] }` and nothing else.
 */
export function listed(text: string, key: string): unknown {
  const data = JSON.parse(text) as Record<string, unknown>;
  expect(Object.keys(data)).toEqual(['version', key]);
  expect(data.version).toBe(1);
  return data[key];
}
