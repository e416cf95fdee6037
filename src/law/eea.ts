import { loadLawData } from './data.js';
import type { CountryCode, LawDataFile, Localised } from './types.js';

export interface EeaMember {
  code: CountryCode;
  /** The EU's own code where it differs from ISO (Greece: EL). */
  eu_code?: string;
  name: Localised;
  eu: boolean;
  verified: boolean;
}

interface EeaFile extends LawDataFile {
  code_aliases: Record<string, CountryCode>;
  members: EeaMember[];
}

function eeaFile(): EeaFile {
  return loadLawData<EeaFile>('eea');
}

/**
 * Upper-cases a country code and maps the aliases of eea.json to ISO 3166-1 alpha-2
 * (EL → GR, UK → GB). International-organisation ids (`org:…`) are returned unchanged.
 */
export function canonicalCountryCode(code: string): CountryCode {
  const trimmed = code.trim();
  if (trimmed.toLowerCase().startsWith('org:')) return trimmed.toLowerCase();
  const upper = trimmed.toUpperCase();
  return eeaFile().code_aliases[upper] ?? upper;
}

function memberFor(country: string): EeaMember | undefined {
  const code = canonicalCountryCode(country);
  return eeaFile().members.find((member) => member.code === code);
}

/** Transfers within the EEA need no Chapter V mechanism (LAW.md §5.1). */
export function isEea(country: string): boolean {
  return memberFor(country) !== undefined;
}

export function isEu(country: string): boolean {
  return memberFor(country)?.eu === true;
}

export function listEeaCountries(): readonly EeaMember[] {
  return eeaFile().members;
}
