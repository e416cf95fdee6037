import { describe, expect, it } from 'vitest';
import { checkRegister } from '../../src/check/engine.js';
import rule from '../../src/rules/dpia-required.js';
import { makeRegister } from '../helpers/register.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** An activity whose `dpia:` block holds `dpiaLines` (each indented by two spaces); the block's first line is line 12. */
function monitoring(dpiaLines: string, status = 'active'): string {
  return `name: Staff monitoring
status: ${status}
purposes:
  - description: Monitor access to the premises
    legal_basis: legitimate-interests
    legitimate_interest: Security of the premises
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
dpia:
${dpiaLines}`;
}

function dpiaRecord(status: string, more = ''): string {
  return `activities: [monitoring]
status: ${status}
criteria: [systematic-monitoring, vulnerable-subjects]
${more}`;
}

const TWO_CRITERIA = '  criteria: [systematic-monitoring, vulnerable-subjects]\n';

const cases: Parameters<typeof ruleTester>[1] = {
  valid: [
    { name: 'the base register screens nothing', files: {} },
    {
      name: 'two criteria and a validated DPIA',
      files: {
        'activities/monitoring.yaml': monitoring(`${TWO_CRITERIA}  ref: monitoring\n`),
        'dpias/monitoring.yaml': dpiaRecord('validated', 'residual_risk: medium\n'),
      },
    },
    {
      name: 'two criteria and a documented reason for no DPIA',
      files: {
        'activities/monitoring.yaml': monitoring(
          `${TWO_CRITERIA}  not_required_reason: Badge logs only, kept 3 months, no profiling\n`,
        ),
      },
    },
    {
      name: 'a single criterion',
      files: { 'activities/monitoring.yaml': monitoring('  criteria: [vulnerable-subjects]\n') },
    },
    {
      name: 'a retired activity',
      files: { 'activities/monitoring.yaml': monitoring(TWO_CRITERIA, 'retired') },
    },
    {
      name: 'a planned activity whose DPIA is still a draft',
      files: {
        'activities/monitoring.yaml': monitoring(`${TWO_CRITERIA}  ref: monitoring\n`, 'planned'),
        'dpias/monitoring.yaml': dpiaRecord('draft'),
      },
    },
    {
      name: 'a CNIL-listed activity with its DPIA; high residual risk with the authority consulted',
      files: {
        'activities/monitoring.yaml': monitoring(
          '  cnil_list: cnil-required-04-employee-monitoring\n  ref: monitoring\n',
        ),
        'dpias/monitoring.yaml': dpiaRecord(
          'validated',
          'residual_risk: high\nprior_consultation:\n  sent: 2026-03-02\n  reference: CNIL-2026-0001\n',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'an Art. 35(3) case: a not_required_reason does not set it aside (Art. 35(3)(c), no WP248 criterion recorded)',
      files: {
        'activities/monitoring.yaml': monitoring(
          '  art35_3: [art35-3-c]\n  not_required_reason: Cameras cover only our car park\n',
        ),
      },
      errors: [
        {
          file: 'activities/monitoring.yaml',
          line: 12,
          column: 3,
          message:
            'the activity `monitoring` needs a DPIA (GDPR Art. 35(3)(c): Systematic monitoring of a publicly accessible area on a large scale); add `dpia.ref` naming its DPIA record in dpias/ (`gdpr dpia screen monitoring` opens a draft). Art. 35(3) requires one in this case: a `dpia.not_required_reason` cannot set it aside',
        },
      ],
    },
    {
      name: 'two WP248 criteria without DPIA or reason (active and planned)',
      files: {
        'activities/monitoring.yaml': monitoring(TWO_CRITERIA),
        'activities/video.yaml': monitoring(
          '  criteria: [systematic-monitoring, innovative-technology, large-scale]\n',
          'planned',
        ),
      },
      errors: [
        {
          file: 'activities/monitoring.yaml',
          line: 12,
          column: 3,
          message:
            'the activity `monitoring` needs a DPIA (2 WP248 criteria met (systematic-monitoring, vulnerable-subjects); a DPIA is required from 2',
        },
        {
          file: 'activities/video.yaml',
          line: 12,
          column: 3,
          message:
            '3 WP248 criteria met (systematic-monitoring, large-scale, innovative-technology)',
        },
      ],
    },
    {
      name: 'a CNIL-listed type: a reason does not replace the DPIA',
      files: {
        'activities/monitoring.yaml': monitoring(
          '  cnil_list: cnil-required-04-employee-monitoring\n  not_required_reason: We trust our staff\n',
        ),
      },
      errors: [
        {
          file: 'activities/monitoring.yaml',
          line: 12,
          column: 3,
          message:
            "item 4: Constant monitoring of employees' activity); add `dpia.ref` naming its DPIA record in dpias/ (`gdpr dpia screen monitoring` opens a draft). A `dpia.not_required_reason` cannot set aside",
        },
      ],
    },
    {
      name: 'CNIL list ids that do not exist, with did-you-mean',
      files: {
        'activities/monitoring.yaml': monitoring('  cnil_list: cnil-required-04\n'),
        'activities/video.yaml': monitoring(
          '  cnil_list: cnil-required-11-biometric\n  ref: video\n',
        ),
        'activities/zz-other.yaml': monitoring('  cnil_list: video-surveillance\n'),
      },
      errors: [
        {
          file: 'activities/monitoring.yaml',
          line: 12,
          column: 14,
          message:
            '`cnil-required-04` is not an item of the CNIL list of processing requiring a DPIA (Art. 35(4)). Did you mean `cnil-required-04-employee-monitoring`?',
        },
        {
          file: 'activities/video.yaml',
          line: 12,
          column: 14,
          message: 'Did you mean `cnil-required-11-biometrics`?',
        },
        {
          file: 'activities/zz-other.yaml',
          line: 12,
          column: 14,
          message:
            '(Art. 35(4)). Use the id of an item of that list (e.g. `cnil-required-01-health-establishments`), or remove `dpia.cnil_list`',
        },
      ],
    },
    {
      name: 'an active activity whose DPIA is still a draft',
      files: {
        'activities/monitoring.yaml': monitoring(`${TWO_CRITERIA}  ref: monitoring\n`),
        'dpias/monitoring.yaml': dpiaRecord('draft'),
      },
      errors: [
        {
          file: 'activities/monitoring.yaml',
          line: 13,
          column: 8,
          message: 'the DPIA `monitoring` of this active activity is still a draft',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'high residual risk without prior consultation',
      files: {
        'activities/monitoring.yaml': monitoring(`${TWO_CRITERIA}  ref: monitoring\n`),
        'activities/video.yaml': monitoring(`${TWO_CRITERIA}  ref: video\n`),
        'dpias/monitoring.yaml': dpiaRecord('validated', 'residual_risk: high\n'),
        'dpias/video.yaml': dpiaRecord(
          'in-progress',
          'residual_risk: high\nprior_consultation:\n  reference: to be filed\n',
        ),
      },
      errors: [
        {
          file: 'dpias/monitoring.yaml',
          line: 4,
          column: 16,
          message:
            'the residual risk is high, so the supervisory authority must be consulted before the processing (Art. 36(1)); add `prior_consultation.sent`',
          severity: 'error',
        },
        { file: 'dpias/video.yaml', line: 6, column: 3, message: 'add `prior_consultation.sent`' },
      ],
    },
  ],
};

ruleTester(rule, cases);

describe('rule dpia-required in the language of the check', () => {
  it('quotes the Art. 35(3) case in that language (gdpr check --lang fr)', async () => {
    const root = makeRegister({
      'activities/monitoring.yaml': monitoring('  art35_3: [art35-3-c]\n'),
    });
    const check = (lang: string) =>
      checkRegister(root, {
        today: '2026-11-23',
        now: new Date('2026-11-23T00:00:00Z'),
        cwd: root,
        rules: [rule],
        lang,
      });
    const [fr] = (await check('fr')).diagnostics;
    expect(fr?.message).toContain(
      "art. 35.3.c du RGPD : Surveillance systématique à grande échelle d'une zone accessible au public",
    );
    const [en] = (await check('en')).diagnostics;
    expect(en?.message).toContain(
      'GDPR Art. 35(3)(c): Systematic monitoring of a publicly accessible area on a large scale',
    );
  });
});
