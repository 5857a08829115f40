import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { domainEvent } from '#contract/events.ts';
import { BOOKING_COST } from '#contract/rules.ts';
import type { TSlotDetails } from '#contract/slots.ts';
import type { Db, Tx } from '#db/client.ts';
import { bookings, slots } from '#db/schema/index.ts';
import { pairEarner } from '#functions/bookings/pair-reward.ts';
import { type RecordedEvent, recordEvents } from '#functions/events/outbox.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import { postLedgerEntry } from '#functions/points/ledger.ts';
import { type BookingRow, type SlotRow, toSlotDetails } from '#functions/slots/read-model.ts';
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
 *
 * Every round trip to PostgreSQL costs more than the statements it carries, so the statements go out in two
 * groups on the transaction's connection, each group sent at once and run in the order sent: the locks with
 * the checks, then the booking with all that follows from it.
 */
export async function createBooking({
  db,
  now,
  userId,
  slotId,
  pairWindowDays,
}: Input): Promise<{ slot: TSlotDetails; events: RecordedEvent[] }> {
  return db.transaction(async (tx) => {
    // The slot's lock, the candidate's (the lock order of scheduling.ts), then the checks, which must run
    // under both: three calls of one shape (each awaits its query first), so they are sent in call order.
    const [slot, candidate, checks] = await Promise.all([
      lockSlot(tx, slotId),
      lockUser(tx, userId),
      bookingChecks(tx, { slotId, candidateId: userId, pairWindowDays }),
    ]);
    if (slot.interviewerId === userId) throw new AppError('own_slot');
    if (slot.status !== 'open') throw new AppError('slot_not_available');
    if (now >= slot.startsAt) throw new AppError('slot_started');
    if (candidate.balance < BOOKING_COST) throw new AppError('insufficient_points');
    if (!checks) throw new Error('the booking checks returned nothing');
    if (checks.clash) throw scheduleConflict();

    // The booking, the slot and the balance as they are about to be, from the locked rows: the rest goes out
    // together. The booking's insert is started first, ahead of the ledger entry that refers to it; the
    // outbox's rows, the largest, go last, so that postgres.js sends all five in one write rather than
    // flushing when its buffer passes 1 KB.
    const booking: BookingRow = {
      id: crypto.randomUUID(),
      slotId,
      candidateId: userId,
      status: 'active',
      createdAt: now,
      cancelledAt: null,
      feedbackRevealedAt: null,
      feedbackRemindedAt: null,
      earnsReward: !checks.earner,
    };
    const row: SlotRow = { ...slot, status: 'booked', sequence: slot.sequence + 1, updatedAt: now };
    const balance = candidate.balance - BOOKING_COST;
    const startsAt = row.startsAt.toISOString();
    const [, updated, posted, details, events] = await Promise.all([
      tx.insert(bookings).values(booking).execute(),
      tx
        .update(slots)
        .set({ status: row.status, sequence: sql`${slots.sequence} + 1`, updatedAt: now })
        .where(eq(slots.id, slotId))
        .returning({ sequence: slots.sequence })
        .execute(),
      postLedgerEntry(tx, {
        userId,
        delta: -BOOKING_COST,
        reason: 'booking_spend',
        reference: booking.id,
        bookingId: booking.id,
        now,
      }),
      // A booking made just now has no check-ins or reports yet.
      toSlotDetails(tx, row, userId, now, {
        activeBookings: [booking],
        attendance: { checkIns: [], reports: [] },
      }),
      recordEvents(tx, [
        domainEvent('slot.booked', null, { slotId }, now),
        domainEvent(
          'booking.created',
          row.interviewerId,
          { slotId, candidateName: candidate.displayName, candidateLogin: candidate.login, startsAt },
          now,
        ),
        domainEvent('points.changed', userId, { balance }, now),
      ]),
    ]);
    if (updated[0]?.sequence !== row.sequence || posted !== balance) throw new Error('booking half-applied');
    return { slot: details, events };
  });
}

/**
 * Whether the candidate has another interview overlapping the slot, and whether they hold a booking that
 * earns its interviewer a point within the pair window: one statement, which reads the slot's times and
 * interviewer from its row, so it needs nothing from the locks it follows.
 */
async function bookingChecks(
  tx: Tx,
  { slotId, candidateId, pairWindowDays }: { slotId: string; candidateId: string; pairWindowDays: number },
) {
  const target = alias(slots, 'target');
  const [checks] = await tx
    .select({
      clash: sql<boolean>`exists (${overlappingInterview(tx, { userId: candidateId, startsAt: target.startsAt, endsAt: target.endsAt })})`,
      earner: sql<boolean>`exists (${pairEarner(tx, { candidateId, interviewerId: target.interviewerId, startsAt: target.startsAt, windowDays: pairWindowDays })})`,
    })
    .from(target)
    .where(eq(target.id, slotId));
  return checks;
}
