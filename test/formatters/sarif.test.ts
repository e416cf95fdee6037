import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { formatSarif } from '../../src/formatters/sarif.js';
import { context, diagnostics, retentionMissing } from './fixtures.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const schemaPath = path.resolve(repoRoot, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json');

// Both packages are CommonJS: under NodeNext the default import is `module.exports`, whose
// `.default` is the class / plugin (the same object at run time, the right type for tsc).
const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
ajvFormats.default(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);

function sarif(list: readonly Diagnostic[]): Log {
  const output = formatSarif(list, context);
  const log = JSON.parse(output) as Log;
  const valid = validateSarif(log);
  expect(validateSarif.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
  return log;
}

function firstRun(log: Log) {
  const run = log.runs[0];
  if (run === undefined) throw new Error('no run');
  return run;
}

describe('sarif formatter', () => {
  it('is valid against the official SARIF 2.1.0 schema', () => {
    const log = sarif(diagnostics);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
  });

  it('uses a validator that does reject an invalid log', () => {
    const log = JSON.parse(formatSarif([retentionMissing], context)) as {
      runs: { results: { level: string }[] }[];
    };
    const result = log.runs[0]?.results[0];
    if (result === undefined) throw new Error('no result');
    result.level = 'fatal';
    expect(validateSarif(log)).toBe(false);
    result.level = 'warning';
    expect(validateSarif(log)).toBe(true);
    // Formats are checked too (ajv-formats), not only structure.
    expect(validateSarif({ ...log, $schema: 'not a uri' })).toBe(false);
  });

  it('is valid with no findings', () => {
    expect(firstRun(sarif([])).results).toEqual([]);
  });

  it('describes the tool and its rules', () => {
    const { driver } = firstRun(sarif(diagnostics)).tool;
    expect(driver.name).toBe('gdpr');
    expect(driver.informationUri).toBe('https://gdpr-cli.example/');
    expect(driver.version).toBe('0.1.0');
    expect(driver.rules).toEqual([
      {
        id: 'transfer-mechanism-required',
        shortDescription: { text: 'Transfers outside the EEA name their Chapter V mechanism.' },
        fullDescription: {
          text: 'Transfers outside the EEA name their Chapter V mechanism. (GDPR Art. 46(1))',
        },
        defaultConfiguration: { level: 'error' },
        properties: { article: 'GDPR Art. 46(1)' },
      },
      {
        id: 'retention-required',
        shortDescription: { text: 'Every purpose states how long its data is kept.' },
        fullDescription: {
          text: 'Every purpose states how long its data is kept. (GDPR Art. 30(1)(f))',
        },
        defaultConfiguration: { level: 'error' },
        helpUri: 'https://gdpr-cli.example/rules/retention-required',
        properties: { article: 'GDPR Art. 30(1)(f)' },
      },
      {
        id: 'free-text-markup',
        shortDescription: { text: 'Free text contains no markup.' },
        fullDescription: { text: 'Free text contains no markup.' },
        defaultConfiguration: { level: 'warning' },
      },
    ]);
  });

  it('points each result at its rule by index, with its level and message', () => {
    const run = firstRun(sarif(diagnostics));
    expect(run.results?.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['retention-required', 1, 'error'],
      ['free-text-markup', 2, 'warning'],
      ['transfer-mechanism-required', 0, 'error'],
    ]);
    for (const result of run.results ?? []) {
      expect(run.tool.driver.rules?.[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
    }
    expect(run.results?.[1]?.message).toEqual({ text: 'Note: 100% of "R&D, Ltd"\n<script> tag.' });
  });

  it('locates results relative to %SRCROOT%, which is the working directory as a file URI', () => {
    const run = firstRun(sarif(diagnostics));
    expect(run.originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: 'file:///srv/atelier%20durand/register-repo/' },
    });
    expect(run.results?.[1]?.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'register/activities/payroll.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 12, startColumn: 14, endLine: 13, endColumn: 14 },
        },
      },
    ]);
  });

  it('percent-encodes file names that are not valid URI references as they stand', () => {
    const run = firstRun(
      sarif([{ ...retentionMissing, file: 'register/activities/pay roll#2.yaml' }]),
    );
    expect(run.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe(
      'register/activities/pay%20roll%232.yaml',
    );
  });

  it('adds a descriptor for a rule the caller did not describe', () => {
    const syntaxError: Diagnostic = {
      rule: 'yaml-syntax',
      severity: 'error',
      message: 'Unexpected end of flow mapping.',
      file: 'register/broken.yaml',
      line: 2,
      column: 7,
      endLine: 2,
      endColumn: 8,
      path: '',
    };
    const run = firstRun(sarif([syntaxError, retentionMissing]));
    expect(run.tool.driver.rules?.[3]).toEqual({ id: 'yaml-syntax' });
    expect(run.results?.map((r) => r.ruleIndex)).toEqual([3, 1]);
  });

  it('drops an end that lies before the start instead of writing an invalid region', () => {
    const run = firstRun(sarif([{ ...retentionMissing, endLine: 3, endColumn: 1 }]));
    expect(run.results?.[0]?.locations?.[0]?.physicalLocation?.region).toEqual({
      startLine: 4,
      startColumn: 3,
    });
  });
});
