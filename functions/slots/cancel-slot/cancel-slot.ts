import type { DomainEvent } from '#contract/events.ts';
import { cutoffOf } from '#contract/rules.ts';
import type { TSlotDetails } from '#contract/slots.ts';
import type { Db } from '#db/client.ts';
import { addStrike } from '#functions/attendance/strikes.ts';
import { transactionWithEvents } from '#functions/events/outbox.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import { callOffSlot } from '#functions/slots/cancellation.ts';
import { interviewerCardsChanged, toSlotDetails } from '#functions/slots/read-model.ts';
import { lockSlot } from '#functions/slots/scheduling.ts';

type Input = { db: Db; now: Date; userId: string; slotId: string };

/**
 * The interviewer withdraws a slot or cancels an interview, until it starts; its candidate, if any, gets the
 * point back (once: the refund is keyed by the booking) and is told. Inside the cutoff a booked interview's
 * cancellation is late ("life happens"): the candidate is refunded all the same and told it was late, and
 * the interviewer takes a late-cancellation strike in the same transaction (once per booking: a retry finds
 * the slot cancelled, and the strike's key is the booking). The strike lowers the attendance their other open
 * slots show on the exchange, so those cards are announced again.
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
    const late = now >= cutoffOf(current.startsAt);
    const { row, booking, events } = await callOffSlot(tx, current, { by: 'interviewer', late, now });
    if (booking && late) {
      await addStrike(tx, { userId, kind: 'late_cancellation', bookingId: booking.id, now });
      events.push(...(await interviewerCardsChanged(tx, [userId], now)));
    }
    return { slot: await toSlotDetails(tx, row, userId, now), events };
  });
}
