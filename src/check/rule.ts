import type { Severity } from '../diagnostics.js';
import type { Register } from '../register/load.js';
import type { Target } from '../register/locate.js';
import type { DocPath, SourceFile } from '../register/source.js';

/** Documentation of a rule, rendered by `gdpr rules --format md` into docs/rules.md. */
export interface RuleDocs {
  /** Why the rule exists: the obligation, in one or two sentences. */
  why: string;
  /** What makes it fire. */
  triggers: string;
  /** How to fix a finding. */
  fix: string;
  /** Where the law or guidance is uncertain and why the severity is what it is. */
  uncertain?: string;
}

export interface RuleMeta {
  /** Equal to the file name in src/rules/ (without extension). */
  id: string;
  /** One line, shown by `gdpr rules`. */
  description: string;
  /** Article or guidance cited in every finding, e.g. `GDPR Art. 30(1)(f)`. */
  article?: string;
  severity: Severity;
  /** Message templates with `{{placeholders}}`, by message id. */
  messages: Readonly<Record<string, string>>;
  docs: RuleDocs;
}

export interface Report {
  messageId: string;
  data?: Readonly<Record<string, string | number>>;
  file: SourceFile;
  /** Path inside the document; for catalogue entries it starts with the entry index. */
  path?: DocPath;
  target?: Target;
  /** Raw offsets (syntax problems); wins over `path`. */
  range?: [number, number];
  /**
   * A severity for this finding when the rule mixes them (e.g. a DPIA still in draft is a
   * warning where a missing DPIA is an error). A severity set in gdpr.yaml `rules:` wins.
   */
  severity?: Severity;
}

export interface RuleContext {
  readonly register: Register;
  /** The day the check judges deadlines against (`--today`), YYYY-MM-DD. */
  readonly today: string;
  /** The instant the check runs at (`--now`; with only `--today`, the start of that day in UTC). */
  readonly now: Date;
  readonly report: (report: Report) => void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void | Promise<void>;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
