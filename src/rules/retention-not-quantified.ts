import { defineRule } from '../check/rule.js';

export default defineRule({
  meta: {
    id: 'retention-not-quantified',
    description: 'A retention rule gives a duration, not only criteria.',
    article: 'GDPR Art. 30(1)(f), 13(2)(a); CNIL',
    severity: 'warning',
    messages: {
      criteriaOnly:
        'the retention rule `{{id}}` gives criteria but no duration; add `duration` (an ISO 8601 duration such as P3Y) if a period can be set: the record must give time limits "where possible" (Art. 30(1)(f))',
      noPeriod:
        'the retention rule `{{id}}` gives neither a duration nor criteria; add `duration` (an ISO 8601 duration such as P3Y), or, if no period can be set, `criteria` saying how it is determined (Art. 13(2)(a))',
    },
    docs: {
      why: 'The record states the envisaged time limits for erasure (Art. 30(1)(f)), and the privacy notice the retention period or, if that is not possible, the criteria used to determine it (Art. 13(2)(a), 14(2)(a)). The CNIL asks for a period per category of data and accepts criteria only when no number can be given.',
      triggers:
        'A rule in catalog/retention.yaml without `duration`: with `criteria` (criteria only), or with neither.',
      fix: 'Add `duration` (e.g. P3Y) from the event in `from`; keep `criteria` only where no period can be fixed in advance.',
      uncertain:
        'Both findings are warnings. Art. 30(1)(f) asks for time limits only "where possible", and Art. 13(2)(a) accepts criteria instead of a period, so criteria alone can be lawful; preferring a number is CNIL guidance. A rule with neither is also only a warning: its `from` and `basis` may carry the criteria in substance (e.g. "until the end of the guarantee"), which the tool cannot judge.',
    },
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
