import { defineRule } from '../check/rule.js';
import { activities, roleOf } from '../model/activities.js';

export default defineRule({
  meta: {
    id: 'processor-record',
    article: 'GDPR Art. 30(2)',
    severity: 'error',
  },
  check({ register, report, text }) {
    const actingFor = new Map<string, string[]>();
    for (const activity of activities(register)) {
      if (roleOf(activity.data) !== 'processor') continue;
      const named = activity.data.controllers;
      if (named === undefined || named.length === 0) {
        report({
          messageId: 'missing',
          data: { id: activity.id },
          file: activity.file,
          path: named === undefined ? [] : ['controllers'],
        });
        continue;
      }
      for (const id of named) actingFor.set(id, [...(actingFor.get(id) ?? []), activity.id]);
    }
    for (const [id, activityIds] of actingFor) {
      // An unknown id is unknown-reference's finding.
      const party = register.records.party.get(id);
      if (party === undefined || party.data.contact !== undefined) continue;
      const listed = activityIds.map((a) => `\`${a}\``).join(', ');
      report({
        messageId: 'noContact',
        data: {
          party: id,
          activities: text('processor-record.activities', { count: activityIds.length, listed }),
        },
        file: party.file,
        path: [],
      });
    }
  },
});
