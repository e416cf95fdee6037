import { defineRule } from '../check/rule.js';

export default defineRule({
  meta: {
    id: 'schema',
    description: 'Every register file matches the JSON Schema of its kind (schemas/*.schema.json).',
    severity: 'error',
    messages: { problem: '{{message}}' },
    docs: {
      why: 'The schemas are the executable form of the register format: a record that does not match cannot be read reliably by the other rules or rendered into documents. The other rules still run on the valid parts of a file with schema errors: only the values that fail are taken from what they read (with their mapping when a required key fails its type, and with their list when they are a list item), and no other rule reports at the position of a schema error; a document that is not usable at all (a bare string, a list where a mapping belongs) is left out.',
      triggers:
        'A missing required key, an unknown key (with "did you mean" for near misses), a value of the wrong type, a value outside a closed list, a malformed date, instant, duration, country or language code, or a file name that is not a valid id.',
      fix: 'Change the value at the position given; the message lists the accepted values. Editors that read the `yaml-language-server` modeline show the same schema as you type.',
    },
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
