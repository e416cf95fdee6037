import { defineRule } from '../check/rule.js';
import { activities, roleOf } from '../model/activities.js';

export default defineRule({
  meta: {
    id: 'processor-record',
    description:
      'A processor activity names the controllers it acts for, each with contact details.',
    article: 'GDPR Art. 30(2)',
    severity: 'error',
    messages: {
      missing:
        'the activity `{{id}}` has `role: processor` but names no controller; add to `controllers` the ids of the clients (parties/<id>.yaml) on whose behalf you process',
      noContact:
        '`{{party}}` is a controller on whose behalf you process ({{activities}}), but the record gives no contact details for it; add `contact` (e-mail address, URL or postal address)',
    },
    docs: {
      why: "A processor's record gives the name and contact details of each controller on whose behalf it acts, and the categories of processing carried out for each (Art. 30(2)(a), (b)).",
      triggers:
        'An activity with `role: processor` whose `controllers` is missing or empty (the schema already rejects both, so this is a safety net); a party named in the `controllers` of such an activity whose file has no `contact` (reported once per party, in its file).',
      fix: 'List the clients in `controllers: [<party id>, …]`, with a file in parties/ (kind `client`) for each, giving its `contact`.',
    },
  },
  check({ register, report }) {
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
          activities: activityIds.length === 1 ? `activity ${listed}` : `activities ${listed}`,
        },
        file: party.file,
        path: [],
      });
    }
  },
});
