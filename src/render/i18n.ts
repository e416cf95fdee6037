/**
 * The languages documents are written in and the way to their words. A language is a folder
 * of `locales/` (src/locale): its words are there (`words.json`: legal bases, rights, durations,
 * dates, typography; `record.json`: the Art. 30 record; `notice.json`, `register.json`: the
 * templates' sentences), never in a table here. Adding a language is adding a folder
 * (docs/LANGUAGES.md).
 */
import type { Localised } from '../law/types.js';
import {
  catalogue,
  FALLBACK_LANGUAGE,
  isLocaleLanguage,
  localeLanguages,
  message,
  PROBLEMS_DOMAIN,
  rawMessage,
  type MessageValues,
} from '../locale/index.js';

/** A language with a folder under `locales/` (check with `isDocumentLanguage`). */
export type DocumentLanguage = string;

export function isDocumentLanguage(lang: string): lang is DocumentLanguage {
  return isLocaleLanguage(lang);
}

/** A word of `locales/<lang>/<domain>.json`. */
export function word(
  lang: DocumentLanguage,
  domain: string,
  key: string,
  values?: MessageValues,
): string {
  return message(lang, domain, key, values);
}

/** The word for an enum value (`legal_basis.consent`), or the value itself when the locale has none. */
export function wordFor(
  lang: DocumentLanguage,
  domain: string,
  group: string,
  code: string,
): string {
  return rawMessage(lang, domain, `${group}.${code}`) === undefined
    ? code
    : message(lang, domain, `${group}.${code}`);
}

/**
 * The words of one group in every language of locales/, by code: `LEGAL_BASIS.consent.fr`.
 * A view of the catalogues for the programmatic API and the tests; documents ask `wordFor`.
 */
export function wordTable(domain: string, group: string): Readonly<Record<string, Localised>> {
  const prefix = `${group}.`;
  const codes = Object.keys(catalogue('en', domain))
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length));
  return Object.fromEntries(
    codes.map((code): [string, Localised] => [
      code,
      {
        en: message('en', domain, prefix + code),
        fr: message('fr', domain, prefix + code),
        ...Object.fromEntries(
          localeLanguages().map((lang) => [lang, message(lang, domain, prefix + code)]),
        ),
      },
    ]),
  );
}

/** Art. 6(1) legal bases in plain words, as a notice tells the reader. */
export const LEGAL_BASIS = wordTable('words', 'legal_basis');
/** The data subject's rights (Arts. 15–22, 7(3)) in plain words. */
export const RIGHTS = wordTable('words', 'right');

/** `": "` in English, `" : "` in French: the locale's typography. */
export function colon(lang: DocumentLanguage): string {
  return message(lang, 'words', 'typography.colon');
}

/** `"; "` in English, `" ; "` in French. */
export function semicolon(lang: DocumentLanguage): string {
  return message(lang, 'words', 'typography.semicolon');
}

/**
 * The language a document is written in, the same for every document command: `--lang` when
 * given, else the first of the register's `languages` the tool speaks. Undefined when neither
 * is one: the caller asks for `--lang` (a notice in a language its readers may not read must be
 * a choice, not a fallback). A register with no `languages` writes English.
 */
export function chooseLanguage(
  requested: string | undefined,
  registerLanguages: readonly string[],
  available: readonly string[] = localeLanguages(),
): DocumentLanguage | undefined {
  if (requested !== undefined) return available.includes(requested) ? requested : undefined;
  if (registerLanguages.length === 0) return 'en';
  return registerLanguages.find((l) => available.includes(l));
}

/**
 * The usage error for a language `chooseLanguage` could not settle, in `lang`: a --lang the tool
 * speaks (it may lack the document's templates), else English, as the other options refused.
 */
export function languageProblem(
  requested: string | undefined,
  registerLanguages: readonly string[],
  available: readonly string[] = localeLanguages(),
  lang: string = FALLBACK_LANGUAGE,
  /** What the register's languages lack (`refused.lang_none_breach`: breach drafts). */
  noneKey = 'refused.lang_none',
): string {
  return requested !== undefined
    ? message(lang, PROBLEMS_DOMAIN, 'refused.lang_unknown', {
        values: available.join(', '),
        value: requested,
      })
    : message(lang, PROBLEMS_DOMAIN, noneKey, {
        languages: registerLanguages.join(', '),
        choices: available.join(message(lang, PROBLEMS_DOMAIN, 'refused.lang_or')),
      });
}

// ---------------------------------------------------------------------------------------------
// The breach drafts still keep a template folder per language (templates/<lang>/breach-*.hbs)
// and tables of their own words for English and French; until they read locales/ too, their
// language is one of those two folders.

/** A language of the breach drafts (templates/<lang>/breach-*.hbs). */
export type Lang = 'en' | 'fr';
export const DOCUMENT_LANGUAGES: readonly Lang[] = ['en', 'fr'];

function isBreachLanguage(lang: string): lang is Lang {
  return (DOCUMENT_LANGUAGES as readonly string[]).includes(lang);
}

/** `chooseLanguage` among the breach drafts' languages. */
export function chooseDocumentLanguage(
  requested: string | undefined,
  registerLanguages: readonly string[],
): Lang | undefined {
  const chosen = chooseLanguage(requested, registerLanguages, DOCUMENT_LANGUAGES);
  return chosen !== undefined && isBreachLanguage(chosen) ? chosen : undefined;
}

/** `languageProblem` among the breach drafts' languages. */
export function documentLanguageProblem(
  requested: string | undefined,
  registerLanguages: readonly string[],
): string {
  return languageProblem(requested, registerLanguages, DOCUMENT_LANGUAGES);
}

/** The eight Art. 9(1) special categories in the breach drafts' languages (locales/<lang>/record.json). */
export const SPECIAL_CATEGORY_WORDS: Readonly<Record<string, Record<Lang, string>>> =
  Object.fromEntries(
    Object.entries(wordTable('record', 'special')).map(([code, words]) => [
      code,
      { en: words.en, fr: words.fr },
    ]),
  );
