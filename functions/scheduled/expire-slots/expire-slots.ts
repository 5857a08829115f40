import { and, eq, lte } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { slots } from '../../../db/schema/index.ts';
import { domainEvent } from '../../shared/events/contract.ts';
import type { JobResult } from '../job.ts';

/** An open slot whose start passed unbooked expires and leaves the exchange. */
export async function expireSlots({ db, now }: { db: Db; now: Date }): Promise<JobResult> {
  const expired = await db
    .update(slots)
    .set({ status: 'expired', expiredAt: now, updatedAt: now })
    .where(and(eq(slots.status, 'open'), lte(slots.startsAt, now)))
    .returning({ id: slots.id });
  return {
    affected: expired.length,
    events: expired.map((s) => domainEvent('slot.expired', null, { slotId: s.id }, now)),
  };
}
