import { defineRule } from '../check/rule.js';

/** Art. 35(7)(a)–(d): the parts every DPIA contains, as `content` keys (worded in rules.json). */
const PARTS = [
  { key: 'description', point: 'a' },
  { key: 'necessity_proportionality', point: 'b' },
  { key: 'risks', point: 'c' },
  { key: 'measures', point: 'd' },
] as const;

export default defineRule({
  meta: {
    id: 'dpia-content',
    article: 'GDPR Art. 35(7)',
    severity: 'warning',
  },
  check({ register, report, text }) {
    for (const dpia of register.records.dpia.values()) {
      const { status, content } = dpia.data;
      if (status !== 'in-progress' && status !== 'validated') continue;
      for (const part of PARTS) {
        if (content?.[part.key] !== undefined) continue;
        report({
          messageId: 'missingPart',
          data: {
            id: dpia.id,
            point: part.point,
            what: text(`dpia-content.parts.${part.key}`),
            key: part.key,
          },
          file: dpia.file,
          path: content === undefined ? [] : ['content'],
        });
      }
    }
  },
});
