import { defineRule } from '../check/rule.js';
import { localisedText } from '../check/rule-text.js';
import { citation, nationalLaw, sectorDpoRule, staffDpoRule } from '../law/national.js';
import { activeActivities, criminalDataItems, specialDataItems } from '../model/activities.js';

const ARTICLE = 'GDPR Art. 37(1)';

export default defineRule({
  meta: {
    id: 'dpo-required',
    article: ARTICLE,
    severity: 'warning',
  },
  check({ register, report, lang }) {
    const config = register.config;
    if (config === undefined || config.data.organisation.dpo !== undefined) return;
    const organisation = config.data.organisation;
    if (organisation.public_body === true) {
      report({ messageId: 'publicBody', file: config.file, path: ['organisation', 'public_body'] });
    }
    for (const activity of activeActivities(register)) {
      const criteria = activity.data.dpia?.criteria ?? [];
      if (!criteria.includes('large-scale')) continue;
      const at = ['dpia', 'criteria'];
      const special = specialDataItems(register, activity.data).length > 0;
      const criminal = criminalDataItems(register, activity.data).length > 0;
      if (special || criminal) {
        const kinds = special && criminal ? 'both' : special ? 'special' : 'criminal';
        report({
          messageId: 'largeScaleSpecial',
          data: { id: activity.id, kinds },
          file: activity.file,
          path: at,
        });
      }
      if (criteria.includes('systematic-monitoring')) {
        report({
          messageId: 'largeScaleMonitoring',
          data: { id: activity.id },
          file: activity.file,
          path: at,
        });
      }
    }

    // Art. 37(4): Member State law may require a DPO in further cases (data/law/national/).
    const law = nationalLaw(organisation.country);
    const byStaff = staffDpoRule(law);
    if (byStaff !== undefined) {
      const article = citation('GDPR Art. 37(4)', byStaff);
      const staff = organisation.staff_processing_personal_data;
      if (staff !== undefined && staff >= byStaff.staff_threshold) {
        report({
          messageId: 'staffThreshold',
          data: { staff, threshold: byStaff.staff_threshold, provision: byStaff.provision },
          file: config.file,
          path: ['organisation', 'staff_processing_personal_data'],
          article,
        });
      }
      if (byStaff.dpia_requires_dpo) {
        for (const activity of activeActivities(register)) {
          const dpia = activity.data.dpia;
          if (dpia?.ref === undefined && (dpia?.art35_3 ?? []).length === 0) continue;
          report({
            messageId: 'dpiaNational',
            data: { id: activity.id, provision: byStaff.provision },
            file: activity.file,
            path: ['dpia'],
            article,
          });
        }
      }
    }
    const bySector = sectorDpoRule(law);
    const sector = bySector?.sectors.find((s) => s.id === organisation.sector);
    if (bySector !== undefined && sector !== undefined) {
      report({
        messageId: 'sector',
        data: {
          sector: sector.id,
          label: localisedText(sector.label, lang),
          // `art. 34.1 LOPDGDD` and letter `b`: `art. 34.1.b LOPDGDD`.
          provision: bySector.provision.replace(/ (?=\S+$)/, `.${sector.letter} `),
        },
        file: config.file,
        path: ['organisation', 'sector'],
        article: citation('GDPR Art. 37(4)', bySector),
      });
    }
  },
});
