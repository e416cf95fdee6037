/**
 * The language the questions of a wizard are asked in: `--lang`, else the register's first
 * language, when `locales/` has it; else English. Words come from `locales/<lang>/wizard.json`
 * (a key a language lacks falls back to English).
 */
import {
  FALLBACK_LANGUAGE,
  isLocaleLanguage,
  message,
  type MessageValues,
} from '../locale/index.js';

export function wizardLanguage(
  requested: string | undefined,
  registerLanguages: readonly string[] | undefined,
): string {
  const wanted = requested ?? registerLanguages?.[0] ?? FALLBACK_LANGUAGE;
  return isLocaleLanguage(wanted) ? wanted : FALLBACK_LANGUAGE;
}

/** The words of one wizard in one language: `t('breach.title.message')`. */
export type Words = (key: string, values?: MessageValues) => string;

export function wizardWords(lang: string): Words {
  return (key, values) => message(lang, 'wizard', key, values);
}
