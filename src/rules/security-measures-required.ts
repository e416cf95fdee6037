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
    description:
      'Every active activity lists its security measures; Art. 9 data have encryption and access control.',
    article: 'GDPR Art. 30(1)(g), 32',
    severity: 'error',
    messages: {
      missing:
        'the activity `{{id}}` lists no security measure; add `security_measures` with the ids of the technical and organisational measures (catalog/security-measures.yaml) that protect it',
      special:
        'the activity `{{id}}` processes Art. 9 data ({{categories}}) but lists no {{missing}} measure; add to `security_measures` a measure whose id contains {{hints}}',
    },
    docs: {
      why: 'The controller and the processor implement technical and organisational measures ensuring a level of security appropriate to the risk (Art. 32(1)), and the record gives a general description of them (Art. 30(1)(g), 30(2)(d)). Special categories of data (Art. 9) carry a higher risk; Art. 32(1)(a) names encryption among the measures to consider.',
      triggers:
        'An active activity whose `security_measures` is missing or empty (error). An active activity with Art. 9 data whose measures include no encryption measure or no access-control measure (warning). A measure counts as encryption when its catalogue id contains `encrypt` or `chiffr` (encryption-at-rest, chiffrement-disques), as access control when its id contains `access` or `acces` (access-control, controle-acces): name the measures of catalog/security-measures.yaml by that convention.',
      fix: "Describe the measures once in catalog/security-measures.yaml and list their ids in each activity's `security_measures`. For Art. 9 data, add an encryption measure and an access-control measure (or rename existing ones so that their ids follow the convention).",
      uncertain:
        'Art. 30(1)(g) asks for the description "where possible"; since every processing must be secured (Art. 32), a general description is nearly always possible, so a missing list is an error — set the rule to `warning` under `rules:` if a record truly cannot describe them. Art. 32 does not prescribe particular measures: the encryption and access-control check for Art. 9 data is a warning, and it reads only the id convention above.',
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
