import { eq, sql } from 'drizzle-orm';
import { type DomainEvent, domainEvent } from '#contract/events.ts';
import { BOOKING_COST } from '#contract/rules.ts';
import type { TSlotDetails } from '#contract/slots.ts';
import { type Db, rowsOf } from '#db/client.ts';
import { bookings, slots } from '#db/schema/index.ts';
import { pairEarner } from '#functions/bookings/pair-reward.ts';
import { transactionWithEvents } from '#functions/events/outbox.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import { postLedgerEntry } from '#functions/points/ledger.ts';
import { type SlotRow, toSlotDetails } from '#functions/slots/read-model.ts';
import { lockSlot, lockUser, overlappingInterview, scheduleConflict } from '#functions/slots/scheduling.ts';

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
    // Both questions in one statement, under the candidate's lock (see above).
    const [checks] = rowsOf<{ clash: boolean; earner: boolean }>(
      await tx.execute(sql`select
        exists (${overlappingInterview(tx, { userId, startsAt: slot.startsAt, endsAt: slot.endsAt })}) as clash,
        exists (${pairEarner(tx, { candidateId: userId, interviewerId: slot.interviewerId, startsAt: slot.startsAt, windowDays: pairWindowDays })}) as earner`),
    );
    if (!checks) throw new Error('the booking checks returned nothing');
    if (checks.clash) throw scheduleConflict();

    const [booking] = await tx
      .insert(bookings)
      .values({ slotId, candidateId: userId, createdAt: now, earnsReward: !checks.earner })
      .returning();
    if (!booking) throw new Error('booking insert returned nothing');
    // The slot as it is about to be, from the locked row: what remains touches different rows, so it goes to
    // PostgreSQL at once (postgres.js pipelines the statements on the transaction's connection).
    const row: SlotRow = { ...slot, status: 'booked', sequence: slot.sequence + 1, updatedAt: now };
    const [balance, updated, details] = await Promise.all([
      postLedgerEntry(tx, {
        userId,
        delta: -BOOKING_COST,
        reason: 'booking_spend',
        reference: booking.id,
        bookingId: booking.id,
        now,
      }),
      tx
        .update(slots)
        .set({ status: row.status, sequence: sql`${slots.sequence} + 1`, updatedAt: now })
        .where(eq(slots.id, slotId))
        .returning({ sequence: slots.sequence }),
      // A booking made just now has no check-ins or reports yet.
      toSlotDetails(tx, row, userId, now, {
        activeBookings: [booking],
        attendance: { checkIns: [], reports: [] },
      }),
    ]);
    if (updated[0]?.sequence !== row.sequence || balance === undefined)
      throw new Error('booking half-applied');
    const startsAt = row.startsAt.toISOString();
    return {
      slot: details,
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
