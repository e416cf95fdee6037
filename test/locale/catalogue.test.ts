import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  catalogue,
  formatMessage,
  localeLanguages,
  message,
  missingKeys,
} from '../../src/locale/index.js';

function fixture(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gdpr-locale-'));
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, JSON.stringify(content));
  }
  return dir;
}

describe('locales', () => {
  it('derives the languages from the folders present', () => {
    expect(localeLanguages()).toContain('en');
    expect(localeLanguages()).toContain('fr');
    const dir = fixture({ 'xx/meta.json': { name: 'X' }, 'aa/meta.json': { name: 'A' } });
    mkdirSync(join(dir, 'notalang'));
    expect(localeLanguages(dir)).toEqual(['aa', 'xx']);
  });

  it('has every key in every language (the shipped locales)', () => {
    expect(missingKeys()).toEqual([]);
  });

  it('reports a key one language has and another lacks', () => {
    const dir = fixture({
      'en/meta.json': {},
      'fr/meta.json': {},
      'en/words.json': { a: 'A', nested: { b: 'B' } },
      'fr/words.json': { a: 'A' },
    });
    expect(missingKeys(dir)).toEqual(['fr/words: nested.b']);
    expect(catalogue('en', 'words', dir)).toEqual({ a: 'A', 'nested.b': 'B' });
  });

  it('formats ICU plurals and plain placeholders', () => {
    expect(
      formatMessage('{count, plural, one {# personne} other {# personnes}}', 'fr', { count: 2 }),
    ).toBe('2 personnes');
    expect(
      formatMessage('{count, plural, one {# person} other {# people}}', 'en', { count: 1 }),
    ).toBe('1 person');
    expect(formatMessage('Hello {name}, {name}!', 'en', { name: 'Ada' })).toBe('Hello Ada, Ada!');
    expect(formatMessage('No braces', 'en')).toBe('No braces');
  });

  it('falls back to English and throws on a key English lacks', () => {
    expect(message('fr', 'meta', 'name')).toBe('French');
    expect(() => message('fr', 'meta', 'no.such.key')).toThrow(/no key "no.such.key"/);
  });
});

describe('the word helper of the templates', () => {
  it('renders a language-neutral template with the words of each locale', async () => {
    const { createRenderer } = await import('../../src/render/env.js');
    const root = mkdtempSync(join(tmpdir(), 'gdpr-word-'));
    mkdirSync(join(root, 'templates'));
    writeFileSync(join(root, 'templates', 'probe.md.hbs'), '{{word "meta.native_name"}}');
    const render = (lang: 'en' | 'fr') =>
      createRenderer({ lang, defaultLanguage: 'en', registerRoot: root }).render('probe', 'md', {});
    expect(render('fr')).toBe('Français');
    expect(render('en')).toBe('English');
  });
});

describe('declared English fallback', () => {
  it('accepts a domain a language declares untranslated, and only while its file is absent', () => {
    const dir = fixture({
      'en/meta.json': {},
      'fr/meta.json': { english_fallback: ['diff'] },
      'en/diff.json': { a: 'A' },
      'en/words.json': { b: 'B' },
    });
    expect(missingKeys(dir)).toEqual(['fr/words: b']);
  });
});
