import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listDpiaCriteria } from '../../src/law/dpia.js';
import { listRetentionReferences } from '../../src/law/retention-references.js';
import { REPO_ROOT } from '../helpers/cli.js';

/**
 * The law layer knows nothing of our files, so it keeps its own ids; these tests make sure the
 * register format (the schemas) and the law data never drift apart.
 */
const common = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'common.schema.json'), 'utf8')) as { definitions: Record<string, { enum?: string[] }> };

describe('schemas and law data agree', () => {
  it('the WP248 criteria of the schema are exactly those of data/law/dpia.json, in order', () => {
    expect(common.definitions.wp248Criterion!.enum).toEqual(listDpiaCriteria().map((c) => c.id));
  });

  it('every built-in retention reference id is a valid register id', () => {
    for (const r of listRetentionReferences()) expect(r.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });
});
