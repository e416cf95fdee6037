import { defineRule } from '../check/rule.js';
import { breachDuties } from '../model/breaches.js';
import { hoursBetween, instantTime } from '../law/deadlines.js';

export default defineRule({
  meta: {
    id: 'breach-subjects-communication',
    description:
      'A breach likely to result in a high risk is communicated to the people concerned, unless an Art. 34(3) exemption applies.',
    article: 'GDPR Art. 34(1), 34(3)',
    severity: 'error',
    messages: {
      communicationPending:
        'the assessment calls for telling the people concerned ({{reason}}); tell them without undue delay (by {{deadline}} as this project reads it) and record `notifications.subjects.at`, or record the Art. 34(3) exemption that applies in `assessment.exemption` (encrypted, mitigated or disproportionate-effort)',
      notCommunicated:
        'the assessment calls for telling the people concerned ({{reason}}); tell them without undue delay and record `notifications.subjects.at`, or record the Art. 34(3) exemption that applies in `assessment.exemption` (encrypted, mitigated or disproportionate-effort); {{late}} h have passed since {{deadline}}, the end of "without undue delay" as this project reads it',
      noPublicChannel:
        'the disproportionate-effort exemption (Art. 34(3)(c)) requires a public communication or an equally effective measure instead; record it in `notifications.subjects` with its `channel` (e.g. a notice on the website)',
    },
    docs: {
      why: "A breach likely to result in a high risk to people's rights and freedoms must be communicated to them without undue delay (Art. 34(1)), unless the data were unintelligible, later measures removed the high risk, or telling each person would involve disproportionate effort — and then a public communication replaces it (Art. 34(3)(a–c)).",
      triggers:
        'A controller incident whose assessment has `risk: high` or `notify_subjects: true`, with neither `notifications.subjects.at` nor `assessment.exemption`: a warning until the period `breach_subjects_communication_hours` of data/law/deadlines.json after `discovered_at` has passed, an error after it; an `exemption: disproportionate-effort` without `notifications.subjects.channel`.',
      fix: 'Tell the people and record `notifications.subjects` (`at`, `channel`, `count`), or record the exemption that applies with its rationale; under disproportionate effort, record the public communication and its channel.',
      uncertain:
        "\"Without undue delay\" has no fixed period in the GDPR (the EDPB asks for the communication as soon as possible). The period after which a missing communication becomes an error (72 hours from awareness, like the authority's) is this project's reading, kept in data/law/deadlines.json with `verified: false`: change it there if your reading differs. The warning for a missing channel is a documentation gap rather than proof that no public communication was made: the register may record it elsewhere, so it is a warning. A processor's incidents are skipped: the controller communicates (Art. 34(1)).",
    },
  },
  check({ register, now, report }) {
    for (const incident of register.records.incident.values()) {
      const data = incident.data;
      const assessment = data.assessment;
      // No assessment is `breach-notification-overdue`'s finding; a processor leaves Art. 34 to the controller.
      if (!assessment || (data.role ?? 'controller') === 'processor') continue;
      const subjects = data.notifications?.subjects;
      const exemption = assessment.exemption ?? null;
      const duty = breachDuties(data, now).find((d) => d.kind === 'subjects');

      if (duty !== undefined && duty.state !== 'done' && exemption === null) {
        const reason = assessment.risk === 'high' ? 'risk: high' : 'notify_subjects: true';
        const deadline = duty.deadline ?? '';
        const late =
          duty.deadline === null ? 0 : hoursBetween(new Date(instantTime(duty.deadline)), now);
        report({
          messageId: duty.state === 'overdue' ? 'notCommunicated' : 'communicationPending',
          data: { reason, deadline, late: String(Math.max(0.1, Math.round(late * 10) / 10)) },
          file: incident.file,
          path: ['notifications', 'subjects'],
          // Still within what can be "without undue delay": a warning; after it, the rule's severity.
          ...(duty.state === 'overdue' ? {} : { severity: 'warning' as const }),
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
