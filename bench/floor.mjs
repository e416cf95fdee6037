// The floor `gdpr check` is measured against: read every register file, parse it as YAML and
// validate it against its JSON Schema, in one loop, with nothing else.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

const root = process.argv[2];
const schemaDir = new URL('../schemas/', import.meta.url);
const ajv = new Ajv({ allErrors: true, strict: true });
addFormatsModule.default(ajv, ['date', 'date-time', 'email', 'uri']);
for (const f of ['iso-duration', 'country-code', 'language-code']) ajv.addFormat(f, () => true);
// Editor annotations (hover help, snippets): ignored by validation, as in the build.
ajv.addVocabulary(['markdownDescription', 'markdownEnumDescriptions', 'defaultSnippets']);
for (const name of readdirSync(schemaDir)
  .filter((f) => f.endsWith('.schema.json'))
  .sort()) {
  ajv.addSchema(JSON.parse(readFileSync(new URL(name, schemaDir), 'utf8')), name);
}
const files = [['gdpr.yaml', 'gdpr']];
for (const [dir, kind] of [
  ['activities', 'activity'],
  ['parties', 'party'],
  ['notices', 'notice'],
]) {
  try {
    for (const f of readdirSync(join(root, dir)).sort()) files.push([`${dir}/${f}`, kind]);
  } catch {
    // an absent folder holds no files
  }
}
for (const c of ['data-categories', 'data-subjects', 'retention', 'security-measures'])
  files.push([`catalog/${c}.yaml`, c]);
let invalid = 0;
for (const [rel, kind] of files) {
  const data = parse(readFileSync(join(root, rel), 'utf8'));
  if (!ajv.getSchema(`${kind}.schema.json`)(data)) invalid++;
}
process.stdout.write(`${files.length} files, ${invalid} invalid\n`);
if (invalid > 0) process.exitCode = 1;
