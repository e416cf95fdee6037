import { loadLawData } from './data.js';
import { canonicalCountryCode } from './eea.js';
import type { CountryCode, LawDataFile, Localised, Sources } from './types.js';

/** A supervisory authority (GDPR Art. 51) as needed for notices (Art. 13(2)(d)) and breaches (Art. 33). */
export interface SupervisoryAuthority {
  id: string;
  country: CountryCode;
  /** German Land (ISO 3166-2 suffix, e.g. BY) for Land authorities. */
  land?: string;
  name: Localised & { local: string };
  short: string;
  address: string;
  city?: string;
  website: string;
  complaint_url: string;
  breach_notification_url?: string;
  phone?: string;
  languages: string[];
  competence?: Localised;
  verified: boolean;
  /** Fields taken from public knowledge that LAW.md did not check. */
  unverified_fields?: string[];
  note?: string;
  source: Sources;
}

interface AuthoritiesFile extends LawDataFile {
  authorities: Record<string, Omit<SupervisoryAuthority, 'id'>>;
  default_for_country: Record<CountryCode, string>;
  german_land: Record<string, string>;
  german_land_public_bodies: Record<string, string>;
}

function authoritiesFile(): AuthoritiesFile {
  return loadLawData<AuthoritiesFile>('authorities');
}

const withIds = new Map<string, SupervisoryAuthority>();

export function authorityById(id: string): SupervisoryAuthority | undefined {
  const cached = withIds.get(id);
  if (cached !== undefined) return cached;
  const entry = authoritiesFile().authorities[id];
  if (entry === undefined) return undefined;
  const authority: SupervisoryAuthority = { id, ...entry };
  withIds.set(id, authority);
  return authority;
}

export function listAuthorities(): SupervisoryAuthority[] {
  return Object.keys(authoritiesFile().authorities).flatMap((id) => authorityById(id) ?? []);
}

/**
 * The national authority of a country. Undefined for Germany, where competence depends on
 * the Land and the sector: use `authorityForGermanLand`.
 */
export function defaultAuthorityFor(country: string): SupervisoryAuthority | undefined {
  const id = authoritiesFile().default_for_country[canonicalCountryCode(country)];
  return id === undefined ? undefined : authorityById(id);
}

/**
 * The authority of a German Land (`BY`, `DE-BY`, case-insensitive) for private bodies and
 * Land bodies; Bavaria's public bodies have their own (BayLfD). Federal public bodies and
 * telecom/postal providers fall under the BfDI (`de-bund`) instead.
 */
export function authorityForGermanLand(
  land: string,
  options: { publicBody?: boolean } = {},
): SupervisoryAuthority | undefined {
  const code = land.trim().toUpperCase().replace(/^DE-/, '');
  const file = authoritiesFile();
  const id =
    (options.publicBody === true ? file.german_land_public_bodies[code] : undefined) ??
    file.german_land[code];
  return id === undefined ? undefined : authorityById(id);
}

/**
 * Whether competence in `country` is split among the authorities of its regions (the German
 * Länder, `land` in data/law/authorities.json): there, an organisation usually answers to the
 * authority of the region where it has its seat, and there is no national default.
 */
export function hasRegionalAuthorities(country: string): boolean {
  const code = canonicalCountryCode(country);
  return listAuthorities().some((a) => a.country === code && a.land !== undefined);
}
