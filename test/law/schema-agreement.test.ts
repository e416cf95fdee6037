import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listDpiaCriteria } from '../../src/law/dpia.js';
import { listRetentionReferences } from '../../src/law/retention-references.js';
import { copyOfSafeguards, listTransferMechanisms } from '../../src/law/transfers.js';
import { basesLaidDownByLaw, directMarketingBases } from '../../src/law/legal-bases.js';
import { loadLawData } from '../../src/law/data.js';
import { REPO_ROOT } from '../helpers/cli.js';

/**
 * The law layer knows nothing of our files, so it keeps its own ids; these tests make sure the
 * register format (the schemas) and the law data never drift apart.
 */
const activity = JSON.parse(
  readFileSync(join(REPO_ROOT, 'schemas', 'activity.schema.json'), 'utf8'),
) as { definitions: Record<string, { enum?: string[] }> };
const enumOf = (name: string): string[] => activity.definitions[name]!.enum!;

const common = JSON.parse(
  readFileSync(join(REPO_ROOT, 'schemas', 'common.schema.json'), 'utf8'),
) as { definitions: Record<string, { enum?: string[] }> };

describe('schemas and law data agree', () => {
  it('the WP248 criteria of the schema are exactly those of data/law/dpia.json, in order', () => {
    expect(common.definitions.wp248Criterion!.enum).toEqual(listDpiaCriteria().map((c) => c.id));
  });

  it('every built-in retention reference id is a valid register id', () => {
    for (const r of listRetentionReferences()) expect(r.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });

  it("the transfer tools of data/law/transfer-tools.json are exactly the schema's mechanisms, in order", () => {
    expect(listTransferMechanisms()).toEqual(enumOf('transferMechanism'));
  });

  it('the transfers that owe a copy of the safeguards (Art. 13(1)(f)) name schema values only', () => {
    const { mechanisms, derogations } = copyOfSafeguards();
    expect(mechanisms.length).toBeGreaterThan(0);
    for (const m of mechanisms) expect(enumOf('transferMechanism')).toContain(m);
    for (const d of derogations) expect(enumOf('art49Derogation')).toContain(d);
  });

  it('the legal bases of data/law/legal-bases.json are schema legal bases', () => {
    const bases = enumOf('legalBasis');
    expect(Object.keys(basesLaidDownByLaw()).length).toBeGreaterThan(0);
    for (const b of Object.keys(basesLaidDownByLaw())) expect(bases).toContain(b);
    expect(directMarketingBases().length).toBeGreaterThan(0);
    for (const b of directMarketingBases()) expect(bases).toContain(b);
  });

  it('data/law/direct-marketing-words.json gives words for each document language', () => {
    const { words } = loadLawData<{
      as_of: string;
      source: string;
      description: string;
      words: Record<string, string[]>;
    }>('direct-marketing-words');
    expect(Object.keys(words).sort()).toEqual(['en', 'fr']);
    for (const list of Object.values(words)) expect(list.length).toBeGreaterThan(0);
  });
});
