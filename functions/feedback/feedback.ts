import { and, eq, sql } from 'drizzle-orm';
import { type DomainEvent, domainEvent } from '#contract/events.ts';
import type { TAssessment, TFeedbackState, TReview } from '#contract/feedback.ts';
import { feedbackClosesAt } from '#contract/rules.ts';
import type { Db, Tx } from '#db/client.ts';
import { bookings, candidateAssessments, interviewerReviews, slots, users } from '#db/schema/index.ts';
import { assertNotReportedBy } from '#functions/attendance/attendance.ts';
import { transactionWithEvents } from '#functions/events/outbox.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import { rewardInterviewer } from '#functions/points/rewards.ts';
import { interviewerCardsChanged } from '#functions/slots/read-model.ts';
import { feedbackStatus, isRevealed } from './feedback-status.ts';

export type Side = 'candidate' | 'interviewer';

/** An interview that took place: its slot, its booking and the two people. */
export type Interview = {
  slotId: string;
  bookingId: string;
  interviewerId: string;
  candidateId: string;
  startsAt: Date;
  endsAt: Date;
  closesAt: Date;
  revealedAt: Date | null;
};

type ReviewRow = typeof interviewerReviews.$inferSelect;
type AssessmentRow = typeof candidateAssessments.$inferSelect;

/**
 * The interview the viewer took part in, with its booking row locked for the rest of the transaction: both
 * sides' writes and the reveal queue on that lock, so exactly one of them sees both feedbacks and reveals.
 * Refuses non-participants and interviews that did not take place; `as` also refuses the other side.
 */
export async function lockInterview(
  tx: Tx,
  input: { slotId: string; userId: string; as?: Side },
): Promise<{ interview: Interview; side: Side }> {
  const [slot] = await tx.select().from(slots).where(eq(slots.id, input.slotId));
  if (!slot) throw new AppError('not_found', 'No such slot');
  const [booking] = await tx
    .select()
    .from(bookings)
    .where(and(eq(bookings.slotId, slot.id), eq(bookings.status, 'active')))
    .for('update');
  const side: Side | null =
    slot.interviewerId === input.userId
      ? 'interviewer'
      : booking?.candidateId === input.userId
        ? 'candidate'
        : null;
  if (!side) throw new AppError('forbidden', 'Only the two participants give feedback on an interview');
  if (input.as && side !== input.as)
    throw new AppError('forbidden', `Only the ${input.as} gives this feedback on an interview`);
  if (!booking || slot.status === 'cancelled' || slot.status === 'expired')
    throw new AppError('feedback_not_applicable');
  return {
    side,
    interview: {
      slotId: slot.id,
      bookingId: booking.id,
      interviewerId: slot.interviewerId,
      candidateId: booking.candidateId,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      closesAt: feedbackClosesAt(slot.endsAt),
      revealedAt: booking.feedbackRevealedAt,
    },
  };
}

/** Feedback may be written and changed from the end of the interview until the window closes. */
export function assertFeedbackOpen(interview: Interview, now: Date): void {
  if (now < interview.endsAt) throw new AppError('feedback_not_open');
  if (now >= interview.closesAt) throw new AppError('feedback_closed');
}

export async function feedbackOf(db: Db | Tx, bookingId: string) {
  const [[review], [assessment]] = await Promise.all([
    db.select().from(interviewerReviews).where(eq(interviewerReviews.bookingId, bookingId)),
    db.select().from(candidateAssessments).where(eq(candidateAssessments.bookingId, bookingId)),
  ]);
  return { review, assessment };
}

/** A revealed review counts in its interviewer's rating, from the reveal on (it cannot change after it). */
async function addToRating(tx: Tx, interviewerId: string, change: { count: number; sum: number }) {
  if (change.count === 0 && change.sum === 0) return;
  await tx
    .update(users)
    .set({
      ratingCount: sql`${users.ratingCount} + ${change.count}`,
      ratingSum: sql`${users.ratingSum} + ${change.sum}`,
    })
    .where(eq(users.id, interviewerId));
}

/**
 * Reveals the interview's feedback to both sides (with the booking row locked): once both wrote, or when the
 * window closed. The review, if any, joins the interviewer's rating here, once: the update only matches a
 * booking not revealed yet.
 */
export async function reveal(tx: Tx, interview: Interview, now: Date): Promise<DomainEvent[]> {
  const revealed = await tx
    .update(bookings)
    .set({ feedbackRevealedAt: now })
    .where(and(eq(bookings.id, interview.bookingId), sql`${bookings.feedbackRevealedAt} is null`))
    .returning({ id: bookings.id });
  if (revealed.length === 0) return [];
  const { review } = await feedbackOf(tx, interview.bookingId);
  if (review) await addToRating(tx, interview.interviewerId, { count: 1, sum: review.rating });
  const payload = { slotId: interview.slotId };
  return [
    domainEvent('feedback.revealed', interview.interviewerId, payload, now),
    domainEvent('feedback.revealed', interview.candidateId, payload, now),
    // The new rating shows on the interviewer's open slots on the exchange.
    ...(review ? await interviewerCardsChanged(tx, [interview.interviewerId], now) : []),
  ];
}

