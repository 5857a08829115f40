import { and, eq, gt, inArray, isNull, lte } from 'drizzle-orm';
import { domainEvent } from '#contract/events.ts';
import { FEEDBACK_REMINDER_BEFORE_MS, FEEDBACK_WINDOW_MS, feedbackClosesAt } from '#contract/rules.ts';
import type { Db } from '#db/client.ts';
import { bookings, slots } from '#db/schema/index.ts';
import { transactionWithEvents } from '#functions/events/outbox.ts';
import { writtenSides } from '#functions/feedback/feedback-status.ts';
import type { JobResult } from '#functions/scheduled/job.ts';

/**
 * A day before the feedback window closes, each side that has not written yet is reminded, once: the
 * booking is marked in the same statement that picks it. Interviews whose window has already closed are
 * not reminded (the scheduler may have been down).
 */
export function remindFeedback({ db, now }: { db: Db; now: Date }): Promise<JobResult> {
  return transactionWithEvents(db, async (tx) => {
    const windowStart = FEEDBACK_WINDOW_MS - FEEDBACK_REMINDER_BEFORE_MS;
    const reminded = await tx
      .update(bookings)
      .set({ feedbackRemindedAt: now })
      .from(slots)
      .where(
        and(
          eq(slots.id, bookings.slotId),
          eq(bookings.status, 'active'),
          isNull(bookings.feedbackRemindedAt),
          isNull(bookings.feedbackRevealedAt),
          inArray(slots.status, ['completed', 'archived']),
          lte(slots.endsAt, new Date(now.getTime() - windowStart)),
          gt(slots.endsAt, new Date(now.getTime() - FEEDBACK_WINDOW_MS)),
        ),
      )
      .returning({
        bookingId: bookings.id,
        slotId: slots.id,
        candidateId: bookings.candidateId,
        interviewerId: slots.interviewerId,
        endsAt: slots.endsAt,
      });
    if (reminded.length === 0) return { affected: 0, events: [] };
    const written = await writtenSides(
      tx,
      reminded.map((r) => r.bookingId),
    );
    const events = reminded.flatMap((r) => {
      const payload = { slotId: r.slotId, closesAt: feedbackClosesAt(r.endsAt).toISOString() };
      return [
        ...(written.candidate.has(r.bookingId)
          ? []
          : [domainEvent('feedback.closing', r.candidateId, payload, now)]),
        ...(written.interviewer.has(r.bookingId)
          ? []
          : [domainEvent('feedback.closing', r.interviewerId, payload, now)]),
      ];
    });
    return { affected: reminded.length, events };
  });
}
