import { defineRule } from '../check/rule.js';
import { activeActivities, reviewPeriod, reviewPeriodSource } from '../model/activities.js';
import { addDuration } from '../law/duration.js';
import { activityFingerprint, lastLoggedReview } from '../model/reviews.js';

const DAY_MS = 86_400_000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export default defineRule({
  meta: {
    id: 'review-overdue',
    article: 'GDPR Art. 24(1), 5(2)',
    severity: 'warning',
  },
  check({ register, today, report, text }) {
    let badConfigPeriodReported = false;
    for (const activity of activeActivities(register)) {
      const own = activity.data.review_every;
      const period = reviewPeriod(register, activity.data);
      const source = text(`review-overdue.source.${reviewPeriodSource(register, activity.data)}`);
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
              data: { period, source: text('review-overdue.source.badConfig') },
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
          days: text('_words.days', { n: late }),
        },
        file: activity.file,
        path: fromLog ? [] : ['reviewed'],
      });
    }
  },
});
