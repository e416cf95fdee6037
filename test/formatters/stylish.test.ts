import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/formatters/stylish.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { context, diagnostics, markupInNote, retentionMissing } from './fixtures.js';

const ESC = '\u001b[';

describe('stylish formatter', () => {
  it('groups by file, aligns positions and severities within each file and ends with the summary', () => {
    expect(formatStylish(diagnostics, context)).toBe(
      [
        'register/activities/payroll.yaml',
        '   4:3   error    Purpose has no retention period.  retention-required  (GDPR Art. 30(1)(f))',
        '  12:14  warning  Note: 100% of "R&D, Ltd" <script> tag.  free-text-markup',
        '',
        'register/processors/mailer.yaml',
        '  9:1  error  Transfer to US has no transfer mechanism.  transfer-mechanism-required',
        '              (GDPR Art. 46(1))',
        '',
        '✖ 3 problems (2 errors, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing when there are no findings', () => {
    expect(formatStylish([], context)).toBe('');
    expect(formatStylish([], { ...context, color: true })).toBe('');
  });

  it('uses the singular for one of a kind', () => {
    expect(formatStylish([retentionMissing], context).split('\n').at(-2)).toBe(
      '✖ 1 problem (1 error, 0 warnings)',
    );
    expect(formatStylish([markupInNote], context).split('\n').at(-2)).toBe(
      '✖ 1 problem (0 errors, 1 warning)',
    );
  });

  it('contains no escape sequence without colour', () => {
    expect(formatStylish(diagnostics, context)).not.toContain('\u001b');
  });

  it('colours errors red, warnings yellow, rule and article dim, the path underlined', () => {
    const coloured = formatStylish(diagnostics, { ...context, color: true });
    expect(coloured).toContain(`${ESC}4mregister/activities/payroll.yaml${ESC}24m`);
    expect(coloured).toContain(`${ESC}31merror${ESC}39m`);
    expect(coloured).toContain(`${ESC}33mwarning${ESC}39m`);
    expect(coloured).toContain(`${ESC}2mretention-required${ESC}22m`);
    expect(coloured).toContain(`${ESC}2m(GDPR Art. 30(1)(f))${ESC}22m`);
    expect(coloured).toContain(`${ESC}31m${ESC}1m✖ 3 problems (2 errors, 1 warning)`);
  });

  it('summarises warnings only in yellow', () => {
    const coloured = formatStylish([markupInNote], { ...context, color: true });
    expect(coloured).toContain(`${ESC}33m${ESC}1m✖ 1 problem (0 errors, 1 warning)`);
  });

  it('keeps the same alignment with colour', () => {
    const coloured = formatStylish(diagnostics, { ...context, color: true });
    expect(stripVTControlCharacters(coloured)).toBe(formatStylish(diagnostics, context));
  });

  const long: Diagnostic = {
    ...retentionMissing,
    line: 7,
    column: 5,
    message:
      'the activity `payroll` keeps `identity` under the retention rule `service`, which gives criteria but no duration; add `duration` if a period can be set',
    rule: 'retention-not-quantified',
    article: 'GDPR Art. 30(1)(f), 13(2)(a); CNIL',
  };

  it('wraps a long message under its start at width 60, keeping rule and article whole', () => {
    const lines = formatStylish([long, retentionMissing], { ...context, width: 60 }).split('\n');
    expect(lines.slice(0, 11)).toEqual([
      'register/activities/payroll.yaml',
      '  7:5  error  the activity `payroll` keeps `identity` under',
      '              the retention rule `service`, which gives',
      '              criteria but no duration; add `duration` if a',
      '              period can be set  retention-not-quantified',
      '              (GDPR Art. 30(1)(f), 13(2)(a); CNIL)',
      '  4:3  error  Purpose has no retention period.',
      '              retention-required  (GDPR Art. 30(1)(f))',
      '',
      '✖ 2 problems (2 errors, 0 warnings)',
      '',
    ]);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    expect(lines.join('\n')).toContain('(GDPR Art. 30(1)(f), 13(2)(a); CNIL)');
  });

  it('wraps at width 100 (the default when not a terminal)', () => {
    const text = formatStylish([long], { ...context, width: 100 });
    expect(text).toBe(formatStylish([long], context));
    expect(text.split('\n').slice(0, 4)).toEqual([
      'register/activities/payroll.yaml',
      '  7:5  error  the activity `payroll` keeps `identity` under the retention rule `service`, which',
      '              gives criteria but no duration; add `duration` if a period can be set',
      '              retention-not-quantified  (GDPR Art. 30(1)(f), 13(2)(a); CNIL)',
    ]);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('wraps the same with colour', () => {
    const coloured = formatStylish([long], { ...context, width: 60, color: true });
    expect(stripVTControlCharacters(coloured)).toBe(
      formatStylish([long], { ...context, width: 60 }),
    );
  });

  it('lets an unbreakable word run past a narrow width rather than cut it', () => {
    const word = { ...retentionMissing, message: `see ${'x'.repeat(70)}` };
    const lines = formatStylish([word], { ...context, width: 40 }).split('\n');
    expect(lines[1]).toBe('  4:3  error  see');
    expect(lines[2]).toBe(`              ${'x'.repeat(70)}`);
    expect(lines[3]).toBe('              retention-required');
    expect(lines[4]).toBe('              (GDPR Art. 30(1)(f))');
  });
});
