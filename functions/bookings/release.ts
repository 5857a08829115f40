import { eq, sql } from 'drizzle-orm';
import { type DomainEvent, domainEvent } from '#contract/events.ts';
import { BOOKING_COST } from '#contract/rules.ts';
import type { TSlotDetails } from '#contract/slots.ts';
import type { Tx } from '#db/client.ts';
import { bookings, slots } from '#db/schema/index.ts';
import { postLedgerEntry } from '#functions/points/ledger.ts';
import { publicPart, type SlotRow, toSlotDetails } from '#functions/slots/read-model.ts';

type Release = {
  /** The candidate gives the booking back, or an admin takes it from them (the candidate was blocked). */
  by: 'candidate' | 'admin';
  /** Whose view of the slot to answer with: the candidate's own, or null for the public one. */
  viewerId: string | null;
  now: Date;
};

/**
 * Gives an active booking back, with its slot row locked by the caller (lockSlot): the booking is cancelled,
 * the candidate's point returns (keyed by the booking, so it returns once), and the slot is open on the
 * exchange again (`slot.reopened`); the interviewer is told who cancelled. A slot the cutoff job had locked
 * loses that mark, so a new booking is locked in and reminded afresh.
 */
export async function releaseBooking(
  tx: Tx,
  slot: SlotRow,
  booking: { id: string; candidateId: string },
  { by, viewerId, now }: Release,
): Promise<{ slot: TSlotDetails; events: DomainEvent[] }> {
  await tx
    .update(bookings)
    .set({ status: by === 'admin' ? 'cancelled_by_admin' : 'cancelled_by_candidate', cancelledAt: now })
    .where(eq(bookings.id, booking.id));
  const balance = await postLedgerEntry(tx, {
    userId: booking.candidateId,
    delta: BOOKING_COST,
    reason: 'booking_refund',
    reference: booking.id,
    bookingId: booking.id,
    note: by === 'admin' ? 'admin_cancelled' : 'candidate_cancelled',
    now,
  });
  const [row] = await tx
    .update(slots)
    .set({ status: 'open', lockedAt: null, sequence: sql`${slots.sequence} + 1`, updatedAt: now })
    .where(eq(slots.id, slot.id))
    .returning();
  if (!row || balance === undefined) throw new Error('release half-applied');
  const details = await toSlotDetails(tx, row, viewerId, now);
  return {
    slot: details,
    events: [
      domainEvent('slot.reopened', null, { slot: publicPart(details) }, now),
      domainEvent(
        'booking.cancelled',
        row.interviewerId,
        { slotId: row.id, by, startsAt: row.startsAt.toISOString() },
        now,
      ),
      domainEvent('points.changed', booking.candidateId, { balance }, now),
    ],
  };
}
