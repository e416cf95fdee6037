import { defineRule, type RuleContext } from '../check/rule.js';
import { activities, receivingParties, type ActivityRecord } from '../model/activities.js';
import { adequacyFor, listAdequacyDecisions, type AdequacyDecision } from '../law/adequacy.js';
import { canonicalCountryCode, isEea } from '../law/eea.js';
import type { Party, Transfer } from '../types/register.js';

const MECHANISMS = 'adequacy, scc, bcr, code-of-conduct, certification or derogation';

export default defineRule({
  meta: {
    id: 'transfer-mechanism-required',
    description:
      'Every party that receives data outside the EEA is listed in `transfers` with a valid Chapter V mechanism.',
    article: 'GDPR Art. 44–49, 30(1)(e)',
    severity: 'error',
    messages: {
      missingTransfer:
        '`{{party}}`{{via}} receives the data in {{country}}, outside the EEA (its {{where}}), but no transfer to {{country}} is recorded for it; add to `transfers` an entry with `party: {{party}}`, `country: {{country}}` and a `mechanism` ({{mechanisms}})',
      noMechanism:
        'the transfer to `{{party}}` in {{country}} names no Chapter V mechanism; add `mechanism` ({{mechanisms}})',
      adequacyNone:
        '`mechanism: adequacy`, but no adequacy decision in force covers {{country}}; use another mechanism, e.g. `scc` (standard contractual clauses) or `bcr`',
      adequacyExpired:
        '`mechanism: adequacy`, but the adequacy decision for {{countryName}} ({{decision}}) applied only until {{until}}; use another mechanism, e.g. `scc`',
      adequacyDpf:
        '`mechanism: adequacy`, but the adequacy decision for {{countryName}} ({{decision}}) covers only organisations certified under the EU-US Data Privacy Framework; if `{{party}}` is certified, add `dpf_certified: true` to parties/{{party}}.yaml, otherwise use another mechanism, e.g. `scc`',
      adequacyCommercial:
        '`mechanism: adequacy`, but the adequacy decision for {{countryName}} ({{decision}}) covers only commercial organisations, and `{{party}}` is a public authority; use another mechanism (e.g. an Art. 46(2)(a) instrument between public authorities, or `scc`)',
      derogationMissing:
        '`mechanism: derogation` does not say which Art. 49(1) derogation applies; add `derogation` (explicit-consent, contract, public-interest, legal-claims, vital-interests, public-register or compelling-legitimate-interests)',
      documentationMissing:
        'a transfer on compelling legitimate interests must be documented in the record (Art. 49(6), 30(1)(e)); add `documentation` with the assessment of the circumstances and the suitable safeguards',
    },
    docs: {
      why: 'Personal data may leave the EEA only under a Chapter V mechanism: an adequacy decision (Art. 45), appropriate safeguards such as standard contractual clauses or binding corporate rules (Art. 46, 47), or, as a last resort, an Art. 49 derogation. The record names each transfer and, for the compelling-legitimate-interests derogation, its documentation (Art. 30(1)(e), 49(6)).',
      triggers:
        'For every activity that is not retired: a party that receives its data — a `recipients` party or, transitively, one of its `sub_processors` — whose `country` or any of whose `locations` is outside the EEA, with no `transfers` entry for that party and country (reported at the recipient); a transfer to a non-EEA country without `mechanism`; `mechanism: adequacy` where no decision in force covers the country (for the United States the party needs `dpf_certified: true`; the Canadian decision covers commercial organisations only, so not a party of kind public-authority); `mechanism: derogation` without `derogation`; `derogation: compelling-legitimate-interests` without `documentation`. A transfer recorded to an EEA country is not a finding.',
      fix: 'Add a `transfers` entry (`party`, `country`, `mechanism`) for each non-EEA country where a recipient or sub-processor is established or processes the data; pick a mechanism that actually covers the recipient; for a derogation, name it and, for compelling legitimate interests, document the assessment and safeguards.',
      uncertain:
        'The EU-US Data Privacy Framework is in force but politically exposed (an appeal against the General Court judgment is reported, not verified); recording a fallback (`scc`) as a second transfer entry for the same party and country is accepted. Adequacy decisions come from data/law/adequacy.json.',
    },
  },
  check(context) {
    for (const activity of activities(context.register)) {
      // A retired activity no longer sends data anywhere.
      if (activity.data.status === 'retired') continue;
      checkRecipients(context, activity);
      checkTransfers(context, activity);
    }
  },
});

