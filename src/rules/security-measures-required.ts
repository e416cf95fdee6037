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
    description:
      'Every active activity lists its security measures; Art. 9 data have encryption and access control.',
    article: 'GDPR Art. 30(1)(g), 32',
    severity: 'error',
    messages: {
      missing:
        'the activity `{{id}}` lists no security measure; add `security_measures` with the ids of the technical and organisational measures (catalog/security-measures.yaml) that protect it',
      special:
        'the activity `{{id}}` processes Art. 9 data ({{categories}}) but lists no {{missing}} measure; add to `security_measures` a measure of catalog/security-measures.yaml with `kind: {{kinds}}`{{untyped}}',
    },
    docs: {
      why: 'The controller and the processor implement technical and organisational measures ensuring a level of security appropriate to the risk (Art. 32(1)), and the record gives a general description of them (Art. 30(1)(g), 30(2)(d)). Special categories of data (Art. 9) carry a higher risk; Art. 32(1)(a) names encryption among the measures to consider.',
      triggers:
        'An active activity whose `security_measures` is missing or empty (error). An active activity with Art. 9 data whose measures include no encryption measure or no access-control measure (warning). A measure counts by its `kind` in catalog/security-measures.yaml (`encryption`, `access-control`; the vocabulary is data/law/security-measure-kinds.json: the CNIL list plus ISO/IEC 27002:2022 themes), whatever the language of its id (`verschluesselung`, `cifrado`, `zifratzea`). A measure without `kind` falls back to English or French words in its id (`encrypt`, `chiffr`, `acces`), and the finding then asks for `kind`.',
      fix: "Describe the measures once in catalog/security-measures.yaml and list their ids in each activity's `security_measures`. For Art. 9 data, add an encryption measure and an access-control measure, each with its `kind` (`kind: encryption`, `kind: access-control`).",
      uncertain:
        'Art. 30(1)(g) asks for the description "where possible"; since every processing must be secured (Art. 32), a general description is nearly always possible, so a missing list is an error — set the rule to `warning` under `rules:` if a record truly cannot describe them. Art. 32 does not prescribe particular measures: the encryption and access-control check for Art. 9 data is a warning, and it reads only the kinds (or, without a kind, the id words) above.',
    },
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
          missing: missing.map((tag) => MEASURE_TAGS[tag].kind).join(' and no '),
          kinds: missing.map((tag) => MEASURE_TAGS[tag].kind).join('` and one with `kind: '),
          untyped:
            untyped.length === 0
              ? ''
              : ` (${untyped.join(', ')} ${untyped.length === 1 ? 'has' : 'have'} no \`kind\`: give each listed measure its \`kind\`, as ids are read only for English or French words such as \`encrypt\`, \`chiffr\`, \`acces\`)`,
        },
        file: activity.file,
        path: ['security_measures'],
        severity: 'warning',
      });
    }
  },
});
