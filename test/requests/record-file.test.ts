import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  documentText,
  readRecordDocument,
  schemaKeyOrder,
  setInSchemaOrder,
} from '../../src/register/record-file.js';
import { REPO_ROOT } from '../helpers/cli.js';

describe('record files are rewritten without noise', () => {
  it('every record of the example register comes back byte for byte when nothing is changed', () => {
    const base = join(REPO_ROOT, 'examples/atelier-durand');
    const changed: string[] = [];
    let count = 0;
    for (const dir of ['activities', 'requests', 'dpias', 'incidents', 'parties', 'notices']) {
      for (const name of readdirSync(join(base, dir))) {
        const path = join(base, dir, name);
        count += 1;
        if (documentText(readRecordDocument(path)) !== readFileSync(path, 'utf8'))
          changed.push(`${dir}/${name}`);
      }
    }
    expect(count).toBeGreaterThan(30);
    expect(changed).toEqual([]);
  });

  it('reads key orders from the schemas, following definitions', () => {
    expect(schemaKeyOrder('activity', ['dpia'])).toEqual([
      'criteria',
      'cnil_list',
      'art35_3',
      'ref',
      'not_required_reason',
    ]);
    expect(schemaKeyOrder('request', ['extension'])).toEqual(['months', 'reason', 'notified']);
  });

  it('inserts a missing parent and its key in schema order, keeps sequences unpadded and quoted brackets intact', () => {
    const doc = parseDocument(
      'name: { en: "A [ b ]" }\npurposes: []\n# systems comment\nsystems: [ x, y ]\n',
    );
    setInSchemaOrder(doc, 'activity', ['dpia', 'criteria'], ['large-scale']);
    setInSchemaOrder(doc, 'activity', ['status'], 'active');
    expect(documentText(doc)).toBe(
      'name: { en: "A [ b ]" }\nstatus: active\npurposes: []\ndpia:\n  criteria: [large-scale]\n# systems comment\nsystems: [x, y]\n',
    );
  });
});
