import { defineRule } from '../check/rule.js';

export default defineRule({
  meta: {
    id: 'yaml-syntax',
    description: 'Every register file can be read and parsed as YAML 1.2.',
    severity: 'error',
    messages: { problem: '{{message}}' },
    docs: {
      why: 'A file that cannot be read is a part of the record that nobody, and no tool, can see.',
      triggers:
        'A YAML syntax error (bad indentation, tabs, an unclosed quote), a duplicate key, invalid UTF-8, an alias that expands too much, a file over 4 MB, or a path that is a directory, a symbolic-link loop or unreadable.',
      fix: 'Correct the YAML at the position given. Duplicate keys: keep one. Tabs: indent with spaces.',
    },
  },
  check({ register, report }) {
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
        data: { message: p.message },
        file: p.file,
        range: p.range ?? [0, 0],
      });
    }
  },
});
