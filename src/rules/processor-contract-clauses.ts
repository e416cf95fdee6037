import { defineRule } from '../check/rule.js';
import { art28Clauses } from '../law/processors.js';

export default defineRule({
  meta: {
    id: 'processor-contract-clauses',
    description:
      "A processor's contract covers each clause Art. 28(3)(a)–(h) requires, and says how sub-processors are authorised (Art. 28(2)).",
    article: 'GDPR Art. 28(2), 28(3)',
    severity: 'warning',
    messages: {
      clausesUnknown:
        'the contract with `{{party}}` does not record which Art. 28(3) clauses it covers; add `dpa.clauses` with those it contains ({{all}})',
      clauseMissing:
        'the contract with `{{party}}` lacks the Art. 28(3)({{point}}) clause `{{clause}}` ({{what}}); have it added, then list it in `dpa.clauses`',
      authorisationUnknown:
        'the contract with `{{party}}` does not say how sub-processors are authorised (Art. 28(2)); add `dpa.sub_processor_authorisation` (specific, general or none)',
      subProcessorsNotAuthorised:
        "`{{party}}` uses sub-processors ({{subs}}) but its contract authorises none (`sub_processor_authorisation: none`); a processor engages another only with the controller's prior specific or general written authorisation (Art. 28(2))",
    },
    docs: {
      why: "The contract with a processor must stipulate, in particular, the eight points of Art. 28(3)(a)–(h): documented instructions, confidentiality, security (Art. 32), the conditions for sub-processors, assistance with data subjects' rights, assistance with Arts. 32–36, deletion or return at the end, and information and audits. A processor engages a sub-processor only with the controller's prior specific or general written authorisation; with a general one, it informs the controller of changes so that it can object (Art. 28(2)).",
      triggers:
        'A party of kind `processor` or `sub-processor` with a signed contract (`dpa.signed`; without one, processor-contract reports it): without `dpa.clauses` (one finding); with `dpa.clauses` lacking any of the eight (one finding per clause); without `dpa.sub_processor_authorisation`; with `sub_processor_authorisation: none` while `sub_processors` are listed.',
      fix: "Read the contract against Art. 28(3) (or use the Commission's standard clauses, Decision (EU) 2021/915) and record what it covers: `dpa: { signed: …, clauses: [instructions, confidentiality, security, sub-processors, rights, assistance, deletion-return, audits], sub_processor_authorisation: general }`.",
      uncertain:
        'The register records what the contract says, not the contract: the rule cannot read the clauses themselves, so it warns. Art. 28(3) asks for these clauses "in particular": a contract with all eight can still miss the subject matter, duration, nature and purpose of the processing.',
    },
  },
  check({ register, report }) {
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
              what: clause.label.en,
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
