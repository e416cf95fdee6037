import { defineRule } from '../check/rule.js';
import { parseDirectives } from '../check/directives.js';

export default defineRule({
  meta: {
    id: 'suppression-directive',
    severity: 'warning',
  },
  async check({ register, report }) {
    // index.ts imports this file: the registry is read when the rule runs, not when it loads.
    const { RULES } = await import('./index.js');
    const known = RULES.map((r) => r.meta.id);
    for (const file of register.files) {
      if (file.withoutDirectives === true) continue;
      for (const d of parseDirectives(file.text)) {
        if (d.rules.length === 0) {
          report({ messageId: 'noRule', file, range: d.range });
          continue;
        }
        for (const r of d.rules) {
          if (!known.includes(r.id))
            report({ messageId: 'unknownRule', data: { id: r.id }, file, range: r.range });
        }
        if (d.reason === undefined) {
          report({
            messageId: 'noReason',
            data: { rules: d.rules.map((r) => r.id).join(', ') },
            file,
            range: d.range,
            severity: 'error',
          });
        }
      }
    }
  },
});
