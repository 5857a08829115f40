import { and, eq, inArray, isNull, lte, notExists, sql } from 'drizzle-orm';
import { REPORT_WINDOW_MS } from '#contract/rules.ts';
import type { Db } from '#db/client.ts';
import { bookings, noShowReports, slots } from '#db/schema/index.ts';
import type { JobResult } from '#functions/scheduled/job.ts';

/**
 * Finished, cancelled and expired slots leave the current lists for the archive once the report window
 * after their end has closed and no report about them is pending. A completed interview becomes `archived`;
 * cancelled and expired ones keep their status, marked by archivedAt.
 */
export async function archiveSlots({ db, now }: { db: Db; now: Date }): Promise<JobResult> {
  const archived = await db
    .update(slots)
    .set({
      archivedAt: now,
      status: sql`case when ${slots.status} = 'completed' then 'archived'::slot_status else ${slots.status} end`,
    })
    .where(
      and(
        isNull(slots.archivedAt),
        inArray(slots.status, ['completed', 'cancelled', 'expired']),
        lte(slots.endsAt, new Date(now.getTime() - REPORT_WINDOW_MS)),
        notExists(
          db
            .select({ one: sql`1` })
            .from(noShowReports)
            .innerJoin(bookings, eq(bookings.id, noShowReports.bookingId))
            .where(and(eq(bookings.slotId, slots.id), eq(noShowReports.status, 'pending'))),
        ),
      ),
    )
    .returning({ id: slots.id });
  return { affected: archived.length, events: [] };
}
