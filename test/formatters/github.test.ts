import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/formatters/github.js';
import { context, diagnostics, retentionMissing } from './fixtures.js';

describe('github formatter', () => {
  it('writes one workflow command per finding', () => {
    expect(formatGithub(diagnostics, context)).toBe(
      [
        '::error file=register/activities/payroll.yaml,line=4,col=3,endLine=4,endColumn=18,title=retention-required::Purpose has no retention period. (GDPR Art. 30(1)(f))',
        '::warning file=register/activities/payroll.yaml,line=12,col=14,endLine=13,endColumn=14,title=free-text-markup::Note: 100%25 of "R&D, Ltd"%0A<script> tag.',
        '::error file=register/processors/mailer.yaml,line=9,col=1,endLine=9,endColumn=12,title=transfer-mechanism-required::Transfer to US has no transfer mechanism. (GDPR Art. 46(1))',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing when there are no findings', () => {
    expect(formatGithub([], context)).toBe('');
  });

  it('escapes data as actions/toolkit escapeData does', () => {
    expect(escapeData('100%')).toBe('100%25');
    expect(escapeData('a\rb')).toBe('a%0Db');
    expect(escapeData('a\nb')).toBe('a%0Ab');
    expect(escapeData('a\r\nb')).toBe('a%0D%0Ab');
    expect(escapeData('a:b,c')).toBe('a:b,c');
    // `%` first, or an already-escaped-looking sequence would be decoded back by the runner.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('escapes properties as actions/toolkit escapeProperty does', () => {
    expect(escapeProperty('100%')).toBe('100%25');
    expect(escapeProperty('a\rb')).toBe('a%0Db');
    expect(escapeProperty('a\nb')).toBe('a%0Ab');
    expect(escapeProperty('a:b')).toBe('a%3Ab');
    expect(escapeProperty('a,b')).toBe('a%2Cb');
    expect(escapeProperty('%3A')).toBe('%253A');
  });

  it('escapes every special character in the file and title properties', () => {
    const odd = { ...retentionMissing, file: 'odd/a:b,c%d\r\n.yaml', rule: 'x:y,z' };
    expect(formatGithub([odd], context)).toBe(
      '::error file=odd/a%3Ab%2Cc%25d%0D%0A.yaml,line=4,col=3,endLine=4,endColumn=18,title=x%3Ay%2Cz::Purpose has no retention period. (GDPR Art. 30(1)(f))\n',
    );
  });
});
