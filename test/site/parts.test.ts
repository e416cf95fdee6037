/** The pure parts of `gdpr site`: relative links, chart geometry, the --history reader. */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { buildChart } from '../../src/site/charts.js';
import { parseHistory } from '../../src/site/history.js';
import { href, listPath, recordPath, sitePath } from '../../src/site/layout.js';

describe('links between pages', () => {
  it('are relative, so the site opens from any folder', () => {
    const activity = sitePath('fr', recordPath('activity', 'customers'));
    expect(activity).toBe('fr/activities/customers.html');
    expect(href(activity, sitePath('fr', recordPath('party', 'carrier')))).toBe(
      '../parties/carrier.html',
    );
    expect(href(activity, sitePath('fr', listPath('activity')))).toBe('../activities.html');
    expect(href(activity, sitePath('en', recordPath('activity', 'customers')))).toBe(
      '../../en/activities/customers.html',
    );
    expect(href(activity, activity)).toBe('customers.html');
    expect(href('index.html', 'en/index.html')).toBe('en/index.html');
  });
});

describe('bar charts', () => {
  const input = {
    id: 'c',
    title: 'T',
    description: 'D',
    rowHeader: 'Row',
    series: [{ label: 'Errors' }, { label: 'Warnings' }],
    rows: [
      { label: 'a', values: [10, 0] },
      { label: 'b'.repeat(60), values: [3, 7], href: 'x.html' },
    ],
    empty: 'nothing',
  };

  it('scales the longest bar to the last tick and keeps the figures for the table', () => {
    const chart = buildChart(input);
    expect(chart.ticks.map((t) => t.label)).toEqual(['0', '2', '4', '6', '8', '10']);
    const [a, b] = chart.lines;
    expect(a?.bars.map((bar) => bar.width)).toEqual([426, 0]);
    expect(b?.bars.map((bar) => bar.width)).toEqual([127.8, 298.2]);
    expect(chart.ticks.at(-1)?.x).toBe((a?.bars[0]?.x ?? 0) + 426);
    // Bars of one row do not overlap; rows follow each other downwards.
    expect((a?.bars[1]?.y ?? 0) - (a?.bars[0]?.y ?? 0)).toBeGreaterThanOrEqual(16);
    expect(b?.bars[0]?.y).toBeGreaterThan(a?.bars[1]?.y ?? 0);
    expect(chart.height).toBeGreaterThan(chart.axisY);
    expect(chart.legend).toBe(true);
    expect(chart.series.map((s) => s.className)).toEqual(['series-0', 'series-1']);
    expect(chart.table).toEqual([
      { label: 'a', href: null, values: [10, 0] },
      { label: 'b'.repeat(60), href: 'x.html', values: [3, 7] },
    ]);
    expect(chart.empty).toBeNull();
  });

  it('shortens a long label in the drawing only', () => {
    const label = buildChart(input).lines[1];
    expect(label?.shown).toBe(`${'b'.repeat(43)}…`);
    expect(label?.shown.endsWith('…')).toBe(true);
    expect(label?.label).toBe('b'.repeat(60));
  });

  it('says so when there is nothing to draw', () => {
    const chart = buildChart({ ...input, rows: [] });
    expect(chart.empty).toBe('nothing');
    expect(chart.lines).toEqual([]);
  });
});

describe('--history', () => {
  it('reads check reports with their dates, sorted by date', () => {
    expect(
      parseHistory(
        '[{"date":"2026-10-01","summary":{"errors":1,"warnings":2},"diagnostics":[]},{"date":"2026-09-01","summary":{"errors":0,"warnings":0}}]',
        'h.json',
      ),
    ).toEqual([
      { date: '2026-09-01', errors: 0, warnings: 0 },
      { date: '2026-10-01', errors: 1, warnings: 2 },
    ]);
  });

  const cases: [string, string, string][] = [
    ['{"date":"2026-10-01"}', 'h.json:1:1', 'must be a list'],
    ['[1]', 'h.json:1:2', 'each entry of the --history file is a report object'],
    ['[\n {"summary":{"errors":1,"warnings":2}}\n]', 'h.json:2:2', 'no valid `date`'],
    [
      '[{"date":"2026-13-45","summary":{"errors":1,"warnings":2}}]',
      'h.json:1:10',
      'no valid `date`',
    ],
    [
      '[{"date":"2026-10-01","summary":{"errors":1,"warnings":2}},\n {"date":"2026-10-01","summary":{"errors":1,"warnings":2}}]',
      'h.json:2:10',
      'two reports have the date 2026-10-01',
    ],
    [
      '[{"date":"2026-10-01","summary":{"errors":-1,"warnings":2}}]',
      'h.json:1:33',
      'whole numbers',
    ],
    ['[{"date":"2026-10-01"}]', 'h.json:1:2', 'no `summary`'],
    ['[{"date": ', 'h.json:1:', 'is not valid JSON'],
  ];
  for (const [text, where, what] of cases) {
    it(`refuses ${JSON.stringify(text)} at ${where}`, () => {
      let error: unknown;
      try {
        parseHistory(text, 'h.json');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      const e = error as ConfigError;
      const position = `${e.position?.file ?? ''}:${String(e.position?.line ?? '')}:${String(e.position?.column ?? '')}`;
      expect(position.startsWith(where)).toBe(true);
      expect(e.message).toContain(what);
    });
  }
});
