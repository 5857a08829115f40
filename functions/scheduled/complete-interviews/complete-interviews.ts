import { and, eq, lte } from 'drizzle-orm';
import { domainEvent } from '#contract/events.ts';
import { feedbackClosesAt } from '#contract/rules.ts';
import type { Db } from '#db/client.ts';
import { slots } from '#db/schema/index.ts';
import { transactionWithEvents } from '#functions/events/outbox.ts';
import type { JobResult } from '#functions/scheduled/job.ts';
import { candidatesOf, interviewerCardsChanged } from '#functions/slots/read-model.ts';

/**
 * A booked interview whose end has passed is completed; feedback and the report window open, and both sides
 * are asked for feedback (not when the scheduler comes back after the feedback window has closed already).
 */
export function completeInterviews({ db, now }: { db: Db; now: Date }): Promise<JobResult> {
  return transactionWithEvents(db, async (tx) => {
    const done = await tx
      .update(slots)
      .set({ status: 'completed', completedAt: now, updatedAt: now })
      .where(and(eq(slots.status, 'booked'), lte(slots.endsAt, now)))
      .returning({ id: slots.id, interviewerId: slots.interviewerId, endsAt: slots.endsAt });
    const asking = done.filter((slot) => now < feedbackClosesAt(slot.endsAt));
    const candidateOf = await candidatesOf(
      tx,
      done.map((slot) => slot.id),
    );
    const events = asking.flatMap((slot) => {
      const payload = { slotId: slot.id, closesAt: feedbackClosesAt(slot.endsAt).toISOString() };
      const candidateId = candidateOf.get(slot.id);
      return candidateId
        ? [
            domainEvent('feedback.requested', slot.interviewerId, payload, now),
            domainEvent('feedback.requested', candidateId, payload, now),
          ]
        : [];
    });
    // Interviews conducted grew, and both sides' attendance: the open slots of either show it.
    const cards = await interviewerCardsChanged(
      tx,
      [...done.map((slot) => slot.interviewerId), ...candidateOf.values()],
      now,
    );
    return { affected: done.length, events: [...events, ...cards] };
  });
}
