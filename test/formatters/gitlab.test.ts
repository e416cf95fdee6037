import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { fingerprint } from '../../src/fingerprint.js';
import { formatGitlab, type CodeQualityIssue } from '../../src/formatters/gitlab.js';
import { formatSarif } from '../../src/formatters/sarif.js';
import {
  context,
  diagnostics,
  markupInNote,
  retentionMissing,
  transferWithoutMechanism,
} from './fixtures.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(
  readFileSync(path.join(here, '..', 'fixtures', 'gitlab', 'code-quality.schema.json'), 'utf8'),
) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

function report(list: readonly Diagnostic[]): CodeQualityIssue[] {
  const parsed = JSON.parse(formatGitlab(list, context)) as CodeQualityIssue[];
  const valid = validate(parsed);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
  return parsed;
}

describe('gitlab formatter (Code Quality report)', () => {
  it('matches the Code Quality report shape', () => {
    const issues = report(diagnostics);
    expect(issues).toHaveLength(3);
    expect(issues[0]).toEqual({
      description: 'Purpose has no retention period. (GDPR Art. 30(1)(f))',
      check_name: 'retention-required',
      fingerprint: fingerprint(retentionMissing),
      severity: 'major',
      location: { path: 'register/activities/payroll.yaml', lines: { begin: 4 } },
    });
    expect(issues[1]?.severity).toBe('minor');
    expect(issues[1]?.description).toBe(markupInNote.message);
  });

  it('uses a validator that rejects a wrong shape', () => {
    const [issue] = report([retentionMissing]);
    expect(validate([{ ...issue, severity: 'error' }])).toBe(false);
    expect(validate([{ ...issue, location: { path: 'a.yaml', lines: {} } }])).toBe(false);
    expect(validate([{ ...issue, check_name: undefined }])).toBe(false);
  });

  it('is an empty array when there is nothing to report', () => {
    expect(formatGitlab([], context)).toBe('[]\n');
  });

  it('keeps a fingerprint when the finding moves to another line, and changes it with the path', () => {
    const moved = { ...retentionMissing, line: 40, endLine: 40, column: 7 };
    expect(report([moved])[0]?.fingerprint).toBe(report([retentionMissing])[0]?.fingerprint);
    expect(fingerprint(moved)).toMatch(/^[0-9a-f]{32}$/);
    expect(fingerprint({ ...retentionMissing, path: 'purposes[1]' })).not.toBe(
      fingerprint(retentionMissing),
    );
    expect(fingerprint({ ...retentionMissing, file: 'register/activities/hr.yaml' })).not.toBe(
      fingerprint(retentionMissing),
    );
    expect(fingerprint({ ...retentionMissing, rule: 'other' })).not.toBe(
      fingerprint(retentionMissing),
    );
  });

  it('gives two findings of one rule at one path distinct fingerprints (GitLab keeps one per fingerprint)', () => {
    const second = { ...transferWithoutMechanism, message: 'Another message.' };
    const issues = report([transferWithoutMechanism, second]);
    expect(issues[0]?.fingerprint).toBe(fingerprint(transferWithoutMechanism));
    expect(issues[1]?.fingerprint).not.toBe(issues[0]?.fingerprint);
  });

  it('shares the fingerprint with SARIF partialFingerprints', () => {
    const log = JSON.parse(formatSarif([retentionMissing], context)) as {
      runs: { results: { partialFingerprints: Record<string, string> }[] }[];
    };
    expect(log.runs[0]?.results[0]?.partialFingerprints).toEqual({
      'gdprFinding/v1': fingerprint(retentionMissing),
    });
  });
});
