import { defineRule } from '../check/rule.js';
import { activities, isActive } from '../model/activities.js';
import { listCnilRequired, listDpiaCriteria, screen } from '../law/dpia.js';
import { closest } from '../register/suggest.js';

export default defineRule({
  meta: {
    id: 'dpia-required',
    article: 'GDPR Art. 35, 36',
    severity: 'error',
  },
  check({ register, report, text, lang }) {
    const knownCriteria = new Set<string>(listDpiaCriteria().map((criterion) => criterion.id));
    const cnilItems = listCnilRequired().map((item) => item.id);
    for (const activity of activities(register)) {
      const status = activity.data.status ?? 'active';
      if (status === 'retired') continue;
      const dpia = activity.data.dpia;
      if (dpia === undefined) continue;

      let cnilRequired: string[] = [];
      if (dpia.cnil_list !== undefined) {
        if (cnilItems.includes(dpia.cnil_list)) {
          cnilRequired = [dpia.cnil_list];
        } else {
          const near = suggestCnilItem(dpia.cnil_list, cnilItems);
          report({
            messageId: 'unknownCnilItem',
            data: {
              item: dpia.cnil_list,
              suggestion: near ? text('_words.didYouMean', { near }) : '',
              example: cnilItems[0] ?? '',
            },
            file: activity.file,
            path: ['dpia', 'cnil_list'],
          });
        }
      }

      // screen() applies the WP248 threshold from the law data (dpiaThreshold()). The schema
      // restricts criteria to the WP248 ids; the filter keeps screen() from throwing if the two drift.
      const criteria = (dpia.criteria ?? []).filter((criterion) => knownCriteria.has(criterion));
      const art35Cases = dpia.art35_3 ?? [];
      const screening = screen(criteria, { cnilRequired, art35Cases, lang });
      const art35 = art35Cases.length > 0;
      const listed = cnilRequired.length > 0;
      if (
        screening.required &&
        dpia.ref === undefined &&
        (art35 || listed || dpia.not_required_reason === undefined)
      ) {
        report({
          messageId: art35 ? 'requiredArt35' : listed ? 'requiredListed' : 'required',
          data: { id: activity.id, reasons: screening.reasons.join('; ') },
          file: activity.file,
          path: ['dpia'],
        });
      }

      // A planned activity's DPIA may rightly be in draft: Art. 35(1) asks for it before the processing starts.
      if (dpia.ref !== undefined && isActive(activity.data)) {
        const record = register.records.dpia.get(dpia.ref);
        if (record?.data.status === 'draft') {
          report({
            messageId: 'draft',
            data: { ref: dpia.ref },
            file: activity.file,
            path: ['dpia', 'ref'],
            severity: 'warning',
          });
        }
      }
    }

    for (const record of register.records.dpia.values()) {
      if (
        record.data.residual_risk !== 'high' ||
        record.data.prior_consultation?.sent !== undefined
      )
        continue;
      report({
        messageId: 'priorConsultation',
        file: record.file,
        path:
          record.data.prior_consultation === undefined ? ['residual_risk'] : ['prior_consultation'],
      });
    }
  },
});

/** A near miss, or the one id the user's text begins (e.g. `cnil-required-04` for the full id). */
function suggestCnilItem(given: string, ids: readonly string[]): string | undefined {
  const near = closest(given, ids);
  if (near !== undefined) return near;
  const extending = ids.filter((id) => id.startsWith(given));
  return extending.length === 1 ? extending[0] : undefined;
}
