import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { canonicalCountryCode } from './eea.js';
import type { CountryCode, Localised, Sources } from './types.js';

/**
 * The national-law layer: what a Member State adds to the GDPR where the GDPR lets it (a DPO
 * in more cases, Art. 37(4); a consent age, Art. 8(1); an identification number, Art. 87; …),
 * one file per country, data/law/national/<CC>.json. Each entry names its provision, and
 * carries its own as_of, source and verified, so that a rule citing it can say which national
 * article it applies and warn where the reading is unverified. An entry may point at the data
 * file that holds the facts (`data`), as France's NIR points at national-id.json.
 */
export interface NationalProvision {
  /** The national article, as cited in findings: `§ 38 BDSG`, `art. 34.1 LOPDGDD`. */
  provision: string;
  /** The GDPR article that lets the Member State legislate. */
  gdpr: string;
  text: string;
  /** How a register cites the provision (a regular expression), where a rule looks for it. */
  cited_as?: string;
  /** Another file of data/law/ holding the facts, when this entry only links to it. */
  data?: string;
  as_of: string;
  source: Sources;
  verified: boolean;
  note?: string;
}

/** § 38 BDSG: a DPO from a number of persons engaged in automated processing, or with a DPIA. */
export interface StaffDpoRule extends NationalProvision {
  staff_threshold: number;
  dpia_requires_dpo: boolean;
}

/** Art. 34.1 LOPDGDD: the entities that designate a DPO in any case. */
export interface SectorDpoRule extends NationalProvision {
  sectors: {
    id: string;
    letter: string;
    label: Localised;
    /** A condition of the letter the register does not check (e.g. large-scale, minors). */
    condition?: string;
    verified: boolean;
  }[];
}

export interface ConsentAgeRule extends NationalProvision {
  age: number;
}

export interface NationalLaw {
  as_of: string;
  country: CountryCode;
  law: string;
  source: Sources;
  dpo?: StaffDpoRule | SectorDpoRule;
  employee_data?: NationalProvision;
  breach_authority?: NationalProvision;
  consent_age?: ConsentAgeRule;
  blocking?: NationalProvision;
  register_publication?: NationalProvision;
  national_id?: NationalProvision;
  dpia_list?: NationalProvision;
}

const nationalDirectory = new URL('../../data/law/national/', import.meta.url);
const cache = new Map<string, NationalLaw | null>();

export function nationalLawPath(country: string): string {
  return fileURLToPath(new URL(`${country}.json`, nationalDirectory));
}

/** The national layer of a country (ISO 3166-1 alpha-2), or undefined when none is written. */
export function nationalLaw(country: string | undefined): NationalLaw | undefined {
  if (country === undefined) return undefined;
  const code = canonicalCountryCode(country);
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  let law = cache.get(code);
  if (law === undefined) {
    const path = nationalLawPath(code);
    law = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as NationalLaw) : null;
    if (law !== null && (typeof law.as_of !== 'string' || law.country !== code))
      throw new Error(`${path} lacks "as_of" or names another country`);
    cache.set(code, law);
  }
  return law ?? undefined;
}

export function staffDpoRule(law: NationalLaw | undefined): StaffDpoRule | undefined {
  return law?.dpo !== undefined && 'staff_threshold' in law.dpo ? law.dpo : undefined;
}

export function sectorDpoRule(law: NationalLaw | undefined): SectorDpoRule | undefined {
  return law?.dpo !== undefined && 'sectors' in law.dpo ? law.dpo : undefined;
}

/** The finding's citation: the GDPR article, then the national provision. */
export function citation(gdprArticle: string, provision: NationalProvision): string {
  return `${gdprArticle}; ${provision.provision}`;
}
