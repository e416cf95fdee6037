import { defineRule } from '../check/rule.js';

/** Art. 35(7)(a)–(d): the parts every DPIA contains, as `content` keys. */
const PARTS = [
  {
    key: 'description',
    point: 'a',
    what: 'a systematic description of the processing and its purposes',
  },
  {
    key: 'necessity_proportionality',
    point: 'b',
    what: 'an assessment of its necessity and proportionality',
  },
  {
    key: 'risks',
    point: 'c',
    what: 'an assessment of the risks to the rights and freedoms of data subjects',
  },
  { key: 'measures', point: 'd', what: 'the measures envisaged to address the risks' },
] as const;

export default defineRule({
  meta: {
    id: 'dpia-content',
    description:
      'A DPIA in progress or validated records where it covers each part Art. 35(7) requires.',
    article: 'GDPR Art. 35(7)',
    severity: 'warning',
    messages: {
      missingPart:
        'the DPIA `{{id}}` does not record its Art. 35(7)({{point}}) part, {{what}}; add `content.{{key}}` (the section of the document, or the text itself)',
    },
    docs: {
      why: 'A DPIA contains at least (a) a systematic description of the envisaged processing and its purposes, (b) an assessment of the necessity and proportionality of the processing, (c) an assessment of the risks to the rights and freedoms of data subjects, and (d) the measures envisaged to address the risks (Art. 35(7)). A DPIA lacking one of them is not the assessment Art. 35(1) asks for.',
      triggers:
        'A DPIA record (dpias/<id>.yaml) with `status: in-progress` or `validated` whose `content` lacks `description`, `necessity_proportionality`, `risks` or `measures`: one finding per missing part. Drafts and outdated DPIAs are not checked.',
      fix: 'Record where the assessment covers each part: `content: { description: "§1", necessity_proportionality: "§2", risks: "§3", measures: "§4" }` (a section of `document`, or the text itself).',
      uncertain:
        'The register records where each part is, not the assessment itself: the rule cannot judge its quality, so it warns. A DPIA started before this field existed has all four parts missing until they are recorded.',
    },
  },
  check({ register, report }) {
    for (const dpia of register.records.dpia.values()) {
      const { status, content } = dpia.data;
      if (status !== 'in-progress' && status !== 'validated') continue;
      for (const part of PARTS) {
        if (content?.[part.key] !== undefined) continue;
        report({
          messageId: 'missingPart',
          data: { id: dpia.id, point: part.point, what: part.what, key: part.key },
          file: dpia.file,
          path: content === undefined ? [] : ['content'],
        });
      }
    }
  },
});
