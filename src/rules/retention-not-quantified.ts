import { defineRule } from '../check/rule.js';

export default defineRule({
  meta: {
    id: 'retention-not-quantified',
    article: 'GDPR Art. 30(1)(f), 13(2)(a); CNIL',
    severity: 'warning',
  },
  check({ register, report }) {
    for (const entry of register.catalogs.retention.values()) {
      if (entry.data.duration !== undefined) continue;
      report({
        messageId: entry.data.criteria === undefined ? 'noPeriod' : 'criteriaOnly',
        data: { id: entry.id },
        file: entry.file,
        path: [entry.index],
      });
    }
  },
});
