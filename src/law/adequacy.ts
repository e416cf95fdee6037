import { loadLawData } from './data.js';
import { canonicalCountryCode } from './eea.js';
import type { CountryCode, LawDataFile, Localised, Sources } from './types.js';

/**
 * How far a decision reaches (LAW.md §5.2): Canada covers only PIPEDA (commercial)
 * organisations, the US only DPF-certified organisations, Japan the APPI as supplemented by
 * the Supplementary Rules.
 */
export type AdequacyScope =
  'full' | 'commercial-organisations' | 'dpf-certified' | 'appi-supplementary-rules';

export interface AdequacyDecision {
  /** ISO 3166-1 alpha-2, or `org:<id>` for an international organisation. */
  country: CountryCode;
  name: Localised;
  /** Decision reference; null where the number was not found. */
  decision: string | null;
  /**
   * The decision's reference in another language, as the title of that language version reads
   * on EUR-Lex (`decision` is the English one), by language code; `decision_source` says where.
   */
  decision_title?: Readonly<Record<string, string>>;
  decision_source?: Sources;
  date: string | null;
  scope: AdequacyScope;
  /** Last day of validity (YYYY-MM-DD), or null when the decision has no end date. */
  valid_until: string | null;
  verified: boolean;
  source: Sources;
  note: string;
}

interface AdequacyFile extends LawDataFile {
  decisions: AdequacyDecision[];
}

export interface AdequacyQuery {
  /** The US recipient is certified under the EU-US Data Privacy Framework. */
  dpfCertified?: boolean;
  /** The Canadian recipient is a commercial organisation subject to PIPEDA. */
  commercialOrganisation?: boolean;
  /** Date of the transfer (YYYY-MM-DD): a decision whose valid_until is earlier does not apply. */
  on?: string;
}

export function listAdequacyDecisions(): readonly AdequacyDecision[] {
  return loadLawData<AdequacyFile>('adequacy').decisions;
}

/**
 * The Art. 45 decision covering a transfer to `country`, or undefined when none applies —
 * including when the recipient falls outside the decision's scope (a non-certified US
 * company, a Canadian body outside PIPEDA) or the decision has expired on `on`.
 */
export function adequacyFor(
  country: string,
  query: AdequacyQuery = {},
): AdequacyDecision | undefined {
  const code = canonicalCountryCode(country);
  const decision = listAdequacyDecisions().find((entry) => entry.country === code);
  if (decision === undefined) return undefined;
  if (decision.scope === 'dpf-certified' && query.dpfCertified !== true) return undefined;
  if (decision.scope === 'commercial-organisations' && query.commercialOrganisation !== true) {
    return undefined;
  }
  if (query.on !== undefined && decision.valid_until !== null && query.on > decision.valid_until) {
    return undefined;
  }
  return decision;
}
