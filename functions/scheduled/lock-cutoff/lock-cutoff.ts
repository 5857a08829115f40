import { and, eq, isNull, lte } from 'drizzle-orm';
import { type DomainEvent, domainEvent } from '#contract/events.ts';
import { CUTOFF_MS } from '#contract/rules.ts';
import type { Db } from '#db/client.ts';
import { slots } from '#db/schema/index.ts';
import { transactionWithEvents } from '#functions/events/outbox.ts';
import type { JobResult } from '#functions/scheduled/job.ts';
import { candidatesOf } from '#functions/slots/read-model.ts';

/**
 * Two hours before the start a booked interview is locked in and both sides are reminded. The update
 * matches only slots not yet locked, so a second run (or two at once) reminds nobody twice; an interview
 * that has already started by the time the job runs is locked without a reminder.
 */
export function lockCutoff({ db, now }: { db: Db; now: Date }): Promise<JobResult> {
  return transactionWithEvents(db, async (tx) => {
    const locked = await tx
      .update(slots)
      .set({ lockedAt: now })
      .where(
        and(
          eq(slots.status, 'booked'),
          isNull(slots.lockedAt),
          lte(slots.startsAt, new Date(now.getTime() + CUTOFF_MS)),
        ),
      )
      .returning({ id: slots.id, interviewerId: slots.interviewerId, startsAt: slots.startsAt });
    if (locked.length === 0) return { affected: 0, events: [] };
    const candidateOf = await candidatesOf(
      tx,
      locked.map((slot) => slot.id),
    );
    // A scheduler back from an outage still locks what it missed, but "starts soon" is only said of
    // interviews that have not started yet.
    const events: DomainEvent[] = locked
      .filter((slot) => slot.startsAt > now)
      .flatMap((slot) => {
        const payload = { slotId: slot.id, startsAt: slot.startsAt.toISOString() };
        const candidateId = candidateOf.get(slot.id);
        return [
          domainEvent('interview.reminder', slot.interviewerId, payload, now),
          ...(candidateId ? [domainEvent('interview.reminder', candidateId, payload, now)] : []),
        ];
      });
    return { affected: locked.length, events };
  });
}
