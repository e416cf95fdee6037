import { defineRule } from '../check/rule.js';
import { activities, isActive } from '../model/activities.js';
import { listCnilRequired, listDpiaCriteria, screen } from '../law/dpia.js';
import { closest } from '../register/suggest.js';

export default defineRule({
  meta: {
    id: 'dpia-required',
    description:
      'Processing likely to result in a high risk has a DPIA, and a high residual risk leads to prior consultation.',
    article: 'GDPR Art. 35, 36',
    severity: 'error',
    messages: {
      required:
        'the activity `{{id}}` needs a DPIA ({{reasons}}); add `dpia.ref` naming its DPIA record in dpias/ (`gdpr dpia screen {{id}}` opens a draft), or document in `dpia.not_required_reason` why no DPIA is carried out despite the criteria',
      requiredArt35:
        'the activity `{{id}}` needs a DPIA ({{reasons}}); add `dpia.ref` naming its DPIA record in dpias/ (`gdpr dpia screen {{id}}` opens a draft). Art. 35(3) requires one in this case: a `dpia.not_required_reason` cannot set it aside',
      requiredListed:
        'the activity `{{id}}` needs a DPIA ({{reasons}}); add `dpia.ref` naming its DPIA record in dpias/ (`gdpr dpia screen {{id}}` opens a draft). A `dpia.not_required_reason` cannot set aside the list of processing requiring a DPIA (Art. 35(4))',
      unknownCnilItem:
        '`{{item}}` is not an item of the CNIL list of processing requiring a DPIA (Art. 35(4)).{{suggestion}} Use the id of an item of that list (e.g. `{{example}}`), or remove `dpia.cnil_list`',
      draft:
        'the DPIA `{{ref}}` of this active activity is still a draft, but a DPIA is carried out before the processing starts (Art. 35(1)); complete it and update its `status`',
      priorConsultation:
        'the residual risk is high, so the supervisory authority must be consulted before the processing (Art. 36(1)); add `prior_consultation.sent` (the date) and its `reference`, or reduce the risk with further measures and update `residual_risk`',
    },
    docs: {
      why: "Processing likely to result in a high risk needs a data protection impact assessment before it starts (Art. 35(1)); the three cases of Art. 35(3) always need one. The WP29/EDPB guidelines (WP248 rev.01) take two or more of their nine criteria as the sign of a likely high risk; a controller that meets them and still carries out no DPIA documents why. A processing type on the supervisory authority's list of Art. 35(4) always needs one. When the DPIA leaves a high residual risk, the authority is consulted before the processing (Art. 36(1)).",
      triggers:
        'An active or planned activity whose `dpia.art35_3` names an Art. 35(3) case (systematic and extensive evaluation with legal or similar effects, large-scale Art. 9/10 data, large-scale systematic monitoring of a public area) without `dpia.ref` — a `not_required_reason` does not override it; an activity whose `dpia.criteria` count reaches the WP248 threshold (two) without `dpia.ref` or `dpia.not_required_reason`; an activity whose `dpia.cnil_list` names an item of the CNIL list of processing requiring a DPIA (délibération 2018-327) without `dpia.ref` (a `not_required_reason` does not override the list); a `dpia.cnil_list` that is not an id of that list; an active activity whose `dpia.ref` DPIA is still `draft` (warning); a DPIA record with `residual_risk: high` and no `prior_consultation.sent`.',
      fix: 'Run `gdpr dpia screen <activity>` to record the screening and open a draft DPIA, then complete the DPIA (dpias/<id>.yaml) before the processing starts. Where two criteria are met but the controller concludes there is no high risk, write the reasoning in `dpia.not_required_reason`. Record the prior consultation in the DPIA (`prior_consultation: { sent, reference }`).',
      uncertain:
        'The two-criteria threshold is guidance (WP248 rev.01: "in most cases"), which is why `not_required_reason` can override it; the CNIL list is the French authority\'s Art. 35(4) list and binds processing under its supervision. A draft DPIA is a warning: the register cannot tell whether the processing started before the assessment was finished. Whether processing is "large-scale" or an evaluation "systematic and extensive" (Art. 35(3)) is the controller\'s judgement (WP248 gives factors, no figure): the rule trusts `dpia.art35_3` as recorded, asked by `gdpr dpia screen`.',
    },
  },
  check({ register, report }) {
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
              suggestion: near ? ` Did you mean \`${near}\`?` : '',
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
      const screening = screen(criteria, { cnilRequired, art35Cases });
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
