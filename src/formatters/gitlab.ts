import { nodeCrypto } from '../builtins.js';
import type { Diagnostic, Formatter } from '../diagnostics.js';
import { fingerprint } from '../fingerprint.js';
import { citedArticle } from './words.js';

/** GitLab's severities, lowest first: info, minor, major, critical, blocker. */
export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/** One issue of a GitLab Code Quality report (the subset GitLab reads). */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number } };
}

const SEVERITY: Record<Diagnostic['severity'], CodeQualitySeverity> = {
  error: 'major',
  warning: 'minor',
};

/**
 * The GitLab Code Quality report (`artifacts:reports:codequality`): a JSON array of issues,
 * shown in the merge request widget and on the changed lines. The fingerprint is the stable one
 * of src/fingerprint.ts (rule, file, JSON path); GitLab keeps only the first issue of a given
 * fingerprint, so a second finding of the same rule at the same path is told apart by its message.
 */
export const formatGitlab: Formatter = (diagnostics) => {
  const seen = new Set<string>();
  const issues = diagnostics.map((d): CodeQualityIssue => {
    let id = fingerprint(d);
    for (let n = 0; seen.has(id); n++) id = rehash(id, d.message, n);
    seen.add(id);
    const article = citedArticle(d);
    const description = article === undefined ? d.message : `${d.message} (${article})`;
    return {
      description,
      check_name: d.rule,
      fingerprint: id,
      severity: SEVERITY[d.severity],
      location: { path: d.file, lines: { begin: d.line } },
    };
  });
  return JSON.stringify(issues, null, 2) + '\n';
};

function rehash(previous: string, message: string, n: number): string {
  return nodeCrypto()
    .createHash('sha256')
    .update(`${previous}\0${message}\0${String(n)}`)
    .digest('hex')
    .slice(0, 32);
}
