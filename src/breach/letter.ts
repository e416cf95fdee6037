/**
 * The letter to the people (Art. 34(2)): in clear and plain language, their own text (never
 * the internal description and measures), dated and placed without offsets, with advice to
 * protect themselves (EDPB Guidelines 9/2022).
 */
import type { GdprConfig, Incident } from '../types/register.js';
import type { NotifiedAuthority } from './authority.js';
import type { AssessedCategory, DataKind } from './categories.js';
import { longDate } from './long-dates.js';
import { breachWord } from './words.js';

export interface SubjectsLetter {
  whatHappened: string;
  consequences: string;
  whatWeDid: string;
  whatYouCanDo: string | null;
  /** Who answers their questions: the letter's own contact, else the DPO's or the organisation's (in `contact`). */
  contact: string | null;
  /** When it happened / when we found out, as a date in the reader's zone (no time, no offset). */
  discovered: string;
  place: string | null;
  date: string;
  authorityAddress: string | null;
  authorityWebsite: string | null;
}

/** The fields a letter to the people needs (Art. 34(2)), by their path in the incident file. */
export function missingLetterItems(incident: Incident): string[] {
  const letter = incident.subjects_letter;
  const missing: string[] = [];
  if (!letter?.what_happened) missing.push('subjects_letter.what_happened');
  if (!letter?.consequences) missing.push('subjects_letter.consequences');
  if (!letter?.what_we_did) missing.push('subjects_letter.what_we_did');
  return missing;
}

/** The town of an address written `…, 69007 Lyon, France` (a postcode before it), if any. */
export function townOf(address: string): string | null {
  for (const part of address.split(/[,\n]/).map((s) => s.trim())) {
    const match = /^(?:[A-Z]{1,2}-?)?\d{4,5}\s+(.+)$/.exec(part);
    if (match?.[1] !== undefined) return match[1];
  }
  return null;
}

export function subjectsLetter(
  incident: Incident,
  config: GdprConfig | undefined,
  authority: NotifiedAuthority,
  zone: string,
  lang: string,
  today: string,
): SubjectsLetter | null {
  const letter = incident.subjects_letter;
  if (letter === undefined) return null;
  const told = incident.notifications?.subjects?.at;
  return {
    whatHappened: letter.what_happened,
    consequences: letter.consequences,
    whatWeDid: letter.what_we_did,
    whatYouCanDo: letter.what_you_can_do ?? null,
    contact: letter.contact ?? null,
    discovered: longDate(incident.discovered_at, zone, lang),
    place: letter.place ?? townOf(config?.organisation.address ?? ''),
    // The day the people were told, else today's (the letter is being sent).
    date:
      told !== undefined ? longDate(told, zone, lang) : longDate(`${today}T12:00:00Z`, 'UTC', lang),
    authorityAddress: authority.address ?? null,
    authorityWebsite: authority.website ?? null,
  };
}

/** Art. 34(2) and EDPB Guidelines 9/2022: advice to protect themselves, by the kinds of data exposed. */
export function adviceFor(
  incident: Incident,
  categories: readonly AssessedCategory[],
  lang: string,
): string[] {
  const kinds = new Set<DataKind>(categories.flatMap((c) => c.kinds));
  const advice = ADVICE_KINDS.filter((k) => kinds.has(k))
    .map((k) => breachWord(lang, `advice.${k}`))
    .filter((a, i, all) => all.indexOf(a) === i);
  if (incident.types.includes('availability')) advice.push(breachWord(lang, 'advice.availability'));
  advice.push(breachWord(lang, 'advice.phishing'));
  return advice;
}

/** The kinds of data that call for advice, in the order the letter gives it. */
const ADVICE_KINDS = [
  'credentials',
  'financial',
  'identity-document',
  'national-id',
  'special',
  'criminal',
] as const satisfies readonly DataKind[];
