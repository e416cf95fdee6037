import { defineRule } from '../check/rule.js';
import { invalidAt } from '../register/load.js';
import { activeActivities, criminalDataItems, specialDataItems } from '../model/activities.js';

export default defineRule({
  meta: {
    id: 'dpo-required',
    description:
      'A public body, or an organisation processing Art. 9/10 data or monitoring people on a large scale, designates a DPO.',
    article: 'GDPR Art. 37(1)',
    severity: 'warning',
    messages: {
      publicBody:
        'the organisation is a public authority or body, which must designate a data protection officer (Art. 37(1)(a)), but gdpr.yaml names none; add `organisation.dpo` (at least `email`)',
      largeScaleSpecial:
        'the activity `{{id}}` processes {{kinds}} data on a large scale (`dpia.criteria` includes `large-scale`); where this is a core activity a data protection officer is required (Art. 37(1)(c)), but gdpr.yaml names none; add `organisation.dpo` (at least `email`), or remove `large-scale` if the scale is not large',
      largeScaleMonitoring:
        'the activity `{{id}}` monitors people systematically on a large scale (`dpia.criteria` includes `systematic-monitoring` and `large-scale`); where this is a core activity a data protection officer is required (Art. 37(1)(b)), but gdpr.yaml names none; add `organisation.dpo` (at least `email`), or correct the criteria',
    },
    docs: {
      why: 'A controller or processor must designate a data protection officer when it is a public authority or body (except courts acting in their judicial capacity), or when its core activities consist of regular and systematic monitoring of people on a large scale, or of large-scale processing of Art. 9 or Art. 10 data (Art. 37(1)(a)–(c)).',
      triggers:
        "gdpr.yaml has no `organisation.dpo`, and: `organisation.public_body: true` (reported at `public_body`); or an active activity with Art. 9 or Art. 10 data whose `dpia.criteria` include `large-scale`; or an active activity whose `dpia.criteria` include both `systematic-monitoring` and `large-scale` (reported at the activity's `dpia.criteria`).",
      fix: 'Designate a DPO and add `organisation.dpo` (`email`, and `name`, `phone`, `external` as relevant) to gdpr.yaml; its contact details must also be published and communicated to the supervisory authority (Art. 37(7)). If the scale is in fact not large, correct `dpia.criteria`.',
      uncertain:
        'Whether processing is "large scale" and whether it is a "core activity" are judgements the register cannot make; it reads the controller\'s own `large-scale` criterion, so the rule is a warning. Courts acting in their judicial capacity are outside Art. 37(1)(a). Member State law may require a DPO in further cases (Art. 37(4)), which this rule does not know.',
    },
  },
  check({ register, report }) {
    const config = register.config;
    if (config === undefined || config.data.organisation.dpo !== undefined) return;
    // A DPO whose details fail the schema is named: the schema finding says what to fix.
    if (invalidAt(register, config.file, ['organisation', 'dpo'])) return;
    if (config.data.organisation.public_body === true) {
      report({ messageId: 'publicBody', file: config.file, path: ['organisation', 'public_body'] });
    }
    for (const activity of activeActivities(register)) {
      const criteria = activity.data.dpia?.criteria ?? [];
      if (!criteria.includes('large-scale')) continue;
      const at = ['dpia', 'criteria'];
      const special = specialDataItems(register, activity.data).length > 0;
      const criminal = criminalDataItems(register, activity.data).length > 0;
      if (special || criminal) {
        const kinds = [
          special ? 'Art. 9 (special category)' : '',
          criminal ? 'Art. 10 (criminal offence)' : '',
        ]
          .filter(Boolean)
          .join(' and ');
        report({
          messageId: 'largeScaleSpecial',
          data: { id: activity.id, kinds },
          file: activity.file,
          path: at,
        });
      }
      if (criteria.includes('systematic-monitoring')) {
        report({
          messageId: 'largeScaleMonitoring',
          data: { id: activity.id },
          file: activity.file,
          path: at,
        });
      }
    }
  },
});
