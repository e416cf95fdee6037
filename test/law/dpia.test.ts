import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cnilLabel,
  dpiaThreshold,
  listArt35Cases,
  listCnilExempt,
  listCnilRequired,
  listDpiaCriteria,
  screen,
} from '../../src/law/dpia.js';
import { localised } from '../../src/law/types.js';
import { localeLanguages } from '../../src/locale/index.js';
import { REPO_ROOT } from '../helpers/cli.js';

describe('DPIA data (LAW.md §8)', () => {
  it('has the nine WP248 criteria with the agreed ids, in order', () => {
    expect(listDpiaCriteria().map((criterion) => criterion.id)).toEqual([
      'evaluation-scoring',
      'automated-decision',
      'systematic-monitoring',
      'sensitive-data',
      'large-scale',
      'matching-datasets',
      'vulnerable-subjects',
      'innovative-technology',
      'prevents-rights',
    ]);
    expect(dpiaThreshold()).toBe(2);
  });

  it('has 14 CNIL required items, 12 CNIL exempt items (12th unverified) and 3 Art. 35(3) cases', () => {
    expect(listCnilRequired()).toHaveLength(14);
    expect(listCnilExempt()).toHaveLength(12);
    expect(listCnilExempt().map((item) => item.verified)).toEqual([...Array(11).fill(true), false]);
    expect(listArt35Cases().map((entry) => entry.id)).toEqual([
      'art35-3-a',
      'art35-3-b',
      'art35-3-c',
    ]);
  });

  it('CNIL required items cite only known criteria', () => {
    const known = new Set(listDpiaCriteria().map((criterion) => criterion.id));
    for (const item of listCnilRequired()) {
      for (const criterion of item.criteria ?? []) expect(known.has(criterion)).toBe(true);
    }
    expect(listCnilRequired()[3]).toMatchObject({
      id: 'cnil-required-04-employee-monitoring',
      criteria: ['vulnerable-subjects', 'systematic-monitoring'],
    });
  });
});

describe('DPIA data in every language of locales/', () => {
  const languages = localeLanguages();

  it('covers at least de, en, es and fr', () => {
    expect(languages).toEqual(expect.arrayContaining(['de', 'en', 'es', 'fr']));
  });

  it('every WP248 criterion has a label and an explanation in every language', () => {
    for (const criterion of listDpiaCriteria())
      for (const lang of languages) {
        expect(criterion.label[lang]?.trim(), `${criterion.id} label ${lang}`).toBeTruthy();
        expect(
          criterion.explanation[lang]?.trim(),
          `${criterion.id} explanation ${lang}`,
        ).toBeTruthy();
      }
  });

  it('every Art. 35(3) case has a label in every language', () => {
    for (const entry of listArt35Cases())
      for (const lang of languages)
        expect(entry.label[lang]?.trim(), `${entry.id} ${lang}`).toBeTruthy();
  });

  it('records where the German and Spanish words of each criterion were read', () => {
    const raw = JSON.parse(readFileSync(join(REPO_ROOT, 'data/law/dpia.json'), 'utf8')) as {
      criteria: {
        id: string;
        languages?: Record<string, { source?: string[]; verified?: unknown }>;
      }[];
    };
    for (const criterion of raw.criteria)
      for (const lang of ['de', 'es']) {
        const read = criterion.languages?.[lang];
        expect(read?.source?.length, `${criterion.id} ${lang}`).toBeGreaterThan(0);
        expect(typeof read?.verified, `${criterion.id} ${lang}`).toBe('boolean');
      }
  });

  it('takes the official wording of Art. 35(3) in German and Spanish', () => {
    const c = listArt35Cases().find((entry) => entry.id === 'art35-3-c');
    expect(c?.label.de).toBe(
      'systematische umfangreiche Überwachung öffentlich zugänglicher Bereiche',
    );
    expect(c?.label.es).toBe('observación sistemática a gran escala de una zona de acceso público');
  });

  it('a CNIL item lacking a language is quoted in French (the law’s language), other labels in English', () => {
    const item = listCnilRequired()[3]!;
    expect(cnilLabel(item, 'de')).toBe(item.label.fr);
    expect(cnilLabel(item, 'es')).toBe(item.label.fr);
    expect(cnilLabel(item, 'en')).toBe(item.label.en);
    expect(cnilLabel(listCnilExempt()[0]!, 'de')).toBe(listCnilExempt()[0]!.label.fr);
    expect(localised({ en: 'A', fr: 'B' }, 'de')).toBe('A');
    expect(localised({ en: 'A', fr: 'B' }, 'de', 'fr')).toBe('B');
    expect(localised({ en: 'A', fr: 'B', de: 'C' }, 'de', 'fr')).toBe('C');
  });
});

