import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import {
  countryName,
  createRenderer,
  durationInWords,
  escapeMarkdown,
  joinList,
  localise,
} from '../../src/render/env.js';
import { makeRegister } from '../helpers/register.js';

describe('render helpers', () => {
  it('durations in words', () => {
    expect(durationInWords('P2Y', 'en')).toBe('2 years');
    expect(durationInWords('P2Y', 'fr')).toBe('2 ans');
    expect(durationInWords('P1Y6M', 'fr')).toBe('1 an et 6 mois');
    expect(durationInWords('P1M', 'en')).toBe('1 month');
    expect(durationInWords('PT72H', 'en')).toBe('72 hours');
  });
  it('list joins per language', () => {
    expect(joinList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(joinList(['a', 'b'], 'fr')).toBe('a et b');
    expect(joinList(['a'], 'fr')).toBe('a');
    expect(joinList(['a', 'b'], 'en', 'or')).toBe('a or b');
  });
  it('country names from i18n-iso-countries', () => {
    expect(countryName('US', 'fr')).toBe("États-Unis d'Amérique");
    expect(countryName('DE', 'en')).toBe('Germany');
  });
  it('localised text falls back to the default language', () => {
    expect(localise({ en: 'Recruitment', fr: 'Recrutement' }, 'fr', 'en')).toBe('Recrutement');
    expect(localise({ en: 'Recruitment' }, 'fr', 'en')).toBe('Recruitment');
    expect(localise('Plain', 'fr', 'en')).toBe('Plain');
  });
  it('Markdown escaping of values', () => {
    expect(escapeMarkdown('R&D *bold* [x](y) #1 (art. 6.1.b) +33')).toBe(
      'R&D \\*bold\\* \\[x\\](y) #1 (art. 6.1.b) +33',
    );
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('# not a heading\n12. not an item')).toBe(
      '\\# not a heading\n12\\. not an item',
    );
    expect(escapeMarkdown('a | b ~~c~~ <b>')).toBe('a \\| b \\~\\~c\\~\\~ \\<b\\>');
  });
});

describe('renderer', () => {
  it('is strict, escapes HTML, leaves & alone in Markdown, and honours register overrides', () => {
    const root = makeRegister();
    mkdirSync(join(root, 'templates', 'en'), { recursive: true });
    writeFileSync(
      join(root, 'templates', 'en', 'probe.html.hbs'),
      '<p>{{t name}} {{missing.deep}}</p>',
    );
    writeFileSync(join(root, 'templates', 'en', 'probe.md.hbs'), '# {{t name}}\n');
    const r = createRenderer({ lang: 'en', defaultLanguage: 'en', registerRoot: root });
    expect(r.render('probe', 'md', { name: 'R&D <b>*x*</b>' })).toBe(
      '# R&D \\<b\\>\\*x\\*\\</b\\>\n',
    );
    expect(() => r.render('probe', 'html', { name: 'x' })).toThrow(ConfigError);
    expect(() => r.render('probe', 'html', { name: 'x' })).toThrow(
      /^a template override failed: the field "deep" is not defined \(template line 1, column 16\)\. Check templates\/en\/probe\.html\.hbs/,
    );
    writeFileSync(join(root, 'templates', 'en', 'broken.md.hbs'), '{{#if x}}unclosed');
    expect(() => r.render('broken', 'md', { x: 1 })).toThrow(
      /a template override failed: .*templates\/en\/broken\.md\.hbs/s,
    );
    expect(r.resolve('en/probe.md.hbs')?.origin).toBe('register');
    expect(() => r.render('nope', 'md', {})).toThrow(/no template en\/nope\.md\.hbs/);
  });
});

describe('Handlebars warnings become the tool’s positioned configuration error', () => {
  it('a blocked prototype property in an override is a ConfigError at its line and column, and Handlebars prints nothing', () => {
    const root = makeRegister();
    mkdirSync(join(root, 'templates', 'en'), { recursive: true });
    writeFileSync(
      join(root, 'templates', 'en', 'probe.md.hbs'),
      '# Probe\n\nName: {{x.toString}}\n',
    );
    const r = createRenderer({ lang: 'en', defaultLanguage: 'en', registerRoot: root });
    const printed: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => printed.push(args);
    let error: unknown;
    try {
      r.render('probe', 'md', { x: {} });
    } catch (e) {
      error = e;
    } finally {
      console.error = original;
    }
    expect(printed).toEqual([]);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).position).toEqual({
      file: 'templates/en/probe.md.hbs',
      line: 3,
      column: 11,
    });
    expect((error as ConfigError).message).toMatch(
      /^a template override uses `toString`, which Handlebars blocks/,
    );
  });
});
