/**
 * How a language writes dates: its date-fns locale and its Intl tag, both from `date_locale`
 * in `locales/<lang>/meta.json` ("en" is en-GB: day before month, and the zone names CET/CEST,
 * GMT/BST European readers expect). The one place that maps a language to a date locale:
 * deadlines (law), documents (render), breach drafts and the site all ask here.
 */
import { loadDateLocale, type Locale } from '../vendor/date-fns.js';
import { FALLBACK_LANGUAGE, isLocaleLanguage, rawMessage } from './index.js';

const cache = new Map<string, Locale>();

/** The `date_locale` tag of a language; English's for a language without a folder. */
function dateLocaleTag(lang: string): string {
  const known = isLocaleLanguage(lang) ? lang : FALLBACK_LANGUAGE;
  const tag = rawMessage(known, 'meta', 'date_locale');
  if (tag === undefined) throw new Error(`locales/${known}/meta.json has no date_locale`);
  return tag;
}

/** The date-fns locale a language formats dates with. */
export function dateLocale(lang: string): Locale {
  const tag = dateLocaleTag(lang);
  let locale = cache.get(tag);
  if (locale === undefined) {
    locale = loadDateLocale(tag);
    if (locale === undefined)
      throw new Error(`date-fns has no locale ${tag} (date_locale in locales/${lang}/meta.json)`);
    cache.set(tag, locale);
  }
  return locale;
}

/**
 * The Intl tag to read `tag` as: a language with a folder reads as its `date_locale` ("en" →
 * "en-GB"); any other tag (`fr-CA`) as itself.
 */
export function intlLocale(tag: string): string {
  const lower = tag.toLowerCase();
  return isLocaleLanguage(lower) ? dateLocaleTag(lower) : tag;
}
