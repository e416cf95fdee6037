import { defineRule, type RuleContext } from '../check/rule.js';
import { activities, receivingParties, type ActivityRecord } from '../model/activities.js';
import { adequacyFor, listAdequacyDecisions, type AdequacyDecision } from '../law/adequacy.js';
import { canonicalCountryCode, isEea } from '../law/eea.js';
import type { Party, Transfer } from '../types/register.js';

const MECHANISMS = 'adequacy, scc, bcr, code-of-conduct, certification or derogation';

export default defineRule({
  meta: {
    id: 'transfer-mechanism-required',
    article: 'GDPR Art. 44–49, 30(1)(e)',
    severity: 'error',
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
