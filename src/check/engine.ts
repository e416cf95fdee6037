import { displayPath } from './display-path.js';
import {
  compareDiagnostics,
  type Diagnostic,
  type Severity,
  type SeveritySetting,
} from '../diagnostics.js';
import { ConfigError } from '../errors.js';
import { loadRegister, type LoadOptions, type Register } from '../register/load.js';
import { locateRange, spanOf } from '../register/locate.js';
import { formatPath } from '../register/source.js';
import { underInvalid } from '../register/prune.js';
import { didYouMean } from '../register/suggest.js';
import type { SourceFile } from '../register/source.js';
import { FALLBACK_LANGUAGE } from '../locale/index.js';
import { parseDirectives, type Directive } from './directives.js';
import type { Report, Rule } from './rule.js';
import { hasRuleCatalogue, ruleMessage, ruleText } from './rule-text.js';

export interface CheckOptions extends LoadOptions {
  /** YYYY-MM-DD: the day deadlines are judged against. */
  today: string;
  now: Date;
  /** Working directory: diagnostics name files relative to it. */
  cwd: string;
  rules: readonly Rule[];
  /** The language of the messages (default English, or see `registerLanguage`). */
  lang?: string;
  /** Without `lang`: speak the register's first language when its messages are written. */
  registerLanguage?: boolean;
}

export interface CheckResult {
  register: Register;
  diagnostics: Diagnostic[];
}

/** Fills `{{placeholders}}`; a placeholder left unfilled is a bug in the rule, not a user error. */
export function interpolate(
  template: string,
  data: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const v = data[name];
    if (v === undefined)
      throw new Error(`message placeholder {{${name}}} has no value in "${template}"`);
    return String(v);
  });
}

/** Severity settings from gdpr.yaml `rules:`; unknown rule ids are a configuration error (exit 2). */
export function severitySettings(
  register: Register,
  rules: readonly Rule[],
): Map<string, SeveritySetting> {
  const settings = new Map<string, SeveritySetting>();
  const file = register.configFile;
  const raw = (file?.data as { rules?: unknown } | undefined)?.rules;
  if (!file || !raw || typeof raw !== 'object' || Array.isArray(raw)) return settings;
  const known = rules.map((r) => r.meta.id);
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!known.includes(id)) {
      const span = spanOf(file, locateRange(file, ['rules', id], 'key'));
      throw new ConfigError(
        `unknown rule \`${id}\` in \`rules:\`.${didYouMean(id, known)} Run \`gdpr rules\` to list them.`,
        {
          file: file.relPath,
          line: span.start.line,
          column: span.start.column,
        },
      );
    }
    if (value === 'off' || value === 'warning' || value === 'error') settings.set(id, value);
  }
  return settings;
}

export async function checkRegister(root: string, options: CheckOptions): Promise<CheckResult> {
  const register = loadRegister(root, options);
  const settings = severitySettings(register, options.rules);
  const found: { diagnostic: Diagnostic; file: SourceFile }[] = [];
  const ran = new Set<string>();
  const lang =
    options.lang ??
    (options.registerLanguage === true ? findingsLanguage(register) : FALLBACK_LANGUAGE);
  // The same finding in many files has the same words: each message is worded once, and one
  // copy of it kept (by rule, message and values).
  const messages = new Map<string, string>();
  const reporterOf = (rule: Rule) => {
    const configured = settings.get(rule.meta.id);
    const setting = configured === 'off' ? undefined : configured;
    return (r: Report): void => {
      // Partial validation: a value removed because it failed its schema has its schema finding;
      // a rule judging it (or something under it) would only repeat that finding.
      const invalid = register.invalid.get(r.file);
      if (rule.meta.id !== SCHEMA_RULE && invalid && underInvalid(invalid, r.path ?? [])) return;
      const key = `${rule.meta.id}\u0000${r.messageId}\u0000${JSON.stringify(r.data ?? {})}`;
      let message = messages.get(key);
      if (message === undefined)
        messages.set(key, (message = ruleMessage(lang, rule.meta.id, r.messageId, r.data)));
      const severity: Severity = setting ?? r.severity ?? rule.meta.severity;
      found.push({
        diagnostic: toDiagnostic(rule, r, message, severity, options.cwd, lang),
        file: r.file,
      });
    };
  };

  for (const rule of options.rules) {
    if (settings.get(rule.meta.id) === 'off') continue;
    ran.add(rule.meta.id);
    await rule.check({
      register,
      today: options.today,
      now: options.now,
      report: reporterOf(rule),
      lang,
      text: (key, values) => ruleText(lang, key, values),
    });
  }
  const directiveRule = options.rules.find((r) => r.meta.id === DIRECTIVE_RULE);
  const diagnostics = applyDirectives(
    register,
    found,
    ran,
    directiveRule && ran.has(DIRECTIVE_RULE) ? reporterOf(directiveRule) : undefined,
  );
  diagnostics.sort(compareDiagnostics);
  return { register, diagnostics };
}

const DIRECTIVE_RULE = 'suppression-directive';
const SCHEMA_RULE = 'schema';

/** The register's first language when its rule messages are written, else English. */
export function findingsLanguage(register: Register): string {
  const first = register.config?.data.languages?.[0];
  return first !== undefined && hasRuleCatalogue(first) ? first : FALLBACK_LANGUAGE;
}

/**
 * `# gdpr-disable-next-line <rules> -- <reason>`: drops the findings of the named rules on the
 * next line; reports, through `suppression-directive`, each named rule that ran and hid nothing.
 */
function applyDirectives(
  register: Register,
  found: readonly { diagnostic: Diagnostic; file: SourceFile }[],
  ran: ReadonlySet<string>,
  reportUnused: ((r: Report) => void) | undefined,
): Diagnostic[] {
  const byFile = new Map<SourceFile, Directive[]>();
  for (const file of register.files) {
    if (file.withoutDirectives === true) continue;
    const directives = parseDirectives(file.text);
    if (directives.length > 0) byFile.set(file, directives);
  }
  if (byFile.size === 0) return found.map((f) => f.diagnostic);
  const used = new Set<string>();
  const kept: Diagnostic[] = [];
  for (const { diagnostic, file } of found) {
    const directive =
      diagnostic.rule === DIRECTIVE_RULE
        ? undefined
        : byFile
            .get(file)
            ?.find(
              (d) => d.target === diagnostic.line && d.rules.some((r) => r.id === diagnostic.rule),
            );
    if (directive) used.add(`${directive.line}\u0000${file.absPath}\u0000${diagnostic.rule}`);
    else kept.push(diagnostic);
  }
  if (!reportUnused) return kept;
  // reportUnused appends to `found` (the caller's list): what it adds is kept as is.
  const before = found.length;
  for (const [file, directives] of byFile) {
    for (const d of directives) {
      for (const r of d.rules) {
        if (!ran.has(r.id) || used.has(`${d.line}\u0000${file.absPath}\u0000${r.id}`)) continue;
        reportUnused({ messageId: 'unused', data: { id: r.id }, file, range: r.range });
      }
    }
  }
  for (const f of found.slice(before)) kept.push(f.diagnostic);
  return kept;
}

function toDiagnostic(
  rule: Rule,
  r: Report,
  message: string,
  severity: Severity,
  cwd: string,
  lang: string,
): Diagnostic {
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
  const article = r.article ?? rule.meta.article;
  if (article) d.article = article;
  if (lang !== FALLBACK_LANGUAGE) d.lang = lang;
  return d;
}

export { displayPath };
