import { and, asc, eq, gt, inArray, or } from 'drizzle-orm';
import type { TBlockResult } from '#contract/admin-users.ts';
import type { DomainEvent } from '#contract/events.ts';
import type { Db, Tx } from '#db/client.ts';
import { bookings, slots, users } from '#db/schema/index.ts';
import { lockAccount, lockAdmins, summaryColumns, toSummary } from '#functions/admin/accounts.ts';
import { recordAudit } from '#functions/admin/audit.ts';
import { revokeAllSessions } from '#functions/auth/sessions.ts';
import { releaseBooking } from '#functions/bookings/release.ts';
import { transactionWithEvents } from '#functions/events/outbox.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import { callOffSlot } from '#functions/slots/cancellation.ts';
import { activeBookingOf } from '#functions/slots/read-model.ts';
import { lockSlot } from '#functions/slots/scheduling.ts';

type Input = { db: Db; now: Date; actorId: string; userId: string; reason: string };

/** How many times the block is tried afresh when the person's schedule changed while it was being locked. */
const ATTEMPTS = 3;

/** The person's schedule gained a slot or booking between the first read and their row's lock. */
class ScheduleMoved extends Error {}

/**
 * The future slots the person is part of and that blocking calls off: the ones they publish (open or
 * booked) and the ones they hold a booking of, in id order (the order their locks are taken in). What has
 * started is left to moderation.
 */
async function futureSlotsOf(tx: Tx, userId: string, now: Date): Promise<string[]> {
  const rows = await tx
    .select({ id: slots.id })
    .from(slots)
    .leftJoin(bookings, and(eq(bookings.slotId, slots.id), eq(bookings.status, 'active')))
    .where(
      and(
        gt(slots.startsAt, now),
        inArray(slots.status, ['open', 'booked']),
        or(eq(slots.interviewerId, userId), eq(bookings.candidateId, userId)),
      ),
    )
    .orderBy(asc(slots.id));
  return rows.map((row) => row.id);
}

/**
 * Blocks an account, all in one transaction with its audit entry: the status, every session ended (their
 * live connections dropped through `session.ended`), their open slots withdrawn, their booked future
 * interviews cancelled (each candidate refunded and told), their future bookings given back (their point
 * refunded, the slot open again for others, the interviewer told). Locks: the slots first, then the
 * people (as everywhere), so nothing the person does at the same moment interleaves; whatever they
 * managed to publish or book between the first read and their row's lock makes the block start over.
 */
export async function blockUser(input: Input): Promise<{ result: TBlockResult; events: DomainEvent[] }> {
  if (input.actorId === input.userId) throw new AppError('self_action', 'Admins cannot block themselves');
  for (let attempt = 1; ; attempt++) {
    try {
      return await blockOnce(input);
    } catch (error) {
      if (!(error instanceof ScheduleMoved)) throw error;
      if (attempt === ATTEMPTS)
        throw new AppError('conflict', 'The user’s schedule kept changing while blocking; try again');
    }
  }
}

function blockOnce({ db, now, actorId, userId, reason }: Input) {
  return transactionWithEvents(db, async (tx) => {
    const planned = await futureSlotsOf(tx, userId, now);
    const locked = [];
    for (const slotId of planned) locked.push(await lockSlot(tx, slotId));
    // Every admin's row, then the person's: an admin who was just blocked or demoted acts no more, and two
    // admins blocking each other at the same moment cannot leave the product without an active admin.
    const admins = await lockAdmins(tx);
    if (!admins.some((admin) => admin.id === actorId && admin.status === 'active'))
      throw new AppError('forbidden', 'Only admins may do this');
    const target = await lockAccount(tx, userId);
    if (target.status === 'blocked') throw new AppError('conflict', 'This user is already blocked');
    // Under the person's lock nothing new of theirs can commit; anything that did before it is not locked.
    if ((await futureSlotsOf(tx, userId, now)).some((id) => !planned.includes(id))) throw new ScheduleMoved();

    const events: DomainEvent[] = [];
    const withdrawn: string[] = [];
    const cancelled: string[] = [];
    const released: string[] = [];
    for (const slot of locked) {
      if (slot.interviewerId === userId) {
        if (slot.status !== 'open' && slot.status !== 'booked') continue;
        const callOff = await callOffSlot(tx, slot, { by: 'admin', now });
        (callOff.booking ? cancelled : withdrawn).push(slot.id);
        events.push(...callOff.events);
        continue;
      }
      const booking = await activeBookingOf(tx, slot.id);
      if (booking?.candidateId !== userId) continue;
      const release = await releaseBooking(tx, slot, booking, { by: 'admin', viewerId: null, now });
      released.push(slot.id);
      events.push(...release.events);
    }

    const [user] = await tx
      .update(users)
      .set({ status: 'blocked', blockedAt: now, blockedReason: reason, updatedAt: now })
      .where(eq(users.id, userId))
      .returning(summaryColumns);
    if (!user) throw new Error('user vanished under its lock');
    const [ended] = await revokeAllSessions(tx, { userId, reason: 'blocked', now });
    const sessionsEnded = ended?.name === 'session.ended' ? ended.payload.sessionIds.length : 0;
    await recordAudit(tx, {
      actorId,
      action: 'user.blocked',
      targetUserId: userId,
      before: { status: target.status },
      after: { status: 'blocked', blockedAt: now.toISOString() },
      reason,
      details: {
        slotsWithdrawn: withdrawn,
        interviewsCancelled: cancelled,
        bookingsCancelled: released,
        sessionsEnded,
      },
      now,
    });
    return {
      result: {
        user: toSummary(user),
        slotsWithdrawn: withdrawn.length,
        interviewsCancelled: cancelled.length,
        bookingsCancelled: released.length,
        sessionsEnded,
      },
      events,
    };
  });
}
