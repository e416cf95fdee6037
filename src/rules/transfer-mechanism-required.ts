import { defineRule, type RuleContext } from '../check/rule.js';
import { activities, receivingParties, type ActivityRecord } from '../model/activities.js';
import { adequacyFor, listAdequacyDecisions, type AdequacyDecision } from '../law/adequacy.js';
import { canonicalCountryCode, isEea } from '../law/eea.js';
import { localised } from '../law/types.js';
import { countryName, joinList } from '../render/words.js';
import type { Party, Transfer } from '../types/register.js';

/** The Chapter V mechanisms (schema enum of `transfers[].mechanism`), offered in every finding. */
const MECHANISMS = ['adequacy', 'scc', 'bcr', 'code-of-conduct', 'certification', 'derogation'];

/** A country as the findings name it: its code, with its name where the language gives it. */
function place({ text, lang }: RuleContext, code: string): string {
  return text('_words.place', { code, name: countryName(canonicalCountryCode(code), lang) });
}

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

function checkRecipients(context: RuleContext, activity: ActivityRecord): void {
  const { register, report, text, lang } = context;
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
              ? text('transfer-mechanism-required.via', {
                  chain: receiving.via.map((id) => `\`${id}\``).join(' → '),
                })
              : '',
          country: written,
          place: place(context, written),
          where: joinList(
            [...where].map((key) => `\`${key}\``),
            lang,
          ),
          mechanisms: joinList(MECHANISMS, lang, 'or'),
        },
        file: activity.file,
        path: receiving.path,
      });
    }
  }
}

function checkTransfers(context: RuleContext, activity: ActivityRecord): void {
  const { register, report, lang } = context;
  (activity.data.transfers ?? []).forEach((transfer, index) => {
    // Within the EEA no Chapter V mechanism is needed (LAW.md §5.1): listing it is harmless.
    if (isEea(transfer.country)) return;
    const at = ['transfers', index] as const;
    if (transfer.mechanism === undefined) {
      report({
        messageId: 'noMechanism',
        data: {
          party: transfer.party,
          country: transfer.country,
          place: place(context, transfer.country),
          mechanisms: joinList(MECHANISMS, lang, 'or'),
        },
        file: activity.file,
        path: at,
      });
      return;
    }
    if (transfer.mechanism === 'adequacy') {
      // An unknown party is unknown-reference's finding; without it the decision's scope cannot be judged.
      const party = register.records.party.get(transfer.party);
      if (party === undefined) return;
      const problem = adequacyProblem(context, transfer, party.data);
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
  context: RuleContext,
  transfer: Transfer,
  party: Party,
): { messageId: string; data: Record<string, string> } | undefined {
  const { today } = context;
  const covered = adequacyFor(transfer.country, {
    dpfCertified: party.dpf_certified === true,
    // Art. 45 decision 2002/2/EC reaches only organisations subject to PIPEDA: a public body is outside it.
    commercialOrganisation: party.kind !== 'public-authority',
    on: today,
  });
  if (covered !== undefined) return undefined;
  const code = canonicalCountryCode(transfer.country);
  const decision = listAdequacyDecisions().find((entry) => entry.country === code);
  const none = {
    messageId: 'adequacyNone',
    data: { country: transfer.country, place: place(context, transfer.country) },
  };
  if (decision === undefined) return none;
  const data = decisionData(context, decision, transfer.party);
  if (decision.valid_until !== null && today > decision.valid_until) {
    return { messageId: 'adequacyExpired', data: { ...data, until: decision.valid_until } };
  }
  if (decision.scope === 'dpf-certified') return { messageId: 'adequacyDpf', data };
  if (decision.scope === 'commercial-organisations')
    return { messageId: 'adequacyCommercial', data };
  return none;
}

function decisionData(
  { text, lang }: RuleContext,
  decision: AdequacyDecision,
  party: string,
): Record<string, string> {
  return {
    countryName: localised(decision.name, lang),
    decision:
      decision.decision_title?.[lang] ??
      decision.decision ??
      text('transfer-mechanism-required.noDecisionNumber'),
    party,
  };
}
