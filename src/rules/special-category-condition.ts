import { defineRule } from '../check/rule.js';
import { activities, roleOf, specialDataItems } from '../model/activities.js';

export default defineRule({
  meta: {
    id: 'special-category-condition',
    article: 'GDPR Art. 9(2)',
    severity: 'error',
  },
  check({ register, report, text }) {
    for (const activity of activities(register)) {
      // Art. 30(2) does not ask a processor for the Art. 9(2) condition: the controller establishes it.
      if (roleOf(activity.data) === 'processor') continue;
      const special = specialDataItems(register, activity.data);
      if (special.length === 0) continue;
      const condition = activity.data.special_category_condition;
      if (condition === undefined) {
        const categories = [
          ...new Set(
            special.map((item) =>
              text('special-category-condition.category', {
                id: item.category.id,
                special: text(
                  `special-category-condition.kinds.${String(item.category.data.special)}`,
                ),
              }),
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
