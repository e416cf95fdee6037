import { defineRule } from '../check/rule.js';
import { localisedText } from '../check/rule-text.js';
import { art28Clauses } from '../law/processors.js';

export default defineRule({
  meta: {
    id: 'processor-contract-clauses',
    article: 'GDPR Art. 28(2), 28(3)',
    severity: 'warning',
  },
  check({ register, report, lang }) {
    const clauses = art28Clauses();
    const all = clauses.map((c) => c.id).join(', ');
    for (const party of register.records.party.values()) {
      const { kind, dpa, sub_processors: subs } = party.data;
      if (kind !== 'processor' && kind !== 'sub-processor') continue;
      if (dpa?.signed === undefined) continue;
      if (dpa.clauses === undefined) {
        report({
          messageId: 'clausesUnknown',
          data: { party: party.id, all },
          file: party.file,
          path: ['dpa'],
        });
      } else {
        for (const clause of clauses) {
          if ((dpa.clauses as readonly string[]).includes(clause.id)) continue;
          report({
            messageId: 'clauseMissing',
            data: {
              party: party.id,
              point: clause.point,
              clause: clause.id,
              what: localisedText(clause.label, lang),
            },
            file: party.file,
            path: ['dpa', 'clauses'],
          });
        }
      }
      if (dpa.sub_processor_authorisation === undefined) {
        report({
          messageId: 'authorisationUnknown',
          data: { party: party.id },
          file: party.file,
          path: ['dpa'],
        });
      } else if (
        dpa.sub_processor_authorisation === 'none' &&
        subs !== undefined &&
        subs.length > 0
      ) {
        report({
          messageId: 'subProcessorsNotAuthorised',
          data: { party: party.id, subs: subs.map((s) => `\`${s}\``).join(', ') },
          file: party.file,
          path: ['dpa', 'sub_processor_authorisation'],
        });
      }
    }
  },
});
