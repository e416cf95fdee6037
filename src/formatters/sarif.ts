import { pathToFileURL } from 'node:url';
import type { Log, Region, ReportingDescriptor, Result } from 'sarif';
import type { Diagnostic, FormatContext, Formatter } from '../diagnostics.js';
import { fingerprint } from '../fingerprint.js';

const SRCROOT = '%SRCROOT%';

/**
 * SARIF 2.1.0, the format GitHub code scanning and most IDE viewers ingest. Locations are relative
 * to `%SRCROOT%` so that the log stays valid when the repository is checked out elsewhere;
 * `originalUriBaseIds` records where it was on this machine.
 */
export const formatSarif: Formatter = (diagnostics, context) => {
  const rules = ruleDescriptors(diagnostics, context);
  const ruleIndexById = new Map(rules.map((rule, index) => [rule.id, index]));

  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gdpr',
            informationUri: 'https://gdpr-cli.example/',
            version: context.toolVersion,
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(context.cwd) } },
        // Columns come from JavaScript string offsets (the YAML parser's line counter).
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => toResult(d, ruleIndexById.get(d.rule) ?? 0)),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/**
 * Every result must point at a rule in `driver.rules` (viewers look up the description there), so
 * a finding whose rule the caller did not describe — e.g. a YAML syntax error from the loader —
 * gets a bare descriptor of its own.
 */
function ruleDescriptors(
  diagnostics: readonly Diagnostic[],
  context: FormatContext,
): ReportingDescriptor[] {
  const descriptors: ReportingDescriptor[] = context.rules.map((rule) => {
    const descriptor: ReportingDescriptor = {
      id: rule.id,
      shortDescription: { text: rule.description },
      fullDescription: {
        text:
          rule.article === undefined ? rule.description : `${rule.description} (${rule.article})`,
      },
      defaultConfiguration: { level: rule.severity },
    };
    if (rule.helpUri !== undefined) descriptor.helpUri = rule.helpUri;
    if (rule.article !== undefined) descriptor.properties = { article: rule.article };
    return descriptor;
  });
  const known = new Set(descriptors.map((descriptor) => descriptor.id));
  for (const d of diagnostics) {
    if (known.has(d.rule)) continue;
    known.add(d.rule);
    const descriptor: ReportingDescriptor = { id: d.rule };
    if (d.article !== undefined) descriptor.properties = { article: d.article };
    descriptors.push(descriptor);
  }
  return descriptors;
}

function toResult(d: Diagnostic, ruleIndex: number): Result {
  const result: Result = {
    ruleId: d.rule,
    ruleIndex,
    level: d.severity,
    message: { text: d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: relativeUri(d.file), uriBaseId: SRCROOT },
          region: region(d),
        },
      },
    ],
    // Stable across line moves (rule + file + JSON path), so code scanning follows an alert.
    partialFingerprints: { 'gdprFinding/v1': fingerprint(d) },
  };
  if (d.article !== undefined) result.properties = { article: d.article };
  return result;
}

/** SARIF rejects an end before the start (§3.30.2); such an end is dropped rather than invented. */
function region(d: Diagnostic): Region {
  const start: Region = { startLine: d.line, startColumn: d.column };
  const endIsAfterStart = d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column);
  return endIsAfterStart ? { ...start, endLine: d.endLine, endColumn: d.endColumn } : start;
}

/** `file` uses `/` separators; each segment is percent-encoded so that spaces or `#` stay a valid URI reference. */
function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** SARIF §3.14.14: a base URI must end with `/`, or relative URIs would resolve against its parent. */
function directoryUri(cwd: string): string {
  const href = pathToFileURL(cwd).href;
  return href.endsWith('/') ? href : `${href}/`;
}