/**
 * What follows one side's new feedback: the other side hears that it arrived (not what it says), and when
 * both have written the two are revealed.
 */
export async function afterFirstWrite(
  tx: Tx,
  interview: Interview,
  from: Side,
  now: Date,
): Promise<DomainEvent[]> {
  const other = from === 'candidate' ? interview.interviewerId : interview.candidateId;
  const events = [domainEvent('feedback.received', other, { slotId: interview.slotId, from }, now)];
  const { review, assessment } = await feedbackOf(tx, interview.bookingId);
  if (review && assessment) events.push(...(await reveal(tx, interview, now)));
  return events;
}

/**
 * The candidate's review confirms that the interview took place, so the interviewer earns the point now
 * rather than when the report window closes (unless a no-show report against them holds it back, or the
 * booking earns nothing: points/rewards.ts).
 */
export const creditOnReview = (tx: Tx, interview: Interview, now: Date): Promise<DomainEvent[]> =>
  rewardInterviewer(tx, { bookingId: interview.bookingId, interviewerId: interview.interviewerId, now });

export const toReview = (row: ReviewRow): TReview => ({
  rating: row.rating,
  preparation: row.preparation,
  clarity: row.clarity,
  usefulness: row.usefulness,
  comment: row.comment,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const toAssessment = (row: AssessmentRow): TAssessment => ({
  technicalKnowledge: row.technicalKnowledge,
  problemSolving: row.problemSolving,
  communication: row.communication,
  recommendation: row.recommendation,
  strengths: row.strengths,
  improvements: row.improvements,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** The viewer's side of an interview's feedback: theirs in full, the other side's only once revealed. */
export async function feedbackState(
  db: Db | Tx,
  interview: Interview,
  side: Side,
  now: Date,
): Promise<TFeedbackState> {
  const [{ review, assessment }, [booking]] = await Promise.all([
    feedbackOf(db, interview.bookingId),
    db
      .select({ revealedAt: bookings.feedbackRevealedAt })
      .from(bookings)
      .where(eq(bookings.id, interview.bookingId)),
  ]);
  const revealedAt = booking?.revealedAt ?? null;
  const revealed = isRevealed({ revealedAt, closesAt: interview.closesAt }, now);
  const asReview = review ? { kind: 'review' as const, review: toReview(review) } : null;
  const asAssessment = assessment
    ? { kind: 'assessment' as const, assessment: toAssessment(assessment) }
    : null;
  const [mine, theirs] = side === 'candidate' ? [asReview, asAssessment] : [asAssessment, asReview];
  return {
    slotId: interview.slotId,
    myRole: side,
    status: feedbackStatus(interview, mine !== null, now),
    opensAt: interview.endsAt.toISOString(),
    closesAt: interview.closesAt.toISOString(),
    revealed,
    revealedAt: revealedAt?.toISOString() ?? null,
    mine,
    theirsSubmitted: theirs !== null,
    theirs: revealed ? theirs : null,
  };
}

type Write = { db: Db; now: Date; userId: string; slotId: string; side: Side };

/**
 * One side's first feedback, in one transaction with what follows it: `insert` writes the row (false when
 * this side already wrote), then the other side is told, the two are revealed when both are in, and the
 * candidate's review pays the interviewer. A side that reported the other's absence cannot also say, by
 * its feedback, that the interview took place.
 */
export function submitFeedback(
  { db, now, userId, slotId, side }: Write,
  insert: (tx: Tx, interview: Interview) => Promise<boolean>,
) {
  return transactionWithEvents(db, async (tx) => {
    const { interview } = await lockInterview(tx, { slotId, userId, as: side });
    assertFeedbackOpen(interview, now);
    await assertNotReportedBy(tx, interview.bookingId, userId);
    if (!(await insert(tx, interview))) throw new AppError('feedback_exists');
    const events = [
      ...(side === 'candidate' ? await creditOnReview(tx, interview, now) : []),
      ...(await afterFirstWrite(tx, interview, side, now)),
    ];
    return { state: await feedbackState(tx, interview, side, now), events };
  });
}

/**
 * A change to one side's feedback while the window is open and nothing is revealed yet: once both have seen
 * each other's, a change could only answer what the other wrote, which the double-blind rule exists to
 * prevent. `update` returns false when there is no feedback yet.
 */
export function editFeedback(
  { db, now, userId, slotId, side }: Write,
  update: (tx: Tx, interview: Interview) => Promise<boolean>,
) {
  return transactionWithEvents(db, async (tx) => {
    const { interview } = await lockInterview(tx, { slotId, userId, as: side });
    assertFeedbackOpen(interview, now);
    if (interview.revealedAt) throw new AppError('feedback_revealed');
    if (!(await update(tx, interview)))
      throw new AppError('not_found', 'No feedback to edit yet: submit it first');
    return { state: await feedbackState(tx, interview, side, now), events: [] };
  });
}
