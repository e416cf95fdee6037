import { loadLawData } from './data.js';
import { canonicalCountryCode } from './eea.js';
import type { CountryCode, LawDataFile, Localised, Sources } from './types.js';

/**
 * National rules on national identification numbers (GDPR Art. 87: each Member State
 * determines the conditions; LAW.md §4.3 for the French NIR). The wording is data, so that a
 * country is added by editing data/law/national-id.json.
 */
export interface NationalIdRule {
  /** ISO 3166-1 alpha-2 code; undefined for the generic rule. */
  country?: CountryCode;
  /** The number's national name, where the country has one. */
  number?: string;
  /** What the national framework allows, as a clause that completes a sentence. */
  restriction: Localised;
  source?: Sources;
  verified: boolean;
  note?: string;
}

interface NationalIdFile extends LawDataFile {
  default: Omit<NationalIdRule, 'country' | 'number'>;
  countries: NationalIdRule[];
}

function nationalIdFile(): NationalIdFile {
  return loadLawData<NationalIdFile>('national-id');
}

/** The country's own rule, or undefined when the data file does not list the country. */
export function nationalIdRuleOf(country: string): NationalIdRule | undefined {
  const code = canonicalCountryCode(country);
  return nationalIdFile().countries.find((rule) => rule.country === code);
}

/** The rule to show for an organisation established in `country` (the generic one if unlisted or unknown). */
export function nationalIdRuleFor(country: string | undefined): NationalIdRule {
  return (
    (country === undefined ? undefined : nationalIdRuleOf(country)) ?? nationalIdFile().default
  );
}

export function listNationalIdRules(): readonly NationalIdRule[] {
  return nationalIdFile().countries;
}
