import { describe, expect, it } from 'vitest';
import {
  dpiaThreshold,
  listArt35Cases,
  listCnilExempt,
  listCnilRequired,
  listDpiaCriteria,
  screen,
} from '../../src/law/dpia.js';

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

describe('screen', () => {
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
