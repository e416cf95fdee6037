import { defineRule } from '../check/rule.js';

export default defineRule({
  meta: {
    id: 'schema',
    severity: 'error',
  },
  check({ register, report }) {
    for (const p of register.problems) {
      if (p.rule !== 'schema') continue;
      report({
        messageId: 'problem',
        data: { message: p.message },
        file: p.file,
        path: p.path ?? [],
        target: p.target ?? 'value',
      });
    }
  },
});
