/** Shapes shared by every law data file (data/law/*.json). */

/** Text in the two languages the toolkit renders documents in. */
export interface Localised {
  en: string;
  fr: string;
  /** Other languages of locales/, where the data has them (English stands in otherwise). */
  readonly [lang: string]: string | undefined;
}

/**
 * A law label in `lang`; where the data does not have that language, in `fallback` when given
 * (the language of a national law, e.g. the CNIL lists are quoted in French), else in English
 * (docs/LANGUAGES.md lists the files to extend).
 */
export function localised(label: Localised, lang: string, fallback?: string): string {
  return label[lang] ?? (fallback === undefined ? undefined : label[fallback]) ?? label.en;
}

/** A source is a URL (https://…) or a citation (OJ reference, article, deliberation). */
export type Sources = string | string[];

/** Every law data file records when its facts were read and where they come from. */
export interface LawDataFile {
  /** Date the facts were read (YYYY-MM-DD). */
  as_of: string;
  source: Sources;
  description: string;
}

/** ISO 3166-1 alpha-2 code (upper case), or `org:<id>` for an international organisation. */
export type CountryCode = string;
