import { defineRule } from '../check/rule.js';
import { activities, roleOf, specialDataItems } from '../model/activities.js';

export default defineRule({
  meta: {
    id: 'special-category-condition',
    description:
      'An activity processing Art. 9 data names the Art. 9(2) condition that lifts the prohibition.',
    article: 'GDPR Art. 9(2)',
    severity: 'error',
    messages: {
      missing:
        'the activity processes special-category data ({{categories}}), which Art. 9(1) prohibits unless an Art. 9(2) condition applies; add `special_category_condition` with `condition` (e.g. `employment`, `explicit-consent`) and its `detail`',
      explicitConsentWithoutConsent:
        'the Art. 9(2)(a) condition is explicit consent, but no purpose has `legal_basis: consent`, so the register does not record how that consent is collected, kept and withdrawn; add a purpose with `legal_basis: consent` and its `consent` record, or name the Art. 9(2) condition actually relied on',
    },
    docs: {
      why: 'Processing of special categories of data (Art. 9(1)) is prohibited unless one of the conditions of Art. 9(2) applies, in addition to an Art. 6 legal basis. The record must say which condition the activity relies on.',
      triggers:
        "A controller or joint-controller activity (whatever its status) with a data item whose catalogue category has `special`, and no `special_category_condition` (error, at the top of the activity). With `condition: explicit-consent` and no purpose whose `legal_basis` is `consent` (warning, at `condition`). Processor activities are skipped: the processor record of Art. 30(2) does not ask for the condition, which is the controller's to establish.",
      fix: 'Add `special_category_condition: { condition: …, detail: … }`. For explicit consent, also give the activity a purpose with `legal_basis: consent` and its `consent` record (collected_via, records, withdrawal).',
      uncertain:
        'The explicit-consent finding is a warning: the GDPR does not say that an Art. 9(2)(a) condition requires consent as the Art. 6 basis too. But explicit consent is consent, so Art. 7 applies, and the register records the Art. 7 details (and the notice renders the withdrawal right, Art. 13(2)(c)) only on a consent purpose.',
    },
  },
  check({ register, report }) {
    for (const activity of activities(register)) {
      // Art. 30(2) does not ask a processor for the Art. 9(2) condition: the controller establishes it.
      if (roleOf(activity.data) === 'processor') continue;
      const special = specialDataItems(register, activity.data);
      if (special.length === 0) continue;
      const condition = activity.data.special_category_condition;
      if (condition === undefined) {
        const categories = [
          ...new Set(
            special.map(
              (item) => `\`${item.category.id}\` (${String(item.category.data.special)})`,
            ),
          ),
        ].join(', ');
        report({ messageId: 'missing', data: { categories }, file: activity.file, path: [] });
        continue;
      }
      if (
        condition.condition === 'explicit-consent' &&
        !activity.data.purposes.some((p) => p.legal_basis === 'consent')
      ) {
        report({
          messageId: 'explicitConsentWithoutConsent',
          file: activity.file,
          path: ['special_category_condition', 'condition'],
          severity: 'warning',
        });
      }
    }
  },
});
