import { and, eq, inArray, lte, notExists, sql } from 'drizzle-orm';
import { REPORT_WINDOW_MS } from '#contract/rules.ts';
import type { Db } from '#db/client.ts';
import { bookings, ledgerEntries, noShowReports, slots } from '#db/schema/index.ts';
import { type RecordedEvent, transactionWithEvents } from '#functions/events/outbox.ts';
import { rewardInterviewer } from '#functions/points/rewards.ts';
import type { JobResult } from '#functions/scheduled/job.ts';

/**
 * When the no-show report window (24 hours after the end) closes with no report pending or upheld against
 * the interviewer, the interviewer earns the point. The ledger's (user, reason, booking) key makes the credit
 * happen once however often, late or concurrently this runs.
 */
export async function creditInterviewers({ db, now }: { db: Db; now: Date }): Promise<JobResult> {
  const due = await db
    .select({ bookingId: bookings.id, interviewerId: slots.interviewerId })
    .from(slots)
    .innerJoin(
      bookings,
      and(eq(bookings.slotId, slots.id), eq(bookings.status, 'active'), eq(bookings.earnsReward, true)),
    )
    .where(
      and(
        inArray(slots.status, ['completed', 'archived']),
        lte(slots.endsAt, new Date(now.getTime() - REPORT_WINDOW_MS)),
        notExists(
          db
            .select({ one: sql`1` })
            .from(noShowReports)
            .where(
              and(
                eq(noShowReports.bookingId, bookings.id),
                eq(noShowReports.accusedId, slots.interviewerId),
                inArray(noShowReports.status, ['pending', 'upheld']),
              ),
            ),
        ),
        notExists(
          db
            .select({ one: sql`1` })
            .from(ledgerEntries)
            .where(
              and(
                eq(ledgerEntries.userId, slots.interviewerId),
                eq(ledgerEntries.reason, 'interview_reward'),
                eq(ledgerEntries.reference, sql`${bookings.id}::text`),
              ),
            ),
        ),
      ),
    )
    .limit(500);
  const events: RecordedEvent[] = [];
  for (const { bookingId, interviewerId } of due) {
    // One transaction per credit: the point and the interviewer's live balance update commit together.
    const credit = await transactionWithEvents(db, async (tx) => ({
      events: await rewardInterviewer(tx, { bookingId, interviewerId, now }),
    }));
    events.push(...credit.events);
  }
  return { affected: events.length, events };
}
