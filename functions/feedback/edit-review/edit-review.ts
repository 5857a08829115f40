import { eq } from 'drizzle-orm';
import type { TReviewBody } from '#contract/feedback.ts';
import type { Db } from '#db/client.ts';
import { interviewerReviews } from '#db/schema/index.ts';
import { editFeedback } from '#functions/feedback/feedback.ts';

type Input = TReviewBody & { db: Db; now: Date; userId: string; slotId: string };

/** The candidate changes their review while the window is open and nothing is revealed. */
export function editReview({ db, now, userId, slotId, ...review }: Input) {
  return editFeedback({ db, now, userId, slotId, side: 'candidate' }, async (tx, interview) => {
    const changed = await tx
      .update(interviewerReviews)
      .set({ ...review, updatedAt: now })
      .where(eq(interviewerReviews.bookingId, interview.bookingId))
      .returning({ id: interviewerReviews.id });
    return changed.length > 0;
  });
}