/** Where a recipient receives the data: its establishment and every place it processes them (Art. 44). */
function nonEeaCountries(
  party: Party,
): Map<string, { written: string; where: Set<'country' | 'locations'> }> {
  const out = new Map<string, { written: string; where: Set<'country' | 'locations'> }>();
  const add = (code: string, where: 'country' | 'locations'): void => {
    if (isEea(code)) return;
    const canonical = canonicalCountryCode(code);
    const entry = out.get(canonical) ?? { written: code, where: new Set() };
    entry.where.add(where);
    out.set(canonical, entry);
  };
  if (party.country !== undefined) add(party.country, 'country');
  for (const location of party.locations ?? []) add(location, 'locations');
  return out;
}

function checkRecipients({ register, report }: RuleContext, activity: ActivityRecord): void {
  const transfers = activity.data.transfers ?? [];
  for (const receiving of receivingParties(register, activity.data)) {
    const partyId = receiving.party.id;
    for (const [canonical, { written, where }] of nonEeaCountries(receiving.party.data)) {
      const recorded = transfers.some(
        (t) => t.party === partyId && canonicalCountryCode(t.country) === canonical,
      );
      if (recorded) continue;
      report({
        messageId: 'missingTransfer',
        data: {
          party: partyId,
          via:
            receiving.via.length > 0
              ? ` (a sub-processor, through ${receiving.via.map((id) => `\`${id}\``).join(' → ')})`
              : '',
          country: written,
          where: [...where].map((key) => `\`${key}\``).join(' and '),
          mechanisms: MECHANISMS,
        },
        file: activity.file,
        path: receiving.path,
      });
    }
  }
}

function checkTransfers({ register, report, today }: RuleContext, activity: ActivityRecord): void {
  (activity.data.transfers ?? []).forEach((transfer, index) => {
    // Within the EEA no Chapter V mechanism is needed (LAW.md §5.1): listing it is harmless.
    if (isEea(transfer.country)) return;
    const at = ['transfers', index] as const;
    if (transfer.mechanism === undefined) {
      report({
        messageId: 'noMechanism',
        data: { party: transfer.party, country: transfer.country, mechanisms: MECHANISMS },
        file: activity.file,
        path: at,
      });
      return;
    }
    if (transfer.mechanism === 'adequacy') {
      // An unknown party is unknown-reference's finding; without it the decision's scope cannot be judged.
      const party = register.records.party.get(transfer.party);
      if (party === undefined) return;
      const problem = adequacyProblem(transfer, party.data, today);
      if (problem !== undefined) {
        report({ ...problem, file: activity.file, path: [...at, 'mechanism'] });
      }
      return;
    }
    if (transfer.mechanism === 'derogation') {
      if (transfer.derogation === undefined) {
        report({ messageId: 'derogationMissing', file: activity.file, path: at });
      } else if (
        transfer.derogation === 'compelling-legitimate-interests' &&
        transfer.documentation === undefined
      ) {
        report({ messageId: 'documentationMissing', file: activity.file, path: at });
      }
    }
  });
}

/** Why `mechanism: adequacy` does not hold for this transfer, or undefined when a decision covers it. */
function adequacyProblem(
  transfer: Transfer,
  party: Party,
  today: string,
): { messageId: string; data: Record<string, string> } | undefined {
  const covered = adequacyFor(transfer.country, {
    dpfCertified: party.dpf_certified === true,
    // Art. 45 decision 2002/2/EC reaches only organisations subject to PIPEDA: a public body is outside it.
    commercialOrganisation: party.kind !== 'public-authority',
    on: today,
  });
  if (covered !== undefined) return undefined;
  const code = canonicalCountryCode(transfer.country);
  const decision = listAdequacyDecisions().find((entry) => entry.country === code);
  if (decision === undefined)
    return { messageId: 'adequacyNone', data: { country: transfer.country } };
  const data = decisionData(decision, transfer.party);
  if (decision.valid_until !== null && today > decision.valid_until) {
    return { messageId: 'adequacyExpired', data: { ...data, until: decision.valid_until } };
  }
  if (decision.scope === 'dpf-certified') return { messageId: 'adequacyDpf', data };
  if (decision.scope === 'commercial-organisations')
    return { messageId: 'adequacyCommercial', data };
  return { messageId: 'adequacyNone', data: { country: transfer.country } };
}

function decisionData(decision: AdequacyDecision, party: string): Record<string, string> {
  return {
    countryName: decision.name.en,
    decision: decision.decision ?? 'decision number not recorded',
    party,
  };
}
