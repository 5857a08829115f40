import type { TReviewBody } from '#contract/feedback.ts';
import type { Db } from '#db/client.ts';
import { interviewerReviews } from '#db/schema/index.ts';
import { submitFeedback } from '#functions/feedback/feedback.ts';

type Input = TReviewBody & { db: Db; now: Date; userId: string; slotId: string };

/** The candidate rates the interviewer: once; it confirms the interview and pays the interviewer's point. */
export function submitReview({ db, now, userId, slotId, ...review }: Input) {
  return submitFeedback({ db, now, userId, slotId, side: 'candidate' }, async (tx, interview) => {
    const inserted = await tx
      .insert(interviewerReviews)
      .values({
        ...review,
        bookingId: interview.bookingId,
        authorId: userId,
        subjectId: interview.interviewerId,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: interviewerReviews.bookingId })
      .returning({ id: interviewerReviews.id });
    return inserted.length > 0;
  });
}
