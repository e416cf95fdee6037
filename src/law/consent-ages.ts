import { loadLawData } from './data.js';
import { canonicalCountryCode } from './eea.js';
import type { CountryCode, LawDataFile } from './types.js';

/** Age of digital consent under GDPR Art. 8(1) in one country (LAW.md §4.4). */
export interface ConsentAge {
  country: CountryCode;
  /** null where not even a commonly reported value is known. */
  age: number | null;
  provision: string | null;
  verified: boolean;
  note?: string;
}

interface ConsentAgesFile extends LawDataFile {
  default_age: number;
  minimum_age: number;
  ages: ConsentAge[];
}

function consentAgesFile(): ConsentAgesFile {
  return loadLawData<ConsentAgesFile>('consent-ages');
}

export function consentAgeFor(country: string): ConsentAge | undefined {
  const code = canonicalCountryCode(country);
  return consentAgesFile().ages.find((entry) => entry.country === code);
}

/** The GDPR default (16) and floor (13) of Art. 8(1). */
export function consentAgeBounds(): { defaultAge: number; minimumAge: number } {
  const file = consentAgesFile();
  return { defaultAge: file.default_age, minimumAge: file.minimum_age };
}

export function listConsentAges(): readonly ConsentAge[] {
  return consentAgesFile().ages;
}
