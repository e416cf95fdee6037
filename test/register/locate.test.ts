import { describe, expect, it } from 'vitest';
import { locate, type Target } from '../../src/register/locate.js';
import { parseFile } from '../../src/register/parse.js';
import type { DocPath } from '../../src/register/source.js';

const doc = `# yaml-language-server: $schema=../schemas/activity.schema.json
name: Recruitment
purposes:
  - description: Assess applications
    legal_basis: contract
  - description:
      en: Keep a talent pool
      fr: Constituer un vivier
    legal_basis: consent
data:
  - { category: identity, retention: candidates-2y }
defaults: &d
  source: data-subject
copy: *d
empty:
`;

interface Case {
  name: string;
  text: string;
  path: DocPath;
  target?: Target;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

const crlf = doc.replace(/\n/g, '\r\n');

const cases: Case[] = [
  {
    name: 'top-level value',
    text: doc,
    path: ['name'],
    line: 2,
    column: 7,
    endLine: 2,
    endColumn: 18,
  },
  {
    name: 'top-level key',
    text: doc,
    path: ['name'],
    target: 'key',
    line: 2,
    column: 1,
    endLine: 2,
    endColumn: 5,
  },
  { name: 'whole document (after the modeline comment)', text: doc, path: [], line: 2, column: 1 },
  {
    name: 'value in a sequence item',
    text: doc,
    path: ['purposes', 0, 'legal_basis'],
    line: 5,
    column: 18,
  },
  {
    name: 'key in a sequence item',
    text: doc,
    path: ['purposes', 1, 'legal_basis'],
    target: 'key',
    line: 9,
    column: 5,
  },
  {
    name: 'nested text map',
    text: doc,
    path: ['purposes', 1, 'description', 'fr'],
    line: 8,
    column: 11,
  },
  {
    name: 'flow mapping inside a sequence',
    text: doc,
    path: ['data', 0, 'retention'],
    line: 11,
    column: 38,
  },
  {
    name: 'missing key: points at the parent item',
    text: doc,
    path: ['purposes', 0, 'consent'],
    line: 4,
    column: 5,
  },
  {
    name: 'missing top-level key: points at the document',
    text: doc,
    path: ['dpia'],
    line: 2,
    column: 1,
  },
  {
    name: 'missing index: points at the sequence',
    text: doc,
    path: ['purposes', 5, 'legal_basis'],
    line: 3,
    column: 1,
  },
  { name: 'through an alias', text: doc, path: ['copy', 'source'], line: 13, column: 11 },
  { name: 'empty value: points at its key', text: doc, path: ['empty'], line: 15, column: 1 },
  {
    name: 'CRLF: top-level value',
    text: crlf,
    path: ['name'],
    line: 2,
    column: 7,
    endLine: 2,
    endColumn: 18,
  },
  {
    name: 'CRLF: nested value',
    text: crlf,
    path: ['purposes', 1, 'description', 'fr'],
    line: 8,
    column: 11,
  },
  { name: 'CRLF: missing key', text: crlf, path: ['purposes', 1, 'consent'], line: 6, column: 5 },
  {
    name: 'BOM does not shift columns',
    text: `\ufeffname: X\nrole: boss\n`,
    path: ['role'],
    line: 2,
    column: 7,
  },
];

describe('locate: JSON path → line and column', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { file, problems } = parseFile(
        '/r/a.yaml',
        'a.yaml',
        'activity',
        new TextEncoder().encode(c.text),
      );
      expect(problems).toEqual([]);
      const span = locate(file, c.path, c.target);
      expect({ line: span.start.line, column: span.start.column }).toEqual({
        line: c.line,
        column: c.column,
      });
      if (c.endLine !== undefined)
        expect({ line: span.end.line, column: span.end.column }).toEqual({
          line: c.endLine,
          column: c.endColumn,
        });
    });
  }
});
