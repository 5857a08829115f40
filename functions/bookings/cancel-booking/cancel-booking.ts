import { eq } from 'drizzle-orm';
import type { DomainEvent } from '#contract/events.ts';
import { cutoffOf } from '#contract/rules.ts';
import type { TSlotDetails } from '#contract/slots.ts';
import type { Db } from '#db/client.ts';
import { bookings, slots } from '#db/schema/index.ts';
import { releaseBooking } from '#functions/bookings/release.ts';
import { transactionWithEvents } from '#functions/events/outbox.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import { lockSlot } from '#functions/slots/scheduling.ts';

type Input = { db: Db; now: Date; userId: string; bookingId: string };

/**
 * The candidate gives the slot back until the cutoff (server time): the point returns, keyed by the booking
 * so a retry refunds once, and the slot is open on the exchange again.
 */
export async function cancelBooking({
  db,
  now,
  userId,
  bookingId,
}: Input): Promise<{ slot: TSlotDetails; events: DomainEvent[] }> {
  return transactionWithEvents(db, async (tx) => {
    const [found] = await tx
      .select({
        slotId: bookings.slotId,
        candidateId: bookings.candidateId,
        interviewerId: slots.interviewerId,
      })
      .from(bookings)
      .innerJoin(slots, eq(slots.id, bookings.slotId))
      .where(eq(bookings.id, bookingId));
    // A booking is known only to its two participants; to anyone else it does not exist.
    if (!found || (found.candidateId !== userId && found.interviewerId !== userId)) {
      throw new AppError('not_found', 'No such booking');
    }
    if (found.candidateId !== userId)
      throw new AppError('forbidden', 'The interviewer cancels the slot instead');
    const slot = await lockSlot(tx, found.slotId);
    const [booking] = await tx.select().from(bookings).where(eq(bookings.id, bookingId));
    if (booking?.status !== 'active')
      throw new AppError('slot_not_available', 'This booking is no longer active');
    if (now >= cutoffOf(slot.startsAt)) throw new AppError('cutoff_passed');

    return releaseBooking(tx, slot, booking, { by: 'candidate', viewerId: userId, now });
  });
}
