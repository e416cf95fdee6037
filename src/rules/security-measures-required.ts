import { defineRule } from '../check/rule.js';
import { activeActivities, specialDataItems } from '../model/activities.js';

/**
 * The naming convention that tags a catalogue measure (catalog/security-measures.yaml) by its
 * id, in English or French: ids are stable where names are free text in several languages.
 */
const MEASURE_TAGS = {
  encryption: {
    fragments: ['encrypt', 'chiffr'],
    label: 'encryption',
    hint: '`encrypt` or `chiffr` (e.g. `encryption-at-rest`, `chiffrement-disques`)',
  },
  accessControl: {
    fragments: ['acces'],
    label: 'access-control',
    hint: '`access` or `acces` (e.g. `access-control`, `controle-acces`)',
  },
} as const;

type MeasureTag = keyof typeof MEASURE_TAGS;

function tagged(measureIds: readonly string[], tag: MeasureTag): boolean {
  return measureIds.some((id) =>
    MEASURE_TAGS[tag].fragments.some((fragment) => id.includes(fragment)),
  );
}

export default defineRule({
  meta: {
    id: 'security-measures-required',
    article: 'GDPR Art. 30(1)(g), 32',
    severity: 'error',
  },
  check({ register, report }) {
    for (const activity of activeActivities(register)) {
      const listed = activity.data.security_measures;
      if (listed === undefined || listed.length === 0) {
        report({
          messageId: 'missing',
          data: { id: activity.id },
          file: activity.file,
          path: listed === undefined ? [] : ['security_measures'],
        });
        continue;
      }
      const special = specialDataItems(register, activity.data);
      if (special.length === 0) continue;
      // Unknown ids are unknown-reference's finding: only measures the catalogue defines count.
      const known = listed.filter((id) => register.catalogs['security-measures'].has(id));
      const missing = (Object.keys(MEASURE_TAGS) as MeasureTag[]).filter(
        (tag) => !tagged(known, tag),
      );
      if (missing.length === 0) continue;
      const categories = [...new Set(special.map((item) => `\`${item.category.id}\``))].join(', ');
      report({
        messageId: 'special',
        data: {
          id: activity.id,
          categories,
          missing: missing.map((tag) => MEASURE_TAGS[tag].label).join(' and no '),
          hints: missing.map((tag) => MEASURE_TAGS[tag].hint).join(', and one whose id contains '),
        },
        file: activity.file,
        path: ['security_measures'],
        severity: 'warning',
      });
    }
  },
});
