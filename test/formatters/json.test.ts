import { describe, expect, it } from 'vitest';
import {
  formatJson,
  jsonChunks,
  jsonReport,
  JSON_REPORT_VERSION,
  type JsonReport,
} from '../../src/formatters/json.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { context, diagnostics, markupInNote } from './fixtures.js';

describe('json formatter', () => {
  it('parses, and carries the version and summary counts', () => {
    const output = formatJson(diagnostics, context);
    expect(output.endsWith('}\n')).toBe(true);
    const report = JSON.parse(output) as JsonReport;
    expect(JSON_REPORT_VERSION).toBe(1);
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ errors: 2, warnings: 1 });
    expect(Object.keys(report)).toEqual(['version', 'summary', 'diagnostics']);
  });

  it('writes every diagnostic with exactly the documented keys, in order', () => {
    const report = JSON.parse(formatJson(diagnostics, context)) as JsonReport;
    expect(report.diagnostics).toHaveLength(3);
    for (const d of report.diagnostics) {
      expect(Object.keys(d)).toEqual([
        'rule',
        'severity',
        'message',
        'file',
        'line',
        'column',
        'endLine',
        'endColumn',
        'path',
        'article',
      ]);
    }
    expect(report.diagnostics.map((d) => d.rule)).toEqual([
      'retention-required',
      'free-text-markup',
      'transfer-mechanism-required',
    ]);
  });

  it('keeps the message verbatim and writes a missing article as null', () => {
    const report = JSON.parse(formatJson([markupInNote], context)) as JsonReport;
    expect(report.diagnostics[0]).toEqual({
      rule: 'free-text-markup',
      severity: 'warning',
      message: 'Note: 100% of "R&D, Ltd"\n<script> tag.',
      file: 'register/activities/payroll.yaml',
      line: 12,
      column: 14,
      endLine: 13,
      endColumn: 14,
      path: 'notes',
      article: null,
    });
  });

  it('drops properties that are not part of the interface', () => {
    const extra = { ...markupInNote, internalNode: { range: [1, 2, 3] } };
    const report = JSON.parse(formatJson([extra], context)) as JsonReport;
    expect(Object.keys(report.diagnostics[0] ?? {})).not.toContain('internalNode');
  });

  it('reports an empty list with zero counts', () => {
    expect(formatJson([], context)).toBe(
      '{\n  "version": 1,\n  "summary": {\n    "errors": 0,\n    "warnings": 0\n  },\n  "diagnostics": []\n}\n',
    );
  });

  it('writes in pieces exactly the bytes of JSON.stringify, whatever the number of findings', () => {
    const many = (n: number): Diagnostic[] =>
      Array.from({ length: n }, (_, i) => ({
        ...diagnostics[i % diagnostics.length]!,
        message: `l’élément n° ${i} « \u{1F600} »\n\t"quoted"`,
        line: i + 1,
      }));
    for (const n of [0, 1, 2, 127, 128, 129, 256, 1000]) {
      const list = many(n);
      const pieces = [...jsonChunks(list)];
      const expected = JSON.stringify(jsonReport(list), null, 2) + '\n';
      expect(pieces.join('')).toBe(expected);
      expect(formatJson(list, context)).toBe(expected);
      // A large report comes in several pieces, none of them the whole.
      expect(pieces.length).toBe(n <= 128 ? 1 : Math.ceil(n / 128));
    }
  });
});
