import { defineRule } from '../check/rule.js';
import { activeActivities, specialDataItems } from '../model/activities.js';

/**
 * The kinds Art. 9 data need (schema enum `measureKind`, data/law/security-measure-kinds.json).
 * A measure without `kind` is recognised, as before kinds existed, by English or French words
 * in its id only: a German, Spanish or Basque id counts only once it has its `kind`.
 */
const MEASURE_TAGS = {
  encryption: { kind: 'encryption', fragments: ['encrypt', 'chiffr'] },
  accessControl: { kind: 'access-control', fragments: ['acces'] },
} as const;

type MeasureTag = keyof typeof MEASURE_TAGS;

function tagged(measures: readonly { id: string; kind?: string }[], tag: MeasureTag): boolean {
  const { kind, fragments } = MEASURE_TAGS[tag];
  return measures.some((m) =>
    m.kind !== undefined ? m.kind === kind : fragments.some((f) => m.id.includes(f)),
  );
}

export default defineRule({
  meta: {
    id: 'security-measures-required',
    article: 'GDPR Art. 30(1)(g), 32',
    severity: 'error',
  },
  check({ register, report, text }) {
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
      const catalogue = register.catalogs['security-measures'];
      const known = listed.flatMap((id) => {
        const entry = catalogue.get(id);
        return entry ? [{ id, kind: entry.data.kind }] : [];
      });
      const missing = (Object.keys(MEASURE_TAGS) as MeasureTag[]).filter(
        (tag) => !tagged(known, tag),
      );
      if (missing.length === 0) continue;
      const untyped = known.filter((m) => m.kind === undefined).map((m) => `\`${m.id}\``);
      const categories = [...new Set(special.map((item) => `\`${item.category.id}\``))].join(', ');
      report({
        messageId: 'special',
        data: {
          id: activity.id,
          categories,
          missing: missing
            .map((tag) => text(`security-measures-required.kinds.${MEASURE_TAGS[tag].kind}`))
            .join(text('security-measures-required.missingJoin')),
          kinds: missing
            .map((tag) => MEASURE_TAGS[tag].kind)
            .join(text('security-measures-required.kindsJoin')),
          untyped:
            untyped.length === 0
              ? ''
              : text('security-measures-required.untyped', {
                  count: untyped.length,
                  ids: untyped.join(', '),
                }),
        },
        file: activity.file,
        path: ['security_measures'],
        severity: 'warning',
      });
    }
  },
});
