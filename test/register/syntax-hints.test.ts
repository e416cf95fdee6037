import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/register/parse.js';

/** Each problem as `line:column code`, plus its message. */
function problems(text: string): { at: string; message: string }[] {
  const parsed = parseFile(
    '/r/activities/a.yaml',
    'activities/a.yaml',
    'activity',
    Buffer.from(text),
  );
  return parsed.problems.map((p) => {
    const pos = parsed.file.lineCounter.linePos(p.range[0]);
    return { at: `${pos.line}:${pos.col} ${p.code}`, message: p.message };
  });
}

describe('YAML syntax errors: the actual fault, with a hint, one per slip', () => {
  it('an over-indented key: one problem at the key, not two at the line above', () => {
    const found = problems('organisation:\n  name: A\n    address: b\n  country: FR\n');
    expect(found.map((p) => p.at)).toEqual(['3:5 BAD_INDENT']);
    expect(found[0]!.message).toContain('indented more than the key above it');
    expect(found[0]!.message).toContain(
      '(YAML: Nested mappings are not allowed in compact mappings)',
    );
  });

  it('a second key on the line of a value points at its colon', () => {
    const found = problems('data:\n  - category: a retention: b\n');
    expect(found.map((p) => p.at)).toEqual(['2:26 TWO_KEYS_ON_ONE_LINE']);
    expect(found[0]!.message).toContain('put each key on its own line, or quote the value');
  });

  it('a key under a list item that lost its indentation ("Sequence item without - indicator")', () => {
    const found = problems('purposes:\n- description: a\n legal_basis: b\n');
    expect(found.map((p) => p.at)).toEqual(['3:2 BAD_INDENT']);
    expect(found[0]!.message).toContain('neither a `- ` item nor indented under one');
    expect(found[0]!.message).toContain('(YAML: Sequence item without - indicator)');
  });

  it('a key of a list item at the column of the dash: at the key, with the column hint', () => {
    const found = problems('purposes:\n  - description: a\n  legal_basis: b\nstatus: active\n');
    expect(found.map((p) => p.at)).toEqual(['3:3 BAD_INDENT']);
    expect(found[0]!.message).toContain('to the column of the key after the `- `');
  });

  it('an under-indented list item: one problem at its dash, not three', () => {
    const found = problems('data:\n  - category: a\n - category: b\n');
    expect(found.map((p) => p.at)).toEqual(['3:2 BAD_INDENT']);
    expect(found[0]!.message).toContain('align its `-` with theirs');
  });

  it('a list entry without its dash: one problem', () => {
    const found = problems('data_subjects:\n  - a\n  - b\n  c\n');
    expect(found.map((p) => p.at)).toEqual(['4:3 BAD_INDENT']);
  });

  it('an unclosed double quote: at the opening quote, not at the end of the file', () => {
    const found = problems('name: "Atelier\nstatus: active\nnotes: x\n');
    expect(found.map((p) => p.at)).toEqual(['1:7 UNCLOSED_QUOTE']);
    expect(found[0]!.message).toContain('the quote " opened here is never closed');
  });

  it('an unclosed single quote, after a closed one', () => {
    const found = problems("name: 'Atelier'\nnotes: 'l''atelier\nstatus: active\n");
    expect(found.map((p) => p.at)).toEqual(['2:8 UNCLOSED_QUOTE']);
    expect(found[0]!.message).toContain("write '' for a quote");
  });

  it('a tab in the indentation: one problem at the tab, the duplicate-key cascade dropped', () => {
    const found = problems('name: x\norganisation:\n\tname: A\n');
    expect(found.map((p) => p.at)).toEqual(['3:1 TAB_AS_INDENT']);
    expect(found[0]!.message).toContain('replace the tab with spaces');
  });

  it('two slips far apart are two problems', () => {
    const found = problems(
      'organisation:\n  name: A\n    address: b\n  country: FR\nnotes: x\nstatus: active\npurposes:\n- description: a\n legal_basis: b\n',
    );
    expect(found.map((p) => p.at)).toEqual(['3:5 BAD_INDENT', '9:2 BAD_INDENT']);
  });
});
