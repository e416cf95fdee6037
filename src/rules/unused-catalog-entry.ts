import { defineRule } from '../check/rule.js';
import { CATALOG_KINDS } from '../register/kinds.js';
import { collectReferences } from '../register/references.js';

export default defineRule({
  meta: {
    id: 'unused-catalog-entry',
    severity: 'warning',
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
