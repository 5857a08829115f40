import { and, eq, lte } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { slots } from '#db/schema/index.ts';
import type { JobResult } from '#functions/scheduled/job.ts';

/** A booked interview whose end has passed is completed; feedback and the report window open. */
export async function completeInterviews({ db, now }: { db: Db; now: Date }): Promise<JobResult> {
  const done = await db
    .update(slots)
    .set({ status: 'completed', completedAt: now, updatedAt: now })
    .where(and(eq(slots.status, 'booked'), lte(slots.endsAt, now)))
    .returning({ id: slots.id });
  return { affected: done.length, events: [] };
}
