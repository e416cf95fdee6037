import { defineRule } from '../check/rule.js';
import { problemText } from '../register/wording.js';

export default defineRule({
  meta: {
    id: 'yaml-syntax',
    severity: 'error',
  },
  check({ register, report, lang }) {
    // A YAML error often cascades into more on the same line (a tab, an unclosed quote): the
    // first one per line is the one to fix.
    const seen = new Set<string>();
    for (const p of register.problems) {
      if (p.rule !== 'yaml-syntax') continue;
      const line = p.range ? p.file.lineCounter.linePos(p.range[0]).line : 0;
      const key = `${p.file.relPath}:${line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report({
        messageId: 'problem',
        data: { message: problemText(lang, p.wording) },
        file: p.file,
        range: p.range ?? [0, 0],
      });
    }
  },
});
