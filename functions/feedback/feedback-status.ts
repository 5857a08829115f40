import { inArray } from 'drizzle-orm';
import type { TFeedbackState, TFeedbackSummary } from '#contract/feedback.ts';
import { feedbackClosesAt } from '#contract/rules.ts';
import type { Db, Tx } from '#db/client.ts';
import { candidateAssessments, interviewerReviews } from '#db/schema/index.ts';

/**
 * Where feedback stands, as the slot views show it: pure rules and one batched read, apart from the
 * feedback writes (feedback.ts) so that the slots' read model can use them without importing the writes.
 */

type Side = 'candidate' | 'interviewer';
type Timing = { endsAt: Date; closesAt: Date; revealedAt: Date | null };

/** Whether the two feedbacks may be shown to both: revealed, or the window is over (the job may lag a minute). */
export const isRevealed = (interview: Pick<Timing, 'revealedAt' | 'closesAt'>, now: Date) =>
  interview.revealedAt !== null || now >= interview.closesAt;

/** Where the viewer stands with their own feedback. */
export function feedbackStatus(
  interview: Pick<Timing, 'endsAt' | 'closesAt'>,
  written: boolean,
  now: Date,
): TFeedbackState['status'] {
  if (now < interview.endsAt) return 'upcoming';
  if (written) return 'given';
  return now >= interview.closesAt ? 'missed' : 'due';
}

/**
 * Which side has written its feedback, for many bookings at once (two reads): `candidate` holds the bookings
 * with a review, `interviewer` those with an assessment.
 */
export async function writtenSides(db: Db | Tx, bookingIds: string[]): Promise<Record<Side, Set<string>>> {
  if (bookingIds.length === 0) return { candidate: new Set(), interviewer: new Set() };
  const [reviewed, assessed] = await Promise.all([
    db
      .select({ bookingId: interviewerReviews.bookingId })
      .from(interviewerReviews)
      .where(inArray(interviewerReviews.bookingId, bookingIds)),
    db
      .select({ bookingId: candidateAssessments.bookingId })
      .from(candidateAssessments)
      .where(inArray(candidateAssessments.bookingId, bookingIds)),
  ]);
  return {
    candidate: new Set(reviewed.map((r) => r.bookingId)),
    interviewer: new Set(assessed.map((r) => r.bookingId)),
  };
}

/**
 * Where each viewer's feedback stands, for many interviews at once ("my interviews"): which of them the
 * viewer has written and whether they are revealed, in two reads whatever the number of interviews.
 */
export async function feedbackSummaries(
  db: Db | Tx,
  interviews: {
    booking: { id: string; feedbackRevealedAt: Date | null };
    role: Side;
    endsAt: Date;
  }[],
  now: Date,
): Promise<Map<string, TFeedbackSummary>> {
  if (interviews.length === 0) return new Map();
  const written = await writtenSides(
    db,
    interviews.map((i) => i.booking.id),
  );
  return new Map(
    interviews.map(({ booking, role, endsAt }) => {
      const closesAt = feedbackClosesAt(endsAt);
      const timing = { endsAt, closesAt, revealedAt: booking.feedbackRevealedAt };
      return [
        booking.id,
        {
          status: feedbackStatus(timing, written[role].has(booking.id), now),
          closesAt: closesAt.toISOString(),
          revealed: isRevealed(timing, now),
        },
      ];
    }),
  );
}
