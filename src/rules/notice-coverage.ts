import { defineRule } from '../check/rule.js';
import { activeActivities, roleOf } from '../model/activities.js';
import { activitiesCoveredBy } from '../model/notices.js';

export default defineRule({
  meta: {
    id: 'notice-coverage',
    description:
      'Every active controller activity is covered by a privacy notice, and data not collected from the person name their source.',
    article: 'GDPR Art. 13, 14',
    severity: 'error',
    messages: {
      noNotices:
        'no privacy notice is kept in this register, so none of its {{count}} active controller activities is covered; add notices in notices/ (one per audience, e.g. customers, staff, candidates) listing the activities or data subjects they inform about',
      uncovered:
        "no privacy notice covers the activity `{{id}}`; add `{{id}}` to `activities` of a notice in notices/, or add one of its data subjects ({{subjects}}) to a notice's `audience`",
      sourceDetail:
        'the data item `{{category}}` is not collected from the data subject (source: {{source}}); add `source_detail` naming where it comes from (Art. 14(2)(f))',
    },
    docs: {
      why: 'A controller must tell people about each processing of their data: when collected from them (Art. 13) or obtained elsewhere (Art. 14), in which case the notice must also name the source (Art. 14(2)(f)). An activity no notice covers is processing nobody was told about.',
      triggers:
        "A register with no notice at all (one finding, at gdpr.yaml, rather than one per activity). An active activity whose role is controller or joint-controller that no notice lists in `activities` and whose data subjects meet no notice's `audience`; a data item of such an activity whose `source` is `third-party` or `public` without `source_detail`.",
      fix: "Add the activity id to a notice's `activities`, or its data-subject id to a notice's `audience` (or create a notice in notices/). Give each item obtained elsewhere a `source_detail`.",
      uncertain:
        'Art. 13(4) and 14(5) exempt cases where the person already has the information or informing is impossible or disproportionate; the register cannot tell these apart, so set the rule to `off` for such a register only after documenting the exemption.',
    },
  },
  check({ register, report }) {
    const covered = new Set<string>();
    for (const notice of register.records.notice.values()) {
      for (const a of activitiesCoveredBy(register, notice.data)) covered.add(a.id);
    }
    // A processor acts on the client's instructions; informing the people is the client's duty.
    const informed = activeActivities(register).filter((a) => roleOf(a.data) !== 'processor');
    // One missing thing, one finding: without any notice, say so once rather than per activity.
    // (`ids` counts notice files even when they fail their schema: those are the schema's findings.)
    const config = register.configFile;
    const noNotices = register.ids.notice.size === 0 && config !== undefined && informed.length > 0;
    if (noNotices) {
      report({ messageId: 'noNotices', data: { count: informed.length }, file: config, path: [] });
    }
    for (const activity of informed) {
      if (!noNotices && !covered.has(activity.id)) {
        const subjects = activity.data.data_subjects ?? [];
        report({
          messageId: 'uncovered',
          data: {
            id: activity.id,
            subjects:
              subjects.length > 0 ? subjects.map((s) => `\`${s}\``).join(', ') : 'none listed',
          },
          file: activity.file,
          path: [],
        });
      }
      (activity.data.data ?? []).forEach((item, index) => {
        // Without `source` the register does not say where the data come from: not this rule's finding.
        if (
          item.source === undefined ||
          item.source === 'data-subject' ||
          item.source_detail !== undefined
        )
          return;
        report({
          messageId: 'sourceDetail',
          data: { category: item.category, source: item.source },
          file: activity.file,
          path: ['data', index],
        });
      });
    }
  },
});
