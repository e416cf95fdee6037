import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/formatters/stylish.js';
import { context, diagnostics, markupInNote, retentionMissing } from './fixtures.js';

const ESC = '\u001b[';

describe('stylish formatter', () => {
  it('groups by file, aligns columns within each file and ends with the summary', () => {
    expect(formatStylish(diagnostics, context)).toBe(
      [
        'register/activities/payroll.yaml',
        '   4:3   error    Purpose has no retention period.        retention-required  (GDPR Art. 30(1)(f))',
        '  12:14  warning  Note: 100% of "R&D, Ltd" <script> tag.  free-text-markup',
        '',
        'register/processors/mailer.yaml',
        '  9:1  error  Transfer to US has no transfer mechanism.  transfer-mechanism-required  (GDPR Art. 46(1))',
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
});
