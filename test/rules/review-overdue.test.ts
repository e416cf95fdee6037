import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/review-overdue.js';
import { BASE_REGISTER } from '../helpers/register.js';
import { parse } from 'yaml';
import { activityFingerprint } from '../../src/model/reviews.js';
import type { Activity } from '../../src/types/register.js';

const BASE_CONFIG = BASE_REGISTER['gdpr.yaml']!;
const CONFIG_WITHOUT_PERIOD = BASE_CONFIG.replace('review_every: P1Y\n', '');

/** An activity with the given lines after `status:` (line 3 onwards). */
function payroll(lines: string, status = 'active'): string {
  return `name: Payroll
status: ${status}
${lines}purposes:
  - description: Pay the staff
    legal_basis: legal-obligation
    legal_reference: Code du travail, L3243-2
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
`;
}

/** A review log entry for the payroll activity as written by `payroll(lines)`. */
function reviewOf(date: string, activityText: string): string {
  const fingerprint = activityFingerprint(parse(activityText) as Activity);
  return `date: ${date}
reviewer: Claire Martin, DPO
since: v1.0
to_commit: 0123456789ab
activities:
  - id: payroll
    fingerprint: ${fingerprint}
`;
}

const cases: Parameters<typeof ruleTester>[1] = {
  valid: [
    { name: 'the base register: reviewed on 2026-06-01, due 2027-06-01', files: {} },
    { name: 'reviewed, due on the day of the check', today: '2027-06-01', files: {} },
    {
      name: 'planned and retired activities are not reviewed',
      today: '2030-01-01',
      files: {
        'activities/customers.yaml': null,
        'notices/customers.yaml': null,
        'activities/payroll.yaml': payroll('', 'planned'),
        'activities/old.yaml': payroll('reviewed: 2020-01-01\n', 'retired'),
      },
    },
    {
      name: "an activity's own longer period wins over gdpr.yaml",
      today: '2027-05-01',
      files: { 'activities/payroll.yaml': payroll('reviewed: 2025-05-01\nreview_every: P2Y\n') },
    },
    {
      name: 'a review logged in reviews/ stands for the activity with no `reviewed` date',
      today: '2027-01-10',
      files: {
        'activities/payroll.yaml': payroll(''),
        'reviews/2026-03-01.yaml': reviewOf('2026-03-01', payroll('')),
      },
    },
    {
      name: 'a logged review later than `reviewed`, the activity unchanged but for its date',
      today: '2027-01-10',
      files: {
        'activities/payroll.yaml': payroll('reviewed: 2025-01-01\n'),
        'reviews/2026-03-01.yaml': reviewOf('2026-03-01', payroll('reviewed: 2024-01-01\n')),
      },
    },
    {
      name: 'a change before a later `reviewed` date is not flagged (the own review is the last)',
      today: '2027-01-10',
      files: {
        'activities/payroll.yaml': payroll('reviewed: 2026-06-01\n').replace(
          'Pay the staff',
          'Pay',
        ),
        'reviews/2026-03-01.yaml': reviewOf('2026-03-01', payroll('')),
      },
    },
  ],
  invalid: [
    {
      name: 'an activity changed after its last logged review',
      today: '2026-06-10',
      files: {
        'activities/payroll.yaml': payroll('').replace(
          'Pay the staff',
          'Pay the staff and interns',
        ),
        'reviews/2026-03-01.yaml': reviewOf('2026-02-01', 'name: Old\n'),
        'reviews/2026-05-01.yaml': reviewOf('2026-05-01', payroll('')),
      },
      errors: [
        {
          file: 'activities/payroll.yaml',
          line: 1,
          column: 1,
          message:
            'the activity `payroll` changed after its last review on 2026-05-01 by Claire Martin, DPO (reviews/2026-05-01.yaml); look at the change (`gdpr diff --since 0123456789ab`) and record a new review (`gdpr diff --since 0123456789ab --record-review "<name>"`)',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a logged review counts for the review period too',
      today: '2027-05-02',
      files: {
        'activities/payroll.yaml': payroll(''),
        'reviews/2026-05-01.yaml': reviewOf('2026-05-01', payroll('')),
      },
      errors: [
        {
          file: 'activities/payroll.yaml',
          line: 1,
          column: 1,
          message:
            'the last review of `payroll` was on 2026-05-01; with a review period of P1Y, set by `review_every` in gdpr.yaml, the next review was due on 2027-05-01 and is 1 day overdue',
        },
      ],
    },
    {
      name: 'the base activity one day after its review was due',
      today: '2027-06-02',
      files: {},
      errors: [
        {
          file: 'activities/customers.yaml',
          line: 5,
          column: 11,
          message:
            'the last review of `customers` was on 2026-06-01; with a review period of P1Y, set by `review_every` in gdpr.yaml, the next review was due on 2027-06-01 and is 1 day overdue; review the record and update `reviewed`',
          severity: 'warning',
        },
      ],
    },
    {
      name: "the activity's own period, from the end of a month",
      files: { 'activities/payroll.yaml': payroll('reviewed: 2025-08-31\nreview_every: P6M\n') },
      errors: [
        {
          file: 'activities/payroll.yaml',
          line: 3,
          column: 11,
          message:
            "with a review period of P6M, set by the activity's `review_every`, the next review was due on 2026-02-28 and is 268 days overdue",
        },
      ],
    },
    {
      name: 'never reviewed, and the default period when gdpr.yaml sets none',
      files: {
        'gdpr.yaml': CONFIG_WITHOUT_PERIOD,
        'activities/customers.yaml': BASE_REGISTER['activities/customers.yaml']!.replace(
          'reviewed: 2026-06-01',
          'reviewed: 2025-10-01',
        ),
        'activities/payroll.yaml': payroll(''),
      },
      errors: [
        {
          file: 'activities/customers.yaml',
          line: 5,
          column: 11,
          message:
            'with a review period of P1Y, the default, the next review was due on 2026-10-01 and is 53 days overdue',
        },
        {
          file: 'activities/payroll.yaml',
          line: 1,
          column: 1,
          message:
            'the activity `payroll` has no review date; review the record and add `reviewed: YYYY-MM-DD` (the review period is P1Y, the default)',
        },
      ],
    },
    {
      name: 'a review period with a time part, reported once in gdpr.yaml',
      files: {
        'gdpr.yaml': BASE_CONFIG.replace('review_every: P1Y', 'review_every: PT72H'),
        'activities/payroll.yaml': payroll('reviewed: 2026-06-01\n'),
      },
      errors: [
        {
          file: 'gdpr.yaml',
          line: 13,
          column: 15,
          message:
            'the review period `PT72H` in gdpr.yaml has a time part and cannot be added to a date',
        },
      ],
    },
  ],
};

ruleTester(rule, cases);
