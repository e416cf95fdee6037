/**
 * The words of the rules live in `locales/<lang>/rules.json`, one entry per rule id:
 * `description`, `docs` (`why`, `triggers`, `fix`, `uncertain`) and `messages` (ICU
 * MessageFormat, `{placeholder}`). A rule file holds only its logic; the engine words its
 * findings in the language of the check.
 */
import {
  FALLBACK_LANGUAGE,
  catalogue,
  formatMessage,
  hasCatalogue,
  isLocaleLanguage,
  localeLanguages,
  rawMessage,
  type MessageValues,
} from '../locale/index.js';
import { UsageError } from '../errors.js';
import type { RuleDocs } from './rule.js';

export const RULES_DOMAIN = 'rules';

/** The languages whose rule messages are written (a `locales/<lang>/rules.json`). */
export function hasRuleCatalogue(lang: string): boolean {
  return isLocaleLanguage(lang) && hasCatalogue(lang, RULES_DOMAIN);
}

/** `--lang` checked: a language with rule messages (English when not given). */
export function messageLanguage(lang: string | undefined): string {
  if (lang === undefined) return FALLBACK_LANGUAGE;
  if (!hasRuleCatalogue(lang)) {
    const known = localeLanguages().filter(hasRuleCatalogue);
    throw new UsageError(`--lang: no rule messages in \`${lang}\`; available: ${known.join(', ')}`);
  }
  return lang;
}

/** One text of the rules catalogue, formatted (English when the language lacks it). */
export function ruleText(lang: string, key: string, values: MessageValues = {}): string {
  const raw = rawMessage(lang, RULES_DOMAIN, key);
  if (raw === undefined)
    throw new Error(`locales/${FALLBACK_LANGUAGE}/${RULES_DOMAIN}.json has no key "${key}"`);
  return formatMessage(raw, lang, values);
}

export function ruleDescription(lang: string, id: string): string {
  return ruleText(lang, `${id}.description`);
}

export function ruleDocs(lang: string, id: string): RuleDocs {
  const docs: RuleDocs = {
    why: ruleText(lang, `${id}.docs.why`),
    triggers: ruleText(lang, `${id}.docs.triggers`),
    fix: ruleText(lang, `${id}.docs.fix`),
  };
  if (rawMessage(FALLBACK_LANGUAGE, RULES_DOMAIN, `${id}.docs.uncertain`) !== undefined)
    docs.uncertain = ruleText(lang, `${id}.docs.uncertain`);
  return docs;
}

/** The message templates of a rule, raw (ICU), by message id. */
export function ruleMessages(lang: string, id: string): Readonly<Record<string, string>> {
  const prefix = `${id}.messages.`;
  const out: Record<string, string> = {};
  for (const key of Object.keys(catalogue(FALLBACK_LANGUAGE, RULES_DOMAIN))) {
    if (key.startsWith(prefix)) {
      const messageId = key.slice(prefix.length);
      out[messageId] = rawMessage(lang, RULES_DOMAIN, key) ?? '';
    }
  }
  return out;
}

/**
 * A finding's message. A placeholder without a value is a bug in the rule, not a user error:
 * it throws rather than printing `{name}`.
 */
export function ruleMessage(
  lang: string,
  id: string,
  messageId: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const raw = rawMessage(lang, RULES_DOMAIN, `${id}.messages.${messageId}`);
  if (raw === undefined) throw new Error(`rule ${id} reported unknown messageId ${messageId}`);
  for (const name of placeholders(raw)) {
    if (values[name] === undefined)
      throw new Error(`message placeholder {${name}} has no value in "${raw}"`);
  }
  return formatMessage(raw, lang, values);
}

/**
 * The `{name}` placeholders of a message (quoted braces excluded). A message with a plural or
 * a select is checked by intl-messageformat itself, which throws on a missing value.
 */
export function placeholders(raw: string): string[] {
  const names: string[] = [];
  const unquoted = raw.replace(/'[{}][^']*'/g, '');
  for (const m of unquoted.matchAll(/\{([A-Za-z_]\w*)\}/g)) {
    const name = m[1] ?? '';
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** A text of the law data (`{ en, fr, … }`) in the language of the check, else English. */
export function localisedText(value: object, lang: string): string {
  const texts = value as Readonly<Record<string, string | undefined>>;
  return texts[lang] ?? texts[FALLBACK_LANGUAGE] ?? '';
}
