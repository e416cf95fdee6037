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
    severity: 'error',
  },
  check({ register, report, text }) {
    for (const ref of collectReferences(register)) {
      const ids = register.ids[ref.target];
      // A refused or unparsable file holds these ids: they are unknown, not missing.
      if (ids.has(ref.id) || register.unknownIds.has(ref.target)) continue;
      const near = closest(ref.id, ids);
      report({
        messageId: 'unknown',
        data: {
          id: ref.id,
          where:
            ref.target === 'department' ? text('unknown-reference.departments') : WHERE[ref.target],
          suggestion: near ? text('_words.didYouMean', { near }) : '',
        },
        file: ref.file,
        path: ref.path,
      });
    }
  },
});
