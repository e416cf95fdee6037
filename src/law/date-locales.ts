import { de } from 'date-fns/locale/de';
import { enGB } from 'date-fns/locale/en-GB';
import { es } from 'date-fns/locale/es';
import { fr } from 'date-fns/locale/fr';
import type { Locale } from 'date-fns/locale';

/**
 * The date-fns locale of each document language, in one place: the deadlines (law), the
 * documents' `date` helper (render) and the breach drafts format dates with it. It sits in the
 * lowest layer that formats dates so that every layer above can share it. English is en-GB:
 * day before month, the order European readers expect.
 */
export const DATE_FNS_LOCALES = { en: enGB, fr, de, es } as const satisfies Readonly<
  Record<string, Locale>
>;

const BY_LANGUAGE = new Map<string, Locale>(Object.entries(DATE_FNS_LOCALES));

/** The date-fns locale of a language; English (en-GB) for a language without one. */
export function dateLocale(lang: string): Locale {
  return BY_LANGUAGE.get(lang) ?? enGB;
}

/**
 * The Intl locale a bare language tag is read as, where it differs: "en" is en-GB, whose zone
 * names (CET/CEST, GMT/BST) European readers expect.
 */
export const INTL_LOCALES: ReadonlyMap<string, string> = new Map([['en', 'en-GB']]);
