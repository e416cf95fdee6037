import { defineRule } from '../check/rule.js';
import { compareDurations, isDuration } from '../law/duration.js';
import { listRetentionReferences, retentionReference } from '../law/retention-references.js';
import { localised } from '../law/types.js';
import { closest } from '../register/suggest.js';

export default defineRule({
  meta: {
    id: 'retention-above-reference',
    article: 'GDPR Art. 5(1)(e); CNIL',
    severity: 'warning',
  },
  check({ register, report, text, lang }) {
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
                ? text('retention-above-reference.builtIn', {
                    ids: ids.map((r) => `\`${r}\``).join(', '),
                  })
                : text('_words.didYouMean', { near }),
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
          label: localised(reference.label, lang),
          source: reference.reference_title?.[lang] ?? reference.reference,
          caveat: reference.verified ? '' : text('retention-above-reference.unverified'),
        },
        file: entry.file,
        path: [entry.index, 'duration'],
      });
    }
  },
});
