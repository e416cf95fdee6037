import { enGB } from 'date-fns/locale/en-GB';
import { fr } from 'date-fns/locale/fr';
import type { Locale } from 'date-fns/locale';

/**
 * The date-fns locale of each document language, in one place: the deadlines (law), the
 * documents' `date` helper (render) and the breach drafts format dates with it. It sits in the
 * lowest layer that formats dates so that every layer above can share it. English is en-GB:
 * day before month, the order European readers expect.
 */
export const DATE_FNS_LOCALES: Readonly<Record<'en' | 'fr', Locale>> = { en: enGB, fr };
