import { defineRule } from '../check/rule.js';
import { mustCommunicateToSubjects } from '../model/breaches.js';

export default defineRule({
  meta: {
    id: 'breach-subjects-communication',
    description: 'A breach likely to result in a high risk is communicated to the people concerned, unless an Art. 34(3) exemption applies.',
    article: 'GDPR Art. 34(1), 34(3)',
    severity: 'error',
    messages: {
      notCommunicated:
        'the assessment calls for telling the people concerned ({{reason}}); tell them without undue delay and record `notifications.subjects.at`, or record the Art. 34(3) exemption that applies in `assessment.exemption` (encrypted, mitigated or disproportionate-effort)',
      noPublicChannel:
        'the disproportionate-effort exemption (Art. 34(3)(c)) requires a public communication or an equally effective measure instead; record it in `notifications.subjects` with its `channel` (e.g. a notice on the website)',
    },
    docs: {
      why: 'A breach likely to result in a high risk to people\'s rights and freedoms must be communicated to them without undue delay (Art. 34(1)), unless the data were unintelligible, later measures removed the high risk, or telling each person would involve disproportionate effort — and then a public communication replaces it (Art. 34(3)(a–c)).',
      triggers:
        'A controller incident whose assessment has `risk: high` or `notify_subjects: true`, with neither `notifications.subjects.at` nor `assessment.exemption`; an `exemption: disproportionate-effort` without `notifications.subjects.channel`.',
      fix: 'Tell the people and record `notifications.subjects` (`at`, `channel`, `count`), or record the exemption that applies with its rationale; under disproportionate effort, record the public communication and its channel.',
      uncertain:
        'The warning for a missing channel is a documentation gap rather than proof that no public communication was made: the register may record it elsewhere, so it is a warning. A processor\'s incidents are skipped: the controller communicates (Art. 34(1)).',
    },
  },
  check({ register, report }) {
    for (const incident of register.records.incident.values()) {
      const data = incident.data;
      const assessment = data.assessment;
      // No assessment is `breach-notification-overdue`'s finding; a processor leaves Art. 34 to the controller.
      if (!assessment || (data.role ?? 'controller') === 'processor') continue;
      const subjects = data.notifications?.subjects;
      const exemption = assessment.exemption ?? null;

      if (mustCommunicateToSubjects(assessment) && subjects?.at === undefined && exemption === null) {
        report({
          messageId: 'notCommunicated',
          data: { reason: assessment.risk === 'high' ? 'risk: high' : 'notify_subjects: true' },
          file: incident.file,
          path: ['notifications', 'subjects'],
        });
      }

      if (exemption === 'disproportionate-effort' && subjects?.channel === undefined) {
        report({
          messageId: 'noPublicChannel',
          file: incident.file,
          path: subjects ? ['notifications', 'subjects'] : ['assessment', 'exemption'],
          severity: 'warning',
        });
      }
    }
  },
});
