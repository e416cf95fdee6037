import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { formatNumber, liteMessage } from '../../src/locale/icu-lite.js';
import type { MessageValues } from '../../src/locale/index.js';

/**
 * `liteMessage` either gives up or formats as intl-messageformat does, over every message of
 * locales/ and a list of awkward ones, with numbers and strings of several kinds for each
 * argument.
 */
const LOCALES = join(import.meta.dirname, '..', '..', 'locales');

function messages(): { lang: string; raw: string }[] {
  const out: { lang: string; raw: string }[] = [];
  for (const lang of readdirSync(LOCALES).sort())
    for (const file of readdirSync(join(LOCALES, lang)).sort()) {
      if (!file.endsWith('.json') || file === 'meta.json') continue;
      const walk = (v: unknown): void => {
        if (typeof v === 'string') out.push({ lang, raw: v });
        else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
      };
      walk(JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8')));
    }
  return out;
}

const AWKWARD = [
  '{n, plural, one {# item} other {# items}}',
  '{n, plural, =0 {none} =1 {one} one {# one} other {# others}}',
  '{n,plural,one{#}other{##}}',
  '{ n , plural , one { # x } other { # y } }',
  '{n, plural, one {{who} has #} other {{who} have # (#)}}',
  '{n, plural, one {# {k, select, a {#a} other {#o}}} other {{k, select, a {#A} other {#O}}}}',
  '{k, select, a {A} b {B} other {{k}}}',
  '{k, select, 1 {one} 2 {two} other {more}}',
  'Issue #3 for {k}',
  "l'activité {n, plural, one {#} other {#}}",
  "'{n}' {n, plural, other {#}}",
  '{n, plural, offset:1 one {#} other {#}}',
  '{n, selectordinal, one {#st} other {#th}}',
  '{n, number}',
  '{n, plural, one {a}}',
  '{n, plural, one {a} other {b}',
  '{n, plural, few {f} many {m} two {t} zero {z} other {o}}',
  '<b>{n, plural, one {#} other {#}}</b>',
  '{n, plural, one {x} one {y} other {z}}',
  '{k, select, other {{k}} }',
  '{k, select, 0 {zero} 1 {one} 1x {odd} other {o}}',
  '{n, plural, =1.5 {x} other {y}}',
  '{n, plural, =1 {exactly one} other {# and {k}}}',
];

const NUMBERS = [0, 1, 2, 3, 5, 11, 21, 22, 100, 1000, 12345.678, 1.5, -1];
const STRINGS = ['a', 'b', 'x y', '1', 'other', ''];

function argNames(raw: string): string[] {
  return [...new Set([...raw.matchAll(/\{\s*([A-Za-z_]\w*)/g)].map((m) => m[1] ?? ''))];
}

/** A few value sets for a message: each argument a number, then a string, in turn. */
function valueSets(raw: string): MessageValues[] {
  const names = argNames(raw);
  const sets: MessageValues[] = [];
  for (const n of NUMBERS) sets.push(Object.fromEntries(names.map((k) => [k, n])));
  for (const s of STRINGS) sets.push(Object.fromEntries(names.map((k) => [k, s])));
  sets.push({});
  return sets;
}

function icu(raw: string, lang: string, values: MessageValues): string | Error {
  try {
    return new IntlMessageFormat(raw, lang, undefined, { ignoreTag: true }).format(
      values,
    ) as string;
  } catch (e) {
    return e as Error;
  }
}

describe('liteMessage', () => {
  it('formats every message of locales/ it takes as intl-messageformat does', () => {
    let taken = 0;
    let complex = 0;
    for (const { lang, raw } of messages()) {
      if (!/\{\s*\w+\s*,/.test(raw)) continue;
      complex++;
      let took = false;
      for (const values of valueSets(raw)) {
        const lite = liteMessage(raw, lang, values);
        if (lite === undefined) continue;
        took = true;
        expect(lite, `${lang}: ${raw} ${JSON.stringify(values)}`).toBe(icu(raw, lang, values));
      }
      if (took) taken++;
    }
    // Every plural and select message of the catalogues is formatted without intl-messageformat.
    expect(complex).toBeGreaterThan(50);
    expect(taken).toBe(complex);
  });

  it('formats awkward messages as intl-messageformat does, or gives up', () => {
    let taken = 0;
    for (const raw of AWKWARD)
      for (const lang of ['en', 'fr', 'de', 'pl', 'ar'])
        for (const values of valueSets(raw)) {
          const lite = liteMessage(raw, lang, values);
          if (lite === undefined) continue;
          taken++;
          expect(lite, `${lang}: ${raw} ${JSON.stringify(values)}`).toBe(icu(raw, lang, values));
        }
    expect(taken).toBeGreaterThan(100);
  });

  it('prints a number as Intl.NumberFormat does, in every locale Node knows', () => {
    const tags = new Set<string>();
    const letters = Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i));
    for (const lang of Intl.DateTimeFormat.supportedLocalesOf(
      letters.flatMap((a) => letters.map((b) => a + b)),
    ))
      tags.add(lang);
    for (const extra of [
      'fr-CH',
      'de-CH',
      'ar-EG',
      'fa-IR',
      'hi-IN-u-nu-deva',
      'en-u-nu-arab',
      'xx',
    ])
      tags.add(extra);
    expect(tags.size).toBeGreaterThan(100);
    const samples = [
      ...Array.from({ length: 1000 }, (_, i) => i),
      -1,
      -0,
      1000,
      1234567,
      0.5,
      2.25,
    ];
    for (const lang of tags) {
      const nf = new Intl.NumberFormat(lang);
      for (const n of samples) expect(formatNumber(n, lang), `${lang} ${n}`).toBe(nf.format(n));
    }
  });

  it('gives up on what intl-messageformat must format', () => {
    expect(liteMessage('{n, plural, offset:1 one {#} other {#}}', 'en', { n: 2 })).toBeUndefined();
    expect(liteMessage("'{n}' {n, plural, other {#}}", 'en', { n: 2 })).toBeUndefined();
    expect(liteMessage('{n, plural, one {#} other {#}}', 'en', {})).toBeUndefined();
    expect(liteMessage('{n, plural, one {#} other {#}}', 'en', { n: '2' })).toBeUndefined();
    expect(liteMessage('{n, plural, one {#} other {#}}', 'fr', { n: 12345.5 })).toBe(
      icu('{n, plural, one {#} other {#}}', 'fr', { n: 12345.5 }),
    );
  });
});
