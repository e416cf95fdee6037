import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { checkRegister } from '../../src/check/engine.js';
import reviewOverdue from '../../src/rules/review-overdue.js';
import { memoryIo } from '../helpers/io.js';
import { BASE_REGISTER, makeRegister } from '../helpers/register.js';
import { listed } from '../helpers/list-json.js';

const TODAY = '2026-11-23';

const activity = (name: string, extra: string): string => `name: ${name}
${extra}purposes:
  - description: ${name}
    legal_basis: contract
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
    source: data-subject
security_measures: [access-control]
`;

/** No `review_every` anywhere: both `gdpr check` and `gdpr due` fall back to the default period (P1Y). */
const FILES: Record<string, string> = {
  'gdpr.yaml': BASE_REGISTER['gdpr.yaml']!.replace('review_every: P1Y\n', ''),
  // The base activity `customers`, reviewed 2026-06-01 → due 2027-06-01: in `due`, not reported.
  'activities/helpdesk.yaml': activity('Helpdesk', ''), // never reviewed
  'activities/newsletter.yaml': activity('Newsletter', 'reviewed: 2025-10-01\n'), // → 2026-10-01, overdue
  'activities/loyalty.yaml': activity('Loyalty programme', 'status: planned\n'), // not running: neither
};

describe('the review period without review_every', () => {
  const root = makeRegister(FILES);

  it('gives the same activities in `gdpr check` (review-overdue) and in `gdpr due`', async () => {
    const { register, diagnostics } = await checkRegister(root, {
      today: TODAY,
      now: new Date(`${TODAY}T12:00:00Z`),
      cwd: root,
      rules: [reviewOverdue],
    });
    expect(register.config?.data.review_every).toBeUndefined();
    expect(diagnostics.map((d) => d.file)).toEqual([
      'activities/helpdesk.yaml',
      'activities/newsletter.yaml',
    ]);

    const io = memoryIo(root);
    expect(await run(['due', '.', '--today', TODAY, '--format', 'json'], io)).toBe(0);
    const reviews = (
      listed(io.out(), 'deadlines') as {
        kind: string;
        date: string;
        file: string;
        overdue: boolean;
      }[]
    )
      .filter((e) => e.kind === 'activity-review')
      .map(({ date, file, overdue }) => ({ date, file, overdue }));
    expect(reviews).toEqual([
      { date: '2026-10-01', file: 'activities/newsletter.yaml', overdue: true },
      { date: '2026-11-23', file: 'activities/helpdesk.yaml', overdue: false },
      { date: '2027-06-01', file: 'activities/customers.yaml', overdue: false },
    ]);
    // Every activity the rule reports is in the calendar, due today or earlier.
    const dueNow = reviews
      .filter((r) => r.date <= TODAY)
      .map((r) => r.file)
      .sort();
    expect(dueNow).toEqual(diagnostics.map((d) => d.file));
  });
});
