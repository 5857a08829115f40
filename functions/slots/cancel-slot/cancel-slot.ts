import { eq, sql } from 'drizzle-orm';
import { type DomainEvent, domainEvent } from '#contract/events.ts';
import { cutoffOf } from '#contract/rules.ts';
import type { TSlotDetails } from '#contract/slots.ts';
import type { Db } from '#db/client.ts';
import { bookings, slots } from '#db/schema/index.ts';
import { transactionWithEvents } from '#functions/events/outbox.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import { postLedgerEntry } from '#functions/points/ledger.ts';
import { activeBookingOf, toSlotDetails } from '#functions/slots/read-model.ts';
import { lockSlot } from '#functions/slots/scheduling.ts';

type Input = { db: Db; now: Date; userId: string; slotId: string };

/**
 * The interviewer withdraws a slot. An open one may go until it starts; a booked one only until the cutoff,
 * and its candidate gets the point back (once: the refund is keyed by the booking) and is told.
 */
export async function cancelSlot({
  db,
  now,
  userId,
  slotId,
}: Input): Promise<{ slot: TSlotDetails; events: DomainEvent[] }> {
  return transactionWithEvents(db, async (tx) => {
    const current = await lockSlot(tx, slotId);
    if (current.interviewerId !== userId)
      throw new AppError('forbidden', 'Only the interviewer may cancel this slot');
    if (current.status !== 'open' && current.status !== 'booked') throw new AppError('slot_not_available');
    if (now >= current.startsAt) throw new AppError('slot_started');
    const booking = await activeBookingOf(tx, slotId);
    if (booking && now >= cutoffOf(current.startsAt)) throw new AppError('cutoff_passed');

    const events: DomainEvent[] = [domainEvent('slot.cancelled', null, { slotId }, now)];
    if (booking) {
      await tx
        .update(bookings)
        .set({ status: 'cancelled_by_interviewer', cancelledAt: now })
        .where(eq(bookings.id, booking.id));
      const balance = await postLedgerEntry(tx, {
        userId: booking.candidateId,
        delta: 1,
        reason: 'booking_refund',
        reference: booking.id,
        bookingId: booking.id,
        note: 'interviewer_cancelled',
        now,
      });
      events.push(
        domainEvent(
          'booking.cancelled',
          booking.candidateId,
          { slotId, by: 'interviewer', startsAt: current.startsAt.toISOString() },
          now,
        ),
      );
      if (balance !== undefined)
        events.push(domainEvent('points.changed', booking.candidateId, { balance }, now));
    }
    const [row] = await tx
      .update(slots)
      .set({ status: 'cancelled', cancelledAt: now, sequence: sql`${slots.sequence} + 1`, updatedAt: now })
      .where(eq(slots.id, slotId))
      .returning();
    if (!row) throw new Error('slot vanished under its lock');
    return { slot: await toSlotDetails(tx, row, userId, now), events };
  });
}
