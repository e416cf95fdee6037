import { groupByFile, summarize, type Diagnostic, type Formatter } from '../diagnostics.js';
import { citedArticle } from './words.js';

/**
 * JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure DevOps). One
 * `<testsuite>` per register file and one failing `<testcase>` per finding.
 *
 * Warnings are reported as `<failure type="warning">` too: JUnit has no notion of a warning, and
 * a warning dropped from the report (or shown as a passing test) would be invisible in the CI
 * view, whereas the exit code, not this report, decides whether the job fails. `type` keeps the
 * two apart for anyone who filters.
 *
 * With no findings, a single passing test case `gdpr check` is emitted, because most CI tools
 * treat a report with zero tests as missing or suspicious rather than green.
 */
export const formatJunit: Formatter = (diagnostics) => {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];

  if (diagnostics.length === 0) {
    out.push(
      '<testsuites name="gdpr" tests="1" failures="0" errors="0">',
      '  <testsuite name="gdpr check" tests="1" failures="0" errors="0">',
      '    <testcase name="gdpr check" classname="gdpr"/>',
      '  </testsuite>',
      '</testsuites>',
    );
    return out.join('\n') + '\n';
  }

  const { errors, warnings } = summarize(diagnostics);
  const total = errors + warnings;
  out.push(`<testsuites name="gdpr" tests="${total}" failures="${total}" errors="0">`);
  for (const [file, findings] of groupByFile(diagnostics)) {
    const count = findings.length;
    out.push(`  <testsuite name="${attr(file)}" tests="${count}" failures="${count}" errors="0">`);
    for (const d of findings) {
      out.push(
        `    <testcase name="${attr(`${d.rule} ${d.line}:${d.column}`)}" classname="${attr(d.file)}">`,
        `      <failure message="${attr(d.message)}" type="${d.severity}">${text(failureDetail(d))}</failure>`,
        '    </testcase>',
      );
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
};

function failureDetail(d: Diagnostic): string {
  const cited = citedArticle(d);
  const article = cited === undefined ? '' : ` (${cited})`;
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} [${d.rule}]${article}`;
}

/**
 * XML 1.0 §2.2: only TAB, LF, CR and U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF may appear,
 * even escaped; anything else (control characters, lone surrogates) makes the report unparseable.
 */
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function text(value: string): string {
  return value.replace(INVALID_XML_CHARS, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * XML 1.0 §3.3.3 normalises literal TAB, LF and CR in attribute values to spaces; character
 * references survive, so a multi-line message keeps its line breaks.
 */
function attr(value: string): string {
  return text(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
