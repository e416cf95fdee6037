import { defineRule } from '../check/rule.js';
import { problemText } from '../register/wording.js';

export default defineRule({
  meta: {
    id: 'schema',
    severity: 'error',
  },
  check({ register, report, lang }) {
    for (const p of register.problems) {
      if (p.rule !== 'schema') continue;
      report({
        messageId: 'problem',
        data: { message: problemText(lang, p.wording) },
        file: p.file,
        path: p.path ?? [],
        target: p.target ?? 'value',
      });
    }
  },
});
