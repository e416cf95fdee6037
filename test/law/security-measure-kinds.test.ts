import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const data = JSON.parse(
  readFileSync(new URL('../../data/law/security-measure-kinds.json', import.meta.url), 'utf8'),
) as { as_of: string; source: string; kinds: { id: string; reference: string }[] };
const schema = JSON.parse(
  readFileSync(new URL('../../schemas/security-measures.schema.json', import.meta.url), 'utf8'),
) as { definitions: { measureKind: { enum: string[]; markdownEnumDescriptions: string[] } } };

describe('security measure kinds: one vocabulary in data/law and in the schema', () => {
  it('has its date and source', () => {
    expect(data.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.source).toContain('ISO/IEC 27002:2022');
  });

  it('lists the same kinds, in the same order, each with a hover description', () => {
    const kind = schema.definitions.measureKind;
    expect(kind.enum).toEqual(data.kinds.map((k) => k.id));
    expect(kind.markdownEnumDescriptions).toHaveLength(kind.enum.length);
    data.kinds.forEach((k, i) => {
      expect(kind.markdownEnumDescriptions[i]).toContain(k.reference);
    });
  });
});
