/**
 * What loading finds wrong (YAML syntax, schema) is found before the language of the output is
 * known. Each problem keeps its wording (a key of `locales/<lang>/problems.json` and its values)
 * next to its English message: `check` words it in the language of the check, everything else
 * prints the English message.
 */
import { FALLBACK_LANGUAGE, renderWording, type Wording } from '../locale/index.js';

export type { Wording };

export const PROBLEMS_DOMAIN = 'problems';

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
