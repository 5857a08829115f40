import { and, eq, inArray } from 'drizzle-orm';
import { type DomainEvent, domainEvent } from '#contract/events.ts';
import { INTERVIEW_REWARD } from '#contract/rules.ts';
import type { Tx } from '#db/client.ts';
import { bookings, noShowReports } from '#db/schema/index.ts';
import { postLedgerEntry } from './ledger.ts';

/**
 * The interviewer's point for an interview held, from whichever path gets there first: the candidate's
 * review, the report window closing, or an admin upholding the candidate's no-show. It is held back while a
 * no-show report against the interviewer is pending (or was upheld), and never paid for a booking that
 * earns nothing (anti-farming, decided at booking). The ledger's (user, reason, booking) key pays it once.
 * Returns the balance event, or nothing when nothing was paid.
 */
export async function rewardInterviewer(
  tx: Tx,
  { bookingId, interviewerId, now }: { bookingId: string; interviewerId: string; now: Date },
): Promise<DomainEvent[]> {
  // FOR SHARE waits for a no-show report being filed on this booking (it locks the row for update), so the
  // check below sees it: a report filed at the window's last moment holds the point back, not after it.
  const [booking] = await tx
    .select({ earnsReward: bookings.earnsReward })
    .from(bookings)
    .where(eq(bookings.id, bookingId))
    .for('share');
  if (!booking?.earnsReward) return [];
  const [held] = await tx
    .select({ id: noShowReports.id })
    .from(noShowReports)
    .where(
      and(
        eq(noShowReports.bookingId, bookingId),
        eq(noShowReports.accusedId, interviewerId),
        inArray(noShowReports.status, ['pending', 'upheld']),
      ),
    );
  if (held) return [];
  const balance = await postLedgerEntry(tx, {
    userId: interviewerId,
    delta: INTERVIEW_REWARD,
    reason: 'interview_reward',
    reference: bookingId,
    bookingId,
    now,
  });
  return balance === undefined ? [] : [domainEvent('points.changed', interviewerId, { balance }, now)];
}
