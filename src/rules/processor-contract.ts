import { defineRule } from '../check/rule.js';

export default defineRule({
  meta: {
    id: 'processor-contract',
    description: 'Every processor and sub-processor is bound by a signed contract (`dpa.signed`).',
    article: 'GDPR Art. 28(3)',
    severity: 'error',
    messages: {
      noContract:
        '`{{party}}` is a {{kind}}, but no signed contract is recorded; add `dpa` with `signed` (the date of signature) and `reference` (where the contract is kept)',
      notSigned:
        '`{{party}}` is a {{kind}}, but its `dpa` has no signature date; add `signed` (the date the contract was signed)',
    },
    docs: {
      why: "Processing by a processor must be governed by a contract (or other legal act) in writing that sets out the subject matter, duration, nature and purpose of the processing and the processor's obligations (Art. 28(3), (9)); a processor that engages a sub-processor must impose the same obligations on it by contract (Art. 28(4)).",
      triggers: 'A party of kind `processor` or `sub-processor` whose `dpa.signed` is missing.',
      fix: "Record the contract in the party file: `dpa: { signed: YYYY-MM-DD, reference: contracts/… }`. For a sub-processor, record the contract between the processor and the sub-processor (Art. 28(4)), or the processor's contract terms that cover it.",
    },
  },
  check({ register, report }) {
    for (const party of register.records.party.values()) {
      const { kind, dpa } = party.data;
      if (kind !== 'processor' && kind !== 'sub-processor') continue;
      if (dpa?.signed !== undefined) continue;
      report({
        messageId: dpa === undefined ? 'noContract' : 'notSigned',
        data: { party: party.id, kind },
        file: party.file,
        path: dpa === undefined ? [] : ['dpa'],
      });
    }
  },
});
