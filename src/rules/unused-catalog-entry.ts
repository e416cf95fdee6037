import { defineRule } from '../check/rule.js';
import { CATALOG_KINDS } from '../register/kinds.js';
import { collectReferences } from '../register/references.js';

export default defineRule({
  meta: {
    id: 'unused-catalog-entry',
    description: 'Every catalogue entry is used by at least one record.',
    severity: 'warning',
    messages: {
      unused:
        '`{{id}}` is defined here but no record uses it; remove it or refer to it from an activity',
    },
    docs: {
      why: 'A catalogue that lists data, people, periods or measures nobody uses makes the record look broader than the processing, and often hides a typo in the record that should have used it.',
      triggers:
        'A data category, data subject, retention rule or security measure that no activity, incident or notice refers to.',
      fix: 'Refer to the entry where it applies, or delete it.',
    },
  },
  check({ register, report }) {
    const used = new Set<string>();
    for (const ref of collectReferences(register)) used.add(`${ref.target}\u0000${ref.id}`);
    for (const kind of CATALOG_KINDS) {
      for (const entry of register.catalogs[kind].values()) {
        if (used.has(`${kind}\u0000${entry.id}`)) continue;
        report({
          messageId: 'unused',
          data: { id: entry.id },
          file: entry.file,
          path: [entry.index, 'id'],
        });
      }
    }
  },
});