describe('screen', () => {
  it('quotes the labels in the language asked for (English by default)', () => {
    expect(screen([], { art35Cases: ['art35-3-c'], lang: 'de' }).reasons).toEqual([
      'GDPR Art. 35(3)(c): systematische umfangreiche Überwachung öffentlich zugänglicher Bereiche',
    ]);
    expect(
      screen([], { cnilRequired: ['cnil-required-14-large-scale-location'], lang: 'es' })
        .reasons[0],
    ).toMatch(/item 14: Traitements de données de localisation à large échelle$/);
    expect(
      screen([], { cnilRequired: ['cnil-required-14-large-scale-location'] }).reasons[0],
    ).toMatch(/item 14: Large-scale location data$/);
  });

  it('two criteria → required', () => {
    const result = screen(['large-scale', 'sensitive-data']);
    expect(result.required).toBe(true);
    expect(result.reasons).toEqual([
      '2 WP248 criteria met (sensitive-data, large-scale); a DPIA is required from 2 (WP29 Guidelines on DPIA, WP248 rev.01 (4 October 2017), endorsed by the EDPB)',
    ]);
  });

  it('one criterion → not required; none → not required', () => {
    expect(screen(['innovative-technology'])).toMatchObject({ required: false });
    expect(screen(['innovative-technology']).reasons[0]).toMatch(
      /^1 WP248 criterion met \(innovative-technology\)/,
    );
    expect(screen([]).required).toBe(false);
  });

  it('a CNIL exempt item overrides the criteria count', () => {
    const result = screen(['vulnerable-subjects', 'evaluation-scoring'], {
      cnilExempt: ['cnil-exempt-01-hr-under-250'],
    });
    expect(result.required).toBe(false);
    expect(result.basis).toEqual([
      {
        kind: 'cnil-exempt',
        id: 'cnil-exempt-01-hr-under-250',
        reference: 'CNIL délibération n° 2019-118 of 12 September 2019 (JO 22 October 2019)',
      },
    ]);
  });

  it('an Art. 35(3) case is required even with an exempt item and no criteria', () => {
    const result = screen([], {
      art35Cases: ['art35-3-b'],
      cnilExempt: ['cnil-exempt-05-non-profit-members'],
    });
    expect(result.required).toBe(true);
    expect(result.reasons[0]).toMatch(
      /^GDPR Art\. 35\(3\)\(b\): Large-scale processing of special categories/,
    );
  });

  it('a CNIL required item → required with a single criterion', () => {
    const result = screen(['large-scale'], {
      cnilRequired: ['cnil-required-14-large-scale-location'],
    });
    expect(result.required).toBe(true);
    expect(result.reasons).toEqual([
      'CNIL délibération n° 2018-327 of 11 October 2018 (JORF 6 November 2018), item 14: Large-scale location data',
    ]);
  });

  it('throws on unknown ids instead of guessing', () => {
    expect(() => screen(['profiling'])).toThrow('unknown WP248 criterion "profiling"');
    expect(() => screen([], { cnilExempt: ['cnil-exempt-99'] })).toThrow(RangeError);
    expect(() => screen([], { art35Cases: ['35-3-a'] })).toThrow(RangeError);
  });
});
