import { defineRule } from '../check/rule.js';
import { nationalLaw } from '../law/national.js';
import { activities } from '../model/activities.js';

export default defineRule({
  meta: {
    id: 'employee-data-basis',
    // A rule of German law: it runs only where data/law/national/<CC>.json has the entry.
    article: 'GDPR Art. 6(1), 88; § 26 BDSG',
    severity: 'warning',
  },
  check({ register, report }) {
    const config = register.config;
    if (config === undefined) return;
    const employeeData = nationalLaw(config.data.organisation.country)?.employee_data;
    if (employeeData?.cited_as === undefined) return;
    const cited = new RegExp(employeeData.cited_as, 'iu');
    for (const activity of activities(register)) {
      activity.data.purposes.forEach((purpose, index) => {
        const reference = purpose.legal_reference;
        if (reference === undefined) return;
        const texts = typeof reference === 'string' ? [reference] : Object.values(reference);
        if (!texts.some((text) => typeof text === 'string' && cited.test(text))) return;
        report({
          messageId: 'soleBasis',
          data: { number: index + 1, provision: employeeData.provision },
          file: activity.file,
          path: ['purposes', index, 'legal_reference'],
        });
      });
    }
  },
});
