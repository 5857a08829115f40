import { eq } from 'drizzle-orm';
import type { TAssessmentBody } from '#contract/feedback.ts';
import type { Db } from '#db/client.ts';
import { candidateAssessments } from '#db/schema/index.ts';
import { editFeedback } from '#functions/feedback/feedback.ts';

type Input = TAssessmentBody & { db: Db; now: Date; userId: string; slotId: string };

/** The interviewer changes their assessment while the window is open and nothing is revealed. */
export function editAssessment({ db, now, userId, slotId, ...assessment }: Input) {
  return editFeedback({ db, now, userId, slotId, side: 'interviewer' }, async (tx, interview) => {
    const changed = await tx
      .update(candidateAssessments)
      .set({ ...assessment, updatedAt: now })
      .where(eq(candidateAssessments.bookingId, interview.bookingId))
      .returning({ id: candidateAssessments.id });
    return changed.length > 0;
  });
}
