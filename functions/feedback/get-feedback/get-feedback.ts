import type { TFeedbackState } from '#contract/feedback.ts';
import type { Db } from '#db/client.ts';
import { feedbackState, lockInterview } from '#functions/feedback/feedback.ts';

type Input = { db: Db; now: Date; userId: string; slotId: string };

/** A participant's view of the interview's feedback (the other side's only once revealed). */
export function getFeedback({ db, now, userId, slotId }: Input): Promise<TFeedbackState> {
  // A read, but under the booking lock like the writes, so it never sees half of a reveal.
  return db.transaction(async (tx) => {
    const { interview, side } = await lockInterview(tx, { slotId, userId });
    return feedbackState(tx, interview, side, now);
  });
}
