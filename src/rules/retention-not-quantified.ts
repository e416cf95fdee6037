import { defineRule } from '../check/rule.js';
import { activeActivities } from '../model/activities.js';
import { invalidAt } from '../register/load.js';

export default defineRule({
  meta: {
    id: 'retention-not-quantified',
    description: 'A retention rule gives a duration, not only criteria.',
    article: 'GDPR Art. 30(1)(f), 13(2)(a); CNIL',
    severity: 'warning',
    messages: {
      criteriaOnly:
        'the activity `{{activity}}` keeps `{{category}}` under the retention rule `{{id}}`, which gives criteria but no duration; add `duration` (an ISO 8601 duration such as P3Y) if a period can be set: the record must give time limits "where possible" (Art. 30(1)(f))',
      noPeriod:
        'the activity `{{activity}}` keeps `{{category}}` under the retention rule `{{id}}`, which gives neither a duration nor criteria; add `duration` (an ISO 8601 duration such as P3Y), or, if no period can be set, `criteria` saying how it is determined (Art. 13(2)(a))',
    },
    docs: {
      why: 'The record states the envisaged time limits for erasure (Art. 30(1)(f)), and the privacy notice the retention period or, if that is not possible, the criteria used to determine it (Art. 13(2)(a), 14(2)(a)). The CNIL asks for a period per category of data and accepts criteria only when no number can be given.',
      triggers:
        'A data item of an active activity whose `retention` names a rule of catalog/retention.yaml without `duration`: with `criteria` (criteria only, e.g. "as long as necessary to provide the service"), or with neither. Reported at the item\'s `retention`, once per item: the catalogue entry itself is valid (the schema accepts criteria without `duration` or `from`). A rule no activity uses is not reported (see unused-catalog-entry).',
      fix: 'Add `duration` (e.g. P3Y) from the event in `from`; keep `criteria` only where no period can be fixed in advance.',
      uncertain:
        'Both findings are warnings. Art. 30(1)(f) asks for time limits only "where possible", and Art. 13(2)(a) accepts criteria instead of a period, so criteria alone can be lawful; preferring a number is CNIL guidance. A rule with neither is also only a warning: its `from` and `basis` may carry the criteria in substance (e.g. "until the end of the guarantee"), which the tool cannot judge.',
    },
  },
  check({ register, report }) {
    const retention = register.catalogs.retention;
    for (const activity of activeActivities(register)) {
      (activity.data.data ?? []).forEach((item, index) => {
        const entry = item.retention === undefined ? undefined : retention.get(item.retention);
        if (entry === undefined || entry.data.duration !== undefined) return;
        // A duration that fails its schema has its schema finding.
        if (invalidAt(register, entry.file, [entry.index, 'duration'])) return;
        report({
          messageId: entry.data.criteria === undefined ? 'noPeriod' : 'criteriaOnly',
          data: { activity: activity.id, category: item.category, id: entry.id },
          file: activity.file,
          path: ['data', index, 'retention'],
        });
      });
    }
  },
});
