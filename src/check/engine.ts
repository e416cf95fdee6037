import { relative, sep } from 'node:path';
import { compareDiagnostics, type Diagnostic, type Severity, type SeveritySetting } from '../diagnostics.js';
import { ConfigError } from '../errors.js';
import { loadRegister, type LoadOptions, type Register } from '../register/load.js';
import { locateRange, spanOf } from '../register/locate.js';
import { formatPath } from '../register/source.js';
import { didYouMean } from '../register/suggest.js';
import type { Report, Rule } from './rule.js';

export interface CheckOptions extends LoadOptions {
  /** YYYY-MM-DD: the day deadlines are judged against. */
  today: string;
  now: Date;
  /** Working directory: diagnostics name files relative to it. */
  cwd: string;
  rules: readonly Rule[];
}

export interface CheckResult {
  register: Register;
  diagnostics: Diagnostic[];
}

/** Fills `{{placeholders}}`; a placeholder left unfilled is a bug in the rule, not a user error. */
export function interpolate(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const v = data[name];
    if (v === undefined) throw new Error(`message placeholder {{${name}}} has no value in "${template}"`);
    return String(v);
  });
}

/** Severity settings from gdpr.yaml `rules:`; unknown rule ids are a configuration error (exit 2). */
export function severitySettings(register: Register, rules: readonly Rule[]): Map<string, SeveritySetting> {
  const settings = new Map<string, SeveritySetting>();
  const file = register.configFile;
  const raw = (file?.data as { rules?: unknown } | undefined)?.rules;
  if (!file || !raw || typeof raw !== 'object' || Array.isArray(raw)) return settings;
  const known = rules.map((r) => r.meta.id);
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!known.includes(id)) {
      const span = spanOf(file, locateRange(file, ['rules', id], 'key'));
      throw new ConfigError(`unknown rule \`${id}\` in \`rules:\`.${didYouMean(id, known)} Run \`gdpr rules\` to list them.`, {
        file: file.relPath,
        line: span.start.line,
        column: span.start.column,
      });
    }
    if (value === 'off' || value === 'warning' || value === 'error') settings.set(id, value);
  }
  return settings;
}

export async function checkRegister(root: string, options: CheckOptions): Promise<CheckResult> {
  const register = loadRegister(root, options);
  const settings = severitySettings(register, options.rules);
  const diagnostics: Diagnostic[] = [];

  for (const rule of options.rules) {
    const setting = settings.get(rule.meta.id);
    if (setting === 'off') continue;
    const report = (r: Report): void => {
      const template = rule.meta.messages[r.messageId];
      if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown messageId ${r.messageId}`);
      const severity: Severity = setting ?? r.severity ?? rule.meta.severity;
      diagnostics.push(toDiagnostic(rule, r, interpolate(template, r.data), severity, options.cwd));
    };
    await rule.check({ register, today: options.today, now: options.now, report });
  }
  diagnostics.sort(compareDiagnostics);
  return { register, diagnostics };
}

function toDiagnostic(rule: Rule, r: Report, message: string, severity: Severity, cwd: string): Diagnostic {
  const path = r.path ?? [];
  const range = r.range ?? locateRange(r.file, path, r.target ?? 'value');
  const span = spanOf(r.file, range);
  const d: Diagnostic = {
    rule: rule.meta.id,
    severity,
    message,
    file: displayPath(r.file.absPath, cwd),
    line: Math.max(1, span.start.line),
    column: Math.max(1, span.start.column),
    endLine: Math.max(1, span.end.line),
    endColumn: Math.max(1, span.end.column),
    path: formatPath(path),
  };
  if (rule.meta.article) d.article = rule.meta.article;
  return d;
}

export function displayPath(absPath: string, cwd: string): string {
  const rel = relative(cwd, absPath);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}
