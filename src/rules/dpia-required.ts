import { defineRule, type RuleContext } from '../check/rule.js';
import { activities, isActive } from '../model/activities.js';
import {
  cnilLabel,
  listArt35Cases,
  listCnilExempt,
  listCnilRequired,
  listDpiaCriteria,
  referenceTitle,
  screen,
  type DpiaScreeningBasis,
} from '../law/dpia.js';
import { localised } from '../law/types.js';
import { citeArticle } from '../locale/citation.js';
import { rawMessage } from '../locale/index.js';
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
          data: {
            id: activity.id,
            reasons: screening.basis
              .map((basis) => reasonText(basis, lang, text))
              .join(rawMessage(lang, 'words', 'typography.semicolon') ?? '; '),
          },
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

/** Why a DPIA is required, in the check's language, quoting the law data's labels in it. */
function reasonText(basis: DpiaScreeningBasis, lang: string, text: RuleContext['text']): string {
  switch (basis.kind) {
    case 'art35-3': {
      const entry = listArt35Cases().find((c) => c.id === basis.id);
      return text('dpia-required.reasons.art35', {
        reference: citeArticle(basis.reference, lang),
        label: entry ? localised(entry.label, lang) : basis.id,
      });
    }
    case 'cnil-required':
    case 'cnil-exempt': {
      const list = basis.kind === 'cnil-required' ? listCnilRequired() : listCnilExempt();
      const item = list.find((i) => i.id === basis.id);
      return text('dpia-required.reasons.cnil', {
        reference: referenceTitle(basis.reference, lang),
        number: item?.number ?? basis.id,
        label: item ? cnilLabel(item, lang) : basis.id,
      });
    }
    case 'criteria':
      return text('dpia-required.reasons.criteria', {
        count: basis.criteria.length,
        listed: basis.criteria.length > 0 ? ` (${basis.criteria.join(', ')})` : '',
        threshold: basis.threshold,
        reference: referenceTitle(basis.reference, lang),
      });
  }
}

/** A near miss, or the one id the user's text begins (e.g. `cnil-required-04` for the full id). */
function suggestCnilItem(given: string, ids: readonly string[]): string | undefined {
  const near = closest(given, ids);
  if (near !== undefined) return near;
  const extending = ids.filter((id) => id.startsWith(given));
  return extending.length === 1 ? extending[0] : undefined;
}
