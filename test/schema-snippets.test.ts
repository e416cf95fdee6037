/**
 * Editor help in the schemas: every `examples` value and every `defaultSnippets` body (its
 * `${n:placeholder}` replaced by the placeholder, as an editor inserts it) of the common records
 * is a valid document for the schema that offers it, checked with the validators gdpr itself
 * uses (dist/validators.cjs, built from the schemas in strict mode).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../src/register/validate.js';
import { REPO_ROOT } from './helpers/cli.js';

type Kind = Parameters<typeof validateDocument>[0];

interface Help {
  examples?: unknown[];
  defaultSnippets?: { label: string; description: string; body: unknown }[];
}

/** Where each record's help sits: the top of its schema, or the definition of a catalogue entry. */
const RECORDS: { kind: Kind; file: string; definition?: string }[] = [
  { kind: 'activity', file: 'activity' },
  { kind: 'party', file: 'party' },
  { kind: 'incident', file: 'incident' },
  { kind: 'request', file: 'request' },
  { kind: 'data-categories', file: 'data-categories', definition: 'dataCategory' },
  { kind: 'retention', file: 'retention', definition: 'retentionRule' },
];

function helpOf(file: string, definition?: string): Help {
  const schema = JSON.parse(
    readFileSync(join(REPO_ROOT, 'schemas', `${file}.schema.json`), 'utf8'),
  ) as Help & { definitions: Record<string, Help> };
  return definition === undefined ? schema : (schema.definitions[definition] ?? {});
}

/** A snippet body as inserted: `${1:text}` → `text`. */
function inserted(body: unknown): unknown {
  return JSON.parse(JSON.stringify(body).replace(/\$\{\d+:([^}]*)\}/g, '$1'));
}

describe.each(RECORDS)('$file', ({ kind, file, definition }) => {
  const help = helpOf(file, definition);
  // A catalogue file is a list of entries: one entry is validated as a one-item list.
  const asDocument = (value: unknown): unknown => (definition === undefined ? value : [value]);

  it('has examples and a snippet with a label and a description', () => {
    expect(help.examples?.length).toBeGreaterThan(0);
    expect(help.defaultSnippets?.length).toBeGreaterThan(0);
    for (const snippet of help.defaultSnippets ?? []) {
      expect(snippet.label).not.toBe('');
      expect(snippet.description).not.toBe('');
      expect(JSON.stringify(snippet.body)).toMatch(/\$\{1:/);
    }
  });

  it('offers only valid examples', () => {
    for (const example of help.examples ?? [])
      expect(validateDocument(kind, asDocument(example))).toEqual([]);
  });

  it('inserts snippets that validate once their placeholders are kept', () => {
    for (const snippet of help.defaultSnippets ?? [])
      expect(validateDocument(kind, asDocument(inserted(snippet.body)))).toEqual([]);
  });
});
