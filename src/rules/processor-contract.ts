import { defineRule } from '../check/rule.js';

export default defineRule({
  meta: {
    id: 'processor-contract',
    article: 'GDPR Art. 28(3)',
    severity: 'error',
  },
  check({ register, report, text }) {
    for (const party of register.records.party.values()) {
      const { kind, dpa } = party.data;
      if (kind !== 'processor' && kind !== 'sub-processor') continue;
      if (dpa?.signed !== undefined) continue;
      report({
        messageId: dpa === undefined ? 'noContract' : 'notSigned',
        data: { party: party.id, kind: text(`processor-contract.kinds.${kind}`) },
        file: party.file,
        path: dpa === undefined ? [] : ['dpa'],
      });
    }
  },
});
