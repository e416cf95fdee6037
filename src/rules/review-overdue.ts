import { defineRule } from '../check/rule.js';
import {
  activeActivities,
  reviewPeriod,
  reviewPeriodSource,
  type ReviewPeriodSource,
} from '../model/activities.js';
import { addDuration } from '../law/duration.js';
import { activityFingerprint, lastLoggedReview } from '../model/reviews.js';

const DAY_MS = 86_400_000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

const SOURCE_PHRASE: Readonly<Record<ReviewPeriodSource, string>> = {
  activity: ", set by the activity's `review_every`",
  config: ', set by `review_every` in gdpr.yaml',
  default: ', the default',
};

export default defineRule({
  meta: {
    id: 'review-overdue',
    description: 'Every active activity has been reviewed within its review period.',
    article: 'GDPR Art. 24(1), 5(2)',
    severity: 'warning',
    messages: {
      neverReviewed:
        'the activity `{{id}}` has no review date; review the record and add `reviewed: YYYY-MM-DD` (the review period is {{period}}{{source}})',
      overdue:
        'the last review of `{{id}}` was on {{reviewed}}; with a review period of {{period}}{{source}}, the next review was due on {{due}} and is {{days}} overdue; review the record and update `reviewed`',
      changed:
        'the activity `{{id}}` changed after its last review on {{date}} by {{reviewer}} (reviews/{{review}}.yaml); look at the change (`gdpr diff --since {{since}}`) and record a new review (`gdpr diff --since {{since}} --record-review "<name>"`)',
      badPeriod:
        'the review period `{{period}}`{{source}} has a time part and cannot be added to a date; use years, months, weeks or days (e.g. P1Y, P6M)',
    },
    docs: {
      why: 'The controller\'s technical and organisational measures are "reviewed and updated where necessary" (Art. 24(1)), and the controller must be able to demonstrate compliance (Art. 5(2)). A record nobody has looked at for longer than the organisation\'s own review period no longer shows that the processing is still as described.',
      triggers:
        "An active activity with no review, or whose last review plus its review period is before the day of the check; or whose content changed after its last review logged in `reviews/`. The last review is the later of the activity's `reviewed` date and the last review in `reviews/` that lists it (`gdpr diff --record-review`). The period is the activity's `review_every`, else gdpr.yaml `review_every`, else one year (P1Y). A change is any difference from the content fingerprinted at that logged review (the `reviewed` date, comments and key order do not count).",
      fix: 'Review the activity (purposes, data, recipients, transfers, retention, security measures) with its owner and set `reviewed` to the date of the review. Adjust `review_every` where a different rhythm suits the risk.',
      uncertain:
        "The GDPR sets no review period: the period is the organisation's choice (gdpr.yaml `review_every`, default one year), so a late review is a warning, not a breach of a fixed deadline.",
    },
  },
  check({ register, today, report }) {
    let badConfigPeriodReported = false;
    for (const activity of activeActivities(register)) {
      const own = activity.data.review_every;
      const period = reviewPeriod(register, activity.data);
      const source = SOURCE_PHRASE[reviewPeriodSource(register, activity.data)];
      const logged = lastLoggedReview(register, activity.id);
      const ownDate = activity.data.reviewed;
      const fromLog =
        logged !== undefined && (ownDate === undefined || logged.review.data.date >= ownDate);
      const reviewed = fromLog ? logged.review.data.date : ownDate;
      if (fromLog && activityFingerprint(activity.data) !== logged.fingerprint) {
        report({
          messageId: 'changed',
          data: {
            id: activity.id,
            date: logged.review.data.date,
            reviewer: logged.review.data.reviewer,
            review: logged.review.id,
            since: (logged.review.data.to_commit ?? logged.review.data.date).slice(0, 12),
          },
          file: activity.file,
          path: [],
        });
      }
      if (reviewed === undefined) {
        report({
          messageId: 'neverReviewed',
          data: { id: activity.id, period, source },
          file: activity.file,
          path: [],
        });
        continue;
      }
      let due: string;
      try {
        due = addDuration(reviewed, period);
      } catch {
        // PT… periods pass the duration schema but mean nothing on a calendar date.
        const config = register.config;
        if (own === undefined && config !== undefined) {
          if (!badConfigPeriodReported)
            report({
              messageId: 'badPeriod',
              data: { period, source: ' in gdpr.yaml' },
              file: config.file,
              path: ['review_every'],
            });
          badConfigPeriodReported = true;
        } else {
          report({
            messageId: 'badPeriod',
            data: { period, source: '' },
            file: activity.file,
            path: ['review_every'],
          });
        }
        continue;
      }
      if (due >= today) continue;
      const late = daysBetween(due, today);
      report({
        messageId: 'overdue',
        data: {
          id: activity.id,
          reviewed,
          period,
          source,
          due,
          days: late === 1 ? '1 day' : `${late} days`,
        },
        file: activity.file,
        path: fromLog ? [] : ['reviewed'],
      });
    }
  },
});
