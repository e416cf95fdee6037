import { defineRule } from '../check/rule.js';
import { collectReferences, type ReferenceTarget } from '../register/references.js';
import { closest } from '../register/suggest.js';

const WHERE: Record<ReferenceTarget, string> = {
  activity: 'activities/',
  party: 'parties/',
  notice: 'notices/',
  incident: 'incidents/',
  request: 'requests/',
  dpia: 'dpias/',
  review: 'reviews/',
  'data-categories': 'catalog/data-categories.yaml',
  'data-subjects': 'catalog/data-subjects.yaml',
  retention: 'catalog/retention.yaml',
  'security-measures': 'catalog/security-measures.yaml',
  department: '`departments` in gdpr.yaml',
};

export default defineRule({
  meta: {
    id: 'unknown-reference',
    description: 'Every id a record refers to exists in the register.',
    severity: 'error',
    messages: {
      unknown: '`{{id}}` is not defined in {{where}}.{{suggestion}}',
    },
    docs: {
      why: 'Records point at catalogue entries and other records by id; a dangling id means the record says something about data, people, periods or parties that the register does not describe.',
      triggers:
        'A data subject, data category, retention rule, security measure, party, department, activity or DPIA id that is defined nowhere.',
      fix: 'Correct the id (the message suggests the closest one), or add the missing entry or file.',
    },
  },
  check({ register, report }) {
    for (const ref of collectReferences(register)) {
      const ids = register.ids[ref.target];
      // A refused or unparsable file holds these ids: they are unknown, not missing.
      if (ids.has(ref.id) || register.unknownIds.has(ref.target)) continue;
      const near = closest(ref.id, ids);
      report({
        messageId: 'unknown',
        data: {
          id: ref.id,
          where: WHERE[ref.target],
          suggestion: near ? ` Did you mean \`${near}\`?` : '',
        },
        file: ref.file,
        path: ref.path,
      });
    }
  },
});
