/**
 * What loading finds wrong (YAML syntax, schema) is found before the language of the output is
 * known. Each problem keeps its wording (a key of `locales/<lang>/problems.json` and its values)
 * next to its English message: `check` words it in the language of the check, and the commands
 * that refuse a broken register (register/open.ts) in theirs.
 */
import {
  FALLBACK_LANGUAGE,
  PROBLEMS_DOMAIN,
  message,
  renderWording,
  type MessageValues,
  type Wording,
} from '../locale/index.js';

export type { Wording };
export { PROBLEMS_DOMAIN };

/** A wording of the problems catalogue. */
export function wording(key: string, values?: Wording['values']): Wording {
  return values === undefined ? { key } : { key, values };
}

/** The problem in `lang` (English for a key the language lacks). */
export function problemText(lang: string, w: Wording): string {
  return renderWording(lang, PROBLEMS_DOMAIN, w);
}

/** The problem in English: the message of the register layer. */
export function englishProblem(w: Wording): string {
  return problemText(FALLBACK_LANGUAGE, w);
}

/**
 * A command's refusal (`refused.<key>` of the problems catalogue) in `lang`: a broken register,
 * a record that does not exist, an option value refused.
 */
export function refusalText(lang: string, key: string, values?: MessageValues): string {
  return message(lang, PROBLEMS_DOMAIN, `refused.${key}`, values);
}

/** " Did you mean `x`?" in `lang`, or nothing when no candidate is close. */
export function didYouMeanText(lang: string, near: string | undefined): string {
  return near === undefined ? '' : message(lang, PROBLEMS_DOMAIN, 'did_you_mean', { near });
}
