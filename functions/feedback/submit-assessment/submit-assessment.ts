import type { TAssessmentBody } from '#contract/feedback.ts';
import type { Db } from '#db/client.ts';
import { candidateAssessments } from '#db/schema/index.ts';
import { submitFeedback } from '#functions/feedback/feedback.ts';

type Input = TAssessmentBody & { db: Db; now: Date; userId: string; slotId: string };

/** The interviewer assesses the candidate: once; private to the candidate. */
export function submitAssessment({ db, now, userId, slotId, ...assessment }: Input) {
  return submitFeedback({ db, now, userId, slotId, side: 'interviewer' }, async (tx, interview) => {
    const inserted = await tx
      .insert(candidateAssessments)
      .values({
        ...assessment,
        bookingId: interview.bookingId,
        authorId: userId,
        subjectId: interview.candidateId,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: candidateAssessments.bookingId })
      .returning({ id: candidateAssessments.id });
    return inserted.length > 0;
  });
}
