import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/direct-marketing-stated.js';

/** An activity whose second purpose is `purpose` (a YAML list item, indented by 2). */
function activity(purpose: string, head = 'name: Customer relations\n'): string {
  return `${head}purposes:
  - description: Manage orders
    legal_basis: contract
${purpose}data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
`;
}

const NEWSLETTER = `  - description: { en: Send the newsletter, fr: Envoyer la lettre d’information }
    legal_basis: consent
`;

ruleTester(rule, {
  valid: [
    { name: 'the base register (contract only)', files: {} },
    {
      name: 'a newsletter that says it is direct marketing',
      files: { 'activities/crm.yaml': activity(`${NEWSLETTER}    direct_marketing: true\n`) },
    },
    {
      name: 'audience measurement owned by marketing, stated not to be marketing',
      files: {
        'activities/stats.yaml': activity(
          '  - description: Measure the audience of the marketing site\n    legal_basis: legitimate-interests\n    direct_marketing: false\n',
        ),
      },
    },
    {
      name: 'no marketing word: nothing to ask',
      files: {
        'activities/stats.yaml': activity(
          '  - description: Produce anonymous visit statistics\n    legal_basis: legitimate-interests\n',
          'name: Website analytics\ndepartment: sales\n',
        ),
      },
    },
    {
      name: 'a marketing word on a basis marketing does not rely on (legal obligation)',
      files: {
        'activities/optout.yaml': activity(
          '  - description: Keep the list of people who refused prospecting\n    legal_basis: legal-obligation\n    legal_reference: Code de la consommation, art. L223-1\n',
        ),
      },
    },
    {
      name: 'a retired activity',
      files: {
        'activities/crm.yaml': activity(
          NEWSLETTER,
          'name: Old newsletter\nstatus: retired\nretired_on: 2025-01-01\n',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'a newsletter on consent, not stated: a warning at the purpose',
      files: { 'activities/crm.yaml': activity(NEWSLETTER) },
      errors: [
        {
          file: 'activities/crm.yaml',
          line: 5,
          column: 5,
          message:
            'purpose 2 looks like direct marketing ("newsletter", consent) but does not say so',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'French words, accents and case ignored, found in the activity name (legitimate interests)',
      files: {
        'activities/b2b.yaml': activity(
          '  - description: { fr: Présenter nos offres aux professionnels }\n    legal_basis: legitimate-interests\n',
          'name: { fr: Démarchage téléphonique des professionnels }\n',
        ),
      },
      errors: [
        {
          file: 'activities/b2b.yaml',
          line: 5,
          column: 5,
          message: '("demarchage", legitimate-interests)',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'the activity id suggests it; each unstated purpose is reported, a stated one is not',
      files: {
        'activities/prospects.yaml': `name: Trade relations
purposes:
  - description: Present our offer
    legal_basis: legitimate-interests
  - description: Send offers to people who asked
    legal_basis: consent
    direct_marketing: true
  - { description: Measure campaigns, legal_basis: consent }
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
`,
      },
      errors: [
        {
          file: 'activities/prospects.yaml',
          line: 3,
          column: 5,
          message: 'purpose 1 looks like direct marketing ("prospect"',
        },
        {
          file: 'activities/prospects.yaml',
          line: 8,
          column: 5,
          message: 'purpose 3 looks like direct marketing ("prospect"',
        },
      ],
    },
  ],
});
