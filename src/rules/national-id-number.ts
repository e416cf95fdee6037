import { defineRule } from '../check/rule.js';
import { activities, dataItems } from '../model/activities.js';
import { nationalIdRuleFor } from '../law/national-id.js';

export default defineRule({
  meta: {
    id: 'national-id-number',
    description:
      'An activity using a national identification number respects the national rules on its use.',
    article: 'GDPR Art. 87',
    severity: 'warning',
    messages: {
      restricted:
        'the data category `{{category}}` is a national identification number, and {{restriction}}; check that this activity is a use the law of {{country}} allows, or use an internal identifier instead',
    },
    docs: {
      why: 'Art. 87 lets each Member State determine the specific conditions for processing a national identification number, which may then be used only under appropriate safeguards. In France, the NIR (social security number) may be used only by the organisations and for the purposes listed in décret n° 2019-341, under Art. 30 of loi 78-17.',
      triggers:
        "A data item of an activity (any role, whatever its status) whose catalogue category has `national_id: true`. The message names the framework of the organisation's country (gdpr.yaml `organisation.country`) when data/law/national-id.json lists it, else a generic reminder.",
      fix: 'Check that the activity is among the uses the national law allows (in France, the sectors and purposes of décret n° 2019-341); if it is not, replace the number with an internal identifier. Once checked, set the rule to `off` in gdpr.yaml `rules:`.',
      uncertain:
        'A warning: the conditions are national law, not the GDPR text (Art. 87 only allows Member States to set them), and the register cannot tell whether the activity falls within an authorised use.',
    },
  },
  check({ register, report }) {
    const country = register.config?.data.organisation.country;
    const rule = nationalIdRuleFor(country);
    for (const activity of activities(register)) {
      for (const item of dataItems(register, activity.data)) {
        if (item.category.data.national_id !== true) continue;
        report({
          messageId: 'restricted',
          data: {
            category: item.category.id,
            restriction: rule.restriction.en,
            country: country ?? "the organisation's country",
          },
          file: activity.file,
          path: ['data', item.index, 'category'],
        });
      }
    }
  },
});
