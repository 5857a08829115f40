import { and, eq, lte } from 'drizzle-orm';
import { domainEvent } from '#contract/events.ts';
import type { Db } from '#db/client.ts';
import { slots } from '#db/schema/index.ts';
import { transactionWithEvents } from '#functions/events/outbox.ts';
import type { JobResult } from '#functions/scheduled/job.ts';

/** An open slot whose start passed unbooked expires and leaves the exchange. */
export function expireSlots({ db, now }: { db: Db; now: Date }): Promise<JobResult> {
  return transactionWithEvents(db, async (tx) => {
    const expired = await tx
      .update(slots)
      .set({ status: 'expired', expiredAt: now, updatedAt: now })
      .where(and(eq(slots.status, 'open'), lte(slots.startsAt, now)))
      .returning({ id: slots.id });
    return {
      affected: expired.length,
      events: expired.map((s) => domainEvent('slot.expired', null, { slotId: s.id }, now)),
    };
  });
}
