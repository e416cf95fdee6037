import { defineRule } from '../check/rule.js';
import { compareDurations, isDuration } from '../law/duration.js';
import { listRetentionReferences, retentionReference } from '../law/retention-references.js';
import { closest } from '../register/suggest.js';

export default defineRule({
  meta: {
    id: 'retention-above-reference',
    description: 'A retention rule is no longer than the reference period it declares.',
    article: 'GDPR Art. 5(1)(e); CNIL',
    severity: 'warning',
    messages: {
      longer:
        'the retention rule `{{id}}` keeps data for {{duration}}, longer than the {{referenceDuration}} of the reference period `{{reference}}` ({{label}}; source: {{source}}){{caveat}}; shorten `duration` to {{referenceDuration}} or less, or, if a longer period is necessary, explain why in `basis` and point `reference` at the period that justifies it (or remove it)',
      unknownReference:
        '`{{reference}}` is not a built-in reference period.{{suggestion}} Correct `reference`, or remove it',
    },
    docs: {
      why: 'Data may be kept no longer than necessary for the purposes (Art. 5(1)(e)). When a retention rule declares a reference period (a CNIL recommendation or a French statutory period, LAW.md §9), a longer duration needs a justification.',
      triggers:
        'A rule in catalog/retention.yaml whose `duration` is longer than the reference named in `reference` (warning, at `duration`); a `reference` that is not a built-in reference id (error, at `reference`, suggesting the closest id, or listing the built-in ids when none is close).',
      fix: 'Shorten `duration`; or, where a longer period is necessary (e.g. a statutory period applies), explain it in `basis` and point `reference` at the period that justifies it, or remove `reference`. Correct a mistyped `reference`.',
      uncertain:
        'A warning: CNIL reference periods are recommendations, not law (the CNIL uses them as benchmarks in sanctions), and statutory periods are obligations to keep data at least that long, not maxima; a longer period can be justified. An unknown reference id is an error because the comparison cannot be made at all.',
    },
  },
  check({ register, report }) {
    for (const entry of register.catalogs.retention.values()) {
      const id = entry.data.reference;
      if (id === undefined) continue;
      const reference = retentionReference(id);
      if (reference === undefined) {
        const ids = listRetentionReferences().map((r) => r.id);
        const near = closest(id, ids);
        report({
          messageId: 'unknownReference',
          data: {
            reference: id,
            suggestion:
              near === undefined
                ? ` Built-in references: ${ids.map((r) => `\`${r}\``).join(', ')}.`
                : ` Did you mean \`${near}\`?`,
          },
          file: entry.file,
          path: [entry.index, 'reference'],
          severity: 'error',
        });
        continue;
      }
      const duration = entry.data.duration;
      // No duration is retention-not-quantified's finding.
      if (duration === undefined || !isDuration(duration)) continue;
      if (compareDurations(duration, reference.duration) <= 0) continue;
      report({
        messageId: 'longer',
        data: {
          id: entry.id,
          duration,
          referenceDuration: reference.duration,
          reference: reference.id,
          label: reference.label.en,
          source: reference.reference,
          caveat: reference.verified ? '' : ' (this reference is not yet verified)',
        },
        file: entry.file,
        path: [entry.index, 'duration'],
      });
    }
  },
});
