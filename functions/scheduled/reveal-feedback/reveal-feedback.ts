import { and, eq, exists, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { FEEDBACK_WINDOW_MS } from '#contract/rules.ts';
import type { Db } from '#db/client.ts';
import { bookings, candidateAssessments, interviewerReviews, slots } from '#db/schema/index.ts';
import { type RecordedEvent, transactionWithEvents } from '#functions/events/outbox.ts';
import { lockInterview, reveal } from '#functions/feedback/feedback.ts';
import type { JobResult } from '#functions/scheduled/job.ts';

/**
 * When the 7-day feedback window closes, whatever was written is revealed to both sides, and a review joins
 * the interviewer's rating. One transaction per interview, under its booking lock, like a submission: the
 * reveal happens once whether the second feedback or this job gets there first.
 */
export async function revealFeedback({ db, now }: { db: Db; now: Date }): Promise<JobResult> {
  const due = await db
    .select({ slotId: slots.id, interviewerId: slots.interviewerId })
    .from(bookings)
    .innerJoin(slots, eq(slots.id, bookings.slotId))
    .where(
      and(
        eq(bookings.status, 'active'),
        isNull(bookings.feedbackRevealedAt),
        inArray(slots.status, ['completed', 'archived']),
        lte(slots.endsAt, new Date(now.getTime() - FEEDBACK_WINDOW_MS)),
        or(
          exists(
            db
              .select({ one: sql`1` })
              .from(interviewerReviews)
              .where(eq(interviewerReviews.bookingId, bookings.id)),
          ),
          exists(
            db
              .select({ one: sql`1` })
              .from(candidateAssessments)
              .where(eq(candidateAssessments.bookingId, bookings.id)),
          ),
        ),
      ),
    )
    .limit(500);
  const events: RecordedEvent[] = [];
  for (const { slotId, interviewerId } of due) {
    const revealed = await transactionWithEvents(db, async (tx) => {
      const { interview } = await lockInterview(tx, { slotId, userId: interviewerId });
      return { events: await reveal(tx, interview, now) };
    });
    events.push(...revealed.events);
  }
  return { affected: events.length / 2, events };
}
