import type { Severity } from '../diagnostics.js';
import type { Register } from '../register/load.js';
import type { Target } from '../register/locate.js';
import type { DocPath, SourceFile } from '../register/source.js';
import { FALLBACK_LANGUAGE, type MessageValues } from '../locale/index.js';
import { ruleDescription, ruleDocs, ruleMessages } from './rule-text.js';

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

/** What a rule file declares; its words are in `locales/<lang>/rules.json` under its id. */
export interface RuleDeclaration {
  /** Equal to the file name in src/rules/ (without extension). */
  id: string;
  /** Article or guidance cited in every finding, e.g. `GDPR Art. 30(1)(f)`. */
  article?: string;
  severity: Severity;
}

export interface RuleMeta extends RuleDeclaration {
  /** One line, shown by `gdpr rules` (English; other languages: check/rule-text.ts). */
  readonly description: string;
  /** ICU message templates (`{placeholder}`), by message id, in English. */
  readonly messages: Readonly<Record<string, string>>;
  readonly docs: RuleDocs;
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
   * The article this finding cites when it is not the rule's own: a national rule names the
   * national provision next to the GDPR article (`GDPR Art. 37(4); § 38 BDSG`).
   */
  article?: string;
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
  /** The language findings are worded in (`--lang`, else the register's first language). */
  readonly lang: string;
  /** A word or phrase of `locales/<lang>/rules.json` in that language, for a placeholder. */
  readonly text: (key: string, values?: MessageValues) => string;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void | Promise<void>;
}

export interface RuleDefinition {
  meta: RuleDeclaration;
  check(context: RuleContext): void | Promise<void>;
}

/** A rule: its declaration and logic, with its English words read from the catalogue on demand. */
export function defineRule(definition: RuleDefinition): Rule {
  const { id } = definition.meta;
  const meta: RuleMeta = {
    ...definition.meta,
    get description() {
      return ruleDescription(FALLBACK_LANGUAGE, id);
    },
    get messages() {
      return ruleMessages(FALLBACK_LANGUAGE, id);
    },
    get docs() {
      return ruleDocs(FALLBACK_LANGUAGE, id);
    },
  };
  return { meta, check: definition.check.bind(definition) };
}
