import { defineRule } from '../check/rule.js';
import { parseDirectives } from '../check/directives.js';

export default defineRule({
  meta: {
    id: 'suppression-directive',
    description:
      'Every `# gdpr-disable-next-line` comment names known rules, gives its reason, and hides a finding.',
    severity: 'warning',
    messages: {
      noReason:
        'this suppression gives no reason; write it after `--` (e.g. `# gdpr-disable-next-line {{rules}} -- why this finding does not apply`) so that a reviewer can judge it',
      noRule:
        'this suppression names no rule; name the rules it hides (e.g. `# gdpr-disable-next-line retention-required -- …`)',
      unknownRule: '`{{id}}` is not a rule of gdpr check; run `gdpr rules` to list them',
      unused:
        'nothing on the next line is reported by `{{id}}`: this suppression is unused; remove it',
    },
    docs: {
      why: 'A suppression states that a finding does not apply. Accountability (Art. 5(2)) asks that such a decision be explained; one that hides nothing any more hides the next real finding on that line.',
      triggers:
        'A `# gdpr-disable-next-line` comment without a reason after `--`, without a rule, naming an unknown rule, or naming a rule that reports nothing on the next line. A directive naming a rule set to `off` is not judged unused.',
      fix: 'Write the reason after `--`; correct the rule id; remove a suppression that is no longer needed.',
    },
  },
  async check({ register, report }) {
    // index.ts imports this file: the registry is read when the rule runs, not when it loads.
    const { RULES } = await import('./index.js');
    const known = RULES.map((r) => r.meta.id);
    for (const file of register.files) {
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
