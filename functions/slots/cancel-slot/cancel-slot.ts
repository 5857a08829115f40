import type { DomainEvent } from '#contract/events.ts';
import { cutoffOf } from '#contract/rules.ts';
import type { TSlotDetails } from '#contract/slots.ts';
import type { Db } from '#db/client.ts';
import { transactionWithEvents } from '#functions/events/outbox.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import { callOffSlot } from '#functions/slots/cancellation.ts';
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
    const { row, events } = await callOffSlot(tx, current, { by: 'interviewer', now });
    return { slot: await toSlotDetails(tx, row, userId, now), events };
  });
}
