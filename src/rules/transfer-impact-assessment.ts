import { defineRule } from '../check/rule.js';
import { activities } from '../model/activities.js';
import { adequacyFor } from '../law/adequacy.js';
import { addDuration } from '../law/duration.js';
import { isEea } from '../law/eea.js';
import { tiaMechanisms, tiaReviewPeriod } from '../law/transfers.js';

export default defineRule({
  meta: {
    id: 'transfer-impact-assessment',
    description:
      'A transfer on SCCs or BCRs to a country without adequacy has a documented, current transfer impact assessment.',
    article: 'GDPR Art. 46; CJEU C-311/18; EDPB Recommendations 01/2020',
    severity: 'warning',
    messages: {
      missing:
        'the transfer to `{{party}}` in {{country}} relies on `{{mechanism}}` and no adequacy decision covers it, but no transfer impact assessment is recorded; add `tia` with its `date`, `conclusion` (effective | not-effective) and the `supplementary_measures` it calls for (EDPB Recommendations 01/2020)',
      outdated:
        'the transfer impact assessment of the transfer to `{{party}}` in {{country}} dates from {{date}}, older than the review period ({{period}}, due {{due}}); review it against the current law and practice of {{country}} and update `tia.date`',
      notEffective:
        'the transfer impact assessment concludes that `{{mechanism}}` is not effective for `{{party}}` in {{country}}: without supplementary measures that make it effective, the transfer must not take place (EDPB Recommendations 01/2020, step 4); stop it, or record the measures and a new conclusion',
    },
    docs: {
      why: 'Standard contractual clauses and binding corporate rules bind the importer, not the authorities of its country. Since Schrems II (CJEU C-311/18), an exporter relying on such a tool must verify, case by case, whether the law and practice of the third country impinge on its effectiveness, and add supplementary measures where they do (EDPB Recommendations 01/2020, steps 3 and 4), then re-evaluate at appropriate intervals (step 6). The record of that assessment is what the exporter shows the authority (Art. 5(2)).',
      triggers:
        'A transfer of an activity that is not retired, to a country outside the EEA, whose `mechanism` is one of the tools of data/law/transfers.json (`scc`, `bcr`) and that no adequacy decision covers for that party (the US decision covers DPF-certified parties only): without `tia`; with a `tia.date` older than the review period (data/law/transfers.json, P1Y) on `--today`; with `tia.conclusion: not-effective`.',
      fix: 'Record the assessment on the transfer: `tia: { date: YYYY-MM-DD, conclusion: effective, supplementary_measures: "…", reference: docs/tia-….pdf }`, and review it each year or when the law of the country changes.',
      uncertain:
        'The duty to assess comes from case law and EDPB recommendations, not the text of the GDPR: a warning. The review period is the project\'s default (the EDPB says "at appropriate intervals"). Codes of conduct and certifications are Art. 46 tools too, to which the EDPB applies the same steps; the rule asks only for SCCs and BCRs. A transfer to a country covered by an adequacy decision needs no TIA, even when SCCs are also signed as a fallback.',
    },
  },
  check({ register, report, today }) {
    const mechanisms = tiaMechanisms();
    const period = tiaReviewPeriod();
    for (const activity of activities(register)) {
      if (activity.data.status === 'retired') continue;
      (activity.data.transfers ?? []).forEach((transfer, index) => {
        if (transfer.mechanism === undefined || !mechanisms.includes(transfer.mechanism)) return;
        if (isEea(transfer.country)) return;
        const party = register.records.party.get(transfer.party)?.data;
        const adequate = adequacyFor(transfer.country, {
          dpfCertified: party?.dpf_certified === true,
          commercialOrganisation: party?.kind !== 'public-authority',
          on: today,
        });
        if (adequate !== undefined) return;
        const data = {
          party: transfer.party,
          country: transfer.country,
          mechanism: transfer.mechanism,
        };
        const at = ['transfers', index] as const;
        const tia = transfer.tia;
        if (tia === undefined) {
          report({ messageId: 'missing', data, file: activity.file, path: at });
          return;
        }
        if (tia.conclusion === 'not-effective') {
          report({
            messageId: 'notEffective',
            data,
            file: activity.file,
            path: [...at, 'tia', 'conclusion'],
          });
        }
        const due = addDuration(tia.date, period);
        if (due < today) {
          report({
            messageId: 'outdated',
            data: { ...data, date: tia.date, period, due },
            file: activity.file,
            path: [...at, 'tia', 'date'],
          });
        }
      });
    }
  },
});
