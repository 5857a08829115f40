import { eq, sql } from 'drizzle-orm';
import { type DomainEvent, domainEvent } from '#contract/events.ts';
import { BOOKING_COST } from '#contract/rules.ts';
import type { TSlotDetails } from '#contract/slots.ts';
import type { Db } from '#db/client.ts';
import { bookings, slots } from '#db/schema/index.ts';
import { earnsPairReward } from '#functions/bookings/pair-reward.ts';
import { transactionWithEvents } from '#functions/events/outbox.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import { postLedgerEntry } from '#functions/points/ledger.ts';
import { toSlotDetails } from '#functions/slots/read-model.ts';
import { assertFreeAt, lockSlot, lockUser } from '#functions/slots/scheduling.ts';

type Input = {
  db: Db;
  now: Date;
  userId: string;
  slotId: string;
  /** Anti-farming: config PAIR_REWARD_WINDOW_DAYS (0 turns it off). */
  pairWindowDays: number;
};

/**
 * Books an open slot for one point. The slot's row lock makes concurrent bookers queue: the first takes it,
 * the rest find it booked and are refused before any point moves. The candidate's row lock makes one
 * person's bookings queue, so a last point is spent once and no two bookings overlap. Should anything slip
 * past these checks, the unique active-booking index and the balance CHECK refuse it, rolling back the
 * whole transaction. Under the same lock it is decided whether the booking earns the interviewer a point
 * (anti-farming, bookings.earnsReward): a second interview with the same interviewer within the pair window
 * is still booked, but earns nothing.
 */
export async function createBooking({
  db,
  now,
  userId,
  slotId,
  pairWindowDays,
}: Input): Promise<{ slot: TSlotDetails; events: DomainEvent[] }> {
  return transactionWithEvents(db, async (tx) => {
    const slot = await lockSlot(tx, slotId);
    if (slot.interviewerId === userId) throw new AppError('own_slot');
    if (slot.status !== 'open') throw new AppError('slot_not_available');
    if (now >= slot.startsAt) throw new AppError('slot_started');
    const candidate = await lockUser(tx, userId);
    if (candidate.balance < BOOKING_COST) throw new AppError('insufficient_points');
    await assertFreeAt(tx, { userId, startsAt: slot.startsAt, endsAt: slot.endsAt });
    const earnsReward = await earnsPairReward(tx, {
      candidateId: userId,
      interviewerId: slot.interviewerId,
      startsAt: slot.startsAt,
      windowDays: pairWindowDays,
    });

    const [booking] = await tx
      .insert(bookings)
      .values({ slotId, candidateId: userId, createdAt: now, earnsReward })
      .returning();
    if (!booking) throw new Error('booking insert returned nothing');
    const balance = await postLedgerEntry(tx, {
      userId,
      delta: -BOOKING_COST,
      reason: 'booking_spend',
      reference: booking.id,
      bookingId: booking.id,
      now,
    });
    const [row] = await tx
      .update(slots)
      .set({ status: 'booked', sequence: sql`${slots.sequence} + 1`, updatedAt: now })
      .where(eq(slots.id, slotId))
      .returning();
    if (!row || balance === undefined) throw new Error('booking half-applied');
    const startsAt = row.startsAt.toISOString();
    return {
      slot: await toSlotDetails(tx, row, userId, now, { activeBookings: [booking] }),
      events: [
        domainEvent('slot.booked', null, { slotId }, now),
        domainEvent(
          'booking.created',
          row.interviewerId,
          { slotId, candidateName: candidate.displayName, candidateLogin: candidate.login, startsAt },
          now,
        ),
        domainEvent('points.changed', userId, { balance }, now),
      ],
    };
  });
}
