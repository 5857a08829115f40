import { eq, sql } from 'drizzle-orm';
import { type DomainEvent, domainEvent } from '#contract/events.ts';
import type { Tx } from '#db/client.ts';
import { bookings, slots } from '#db/schema/index.ts';
import { postLedgerEntry } from '#functions/points/ledger.ts';
import { activeBookingOf, type SlotRow } from './read-model.ts';

type CallOff = {
  /** Who calls it off: the interviewer (their own slot) or an admin (any, with the audit entry by the caller). */
  by: 'interviewer' | 'admin';
  /** The interviewer cancels inside the cutoff: the candidate is told so (the caller adds the strike). */
  late?: boolean;
  now: Date;
};

/**
 * Calls off an open or booked slot whose row the caller has locked (lockSlot): the slot is cancelled, an
 * active booking is cancelled too and its candidate refunded (once: the refund is keyed by the booking) and
 * told; when an admin does it, the interviewer is told as well. Returns the updated row, the booking that was
 * cancelled, and the events.
 */
export async function callOffSlot(
  tx: Tx,
  current: SlotRow,
  { by, late, now }: CallOff,
): Promise<{
  row: SlotRow;
  booking: { id: string; candidateId: string } | undefined;
  events: DomainEvent[];
}> {
  const slotId = current.id;
  const startsAt = current.startsAt.toISOString();
  const events: DomainEvent[] = [domainEvent('slot.cancelled', null, { slotId }, now)];
  const booking = await activeBookingOf(tx, slotId);
  if (booking) {
    await tx
      .update(bookings)
      .set({ status: by === 'admin' ? 'cancelled_by_admin' : 'cancelled_by_interviewer', cancelledAt: now })
      .where(eq(bookings.id, booking.id));
    const balance = await postLedgerEntry(tx, {
      userId: booking.candidateId,
      delta: 1,
      reason: 'booking_refund',
      reference: booking.id,
      bookingId: booking.id,
      note:
        by === 'admin' ? 'admin_cancelled' : late ? 'interviewer_cancelled_late' : 'interviewer_cancelled',
      now,
    });
    events.push(
      domainEvent(
        'booking.cancelled',
        booking.candidateId,
        { slotId, by, startsAt, ...(late ? { late: true } : {}) },
        now,
      ),
    );
    if (balance !== undefined)
      events.push(domainEvent('points.changed', booking.candidateId, { balance }, now));
  }
  if (by === 'admin')
    events.push(domainEvent('booking.cancelled', current.interviewerId, { slotId, by, startsAt }, now));
  const [row] = await tx
    .update(slots)
    .set({ status: 'cancelled', cancelledAt: now, sequence: sql`${slots.sequence} + 1`, updatedAt: now })
    .where(eq(slots.id, slotId))
    .returning();
  if (!row) throw new Error('slot vanished under its lock');
  return { row, booking: booking ? { id: booking.id, candidateId: booking.candidateId } : undefined, events };
}
