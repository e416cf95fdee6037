import { defineRule } from '../check/rule.js';
import { activities } from '../model/activities.js';
import { adequacyFor } from '../law/adequacy.js';
import { addDuration } from '../law/duration.js';
import { canonicalCountryCode, isEea } from '../law/eea.js';
import { tiaMechanisms, tiaReviewPeriod } from '../law/transfers.js';
import { countryName } from '../render/words.js';

export default defineRule({
  meta: {
    id: 'transfer-impact-assessment',
    article: 'GDPR Art. 46; CJEU C-311/18; EDPB Recommendations 01/2020',
    severity: 'warning',
  },
  check({ register, report, today, text, lang }) {
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
          place: text('_words.place', {
            code: transfer.country,
            name: countryName(canonicalCountryCode(transfer.country), lang),
          }),
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
