import { and, eq, gt, inArray, lt, ne, or } from 'drizzle-orm';
import { MAX_AHEAD_MS } from '#contract/rules.ts';
import type { InstantOf, Tx } from '#db/client.ts';
import { bookings, slots, users } from '#db/schema/index.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import { invalidField } from '#functions/kernel/validation.ts';
import type { SlotRow } from './read-model.ts';

/** A start time a slot may be published or moved to: in the future, at most 60 days ahead. */
export function assertStartAllowed(startsAt: Date, now: Date): void {
  if (startsAt.getTime() <= now.getTime()) throw invalidField('startsAt', 'start_in_past');
  if (startsAt.getTime() > now.getTime() + MAX_AHEAD_MS) throw invalidField('startsAt', 'start_too_far');
}

/** Locks the slot's row for the rest of the transaction; always taken before any user's row. */
export async function lockSlot(tx: Tx, slotId: string): Promise<SlotRow> {
  const [row] = await tx.select().from(slots).where(eq(slots.id, slotId)).for('no key update');
  if (!row) throw new AppError('not_found', 'No such slot');
  return row;
}

/** Locks the user's row for the rest of the transaction: every change to one person's schedule or balance
 * takes this lock, so two of them never interleave (no overlaps, no double spend). Lock order is always
 * slot, then user, so these locks cannot deadlock. NO KEY UPDATE leaves foreign-key checks unblocked. */
export async function lockUser(tx: Tx, userId: string) {
  const [row] = await tx.select().from(users).where(eq(users.id, userId)).for('no key update');
  if (!row) throw new AppError('not_found', 'No such user');
  if (row.status !== 'active') throw new AppError('account_blocked');
  return row;
}

type Interval = { userId: string; startsAt: InstantOf; endsAt: InstantOf; exceptSlotId?: string };

/**
 * The query for another interview of the user overlapping the interval: a slot they publish (open or
 * booked) or a booking they hold. For assertFreeAt, or for a caller that asks it with other questions; given
 * columns for the interval, it reads them from the asking statement's row.
 */
export function overlappingInterview(tx: Tx, input: Interval) {
  return tx
    .select({ id: slots.id })
    .from(slots)
    .leftJoin(bookings, and(eq(bookings.slotId, slots.id), eq(bookings.status, 'active')))
    .where(
      and(
        input.exceptSlotId ? ne(slots.id, input.exceptSlotId) : undefined,
        inArray(slots.status, ['open', 'booked']),
        or(eq(slots.interviewerId, input.userId), eq(bookings.candidateId, input.userId)),
        lt(slots.startsAt, input.endsAt),
        gt(slots.endsAt, input.startsAt),
      ),
    )
    .limit(1);
}

export const scheduleConflict = () =>
  new AppError('schedule_conflict', 'You already have an interview at this time', {
    fields: [
      {
        field: 'startsAt',
        code: 'schedule_conflict',
        message: 'You already have an interview at this time',
      },
    ],
  });

/**
 * Refuses a time that overlaps another interview of the user. Call with the user's row locked (lockUser),
 * so the answer stays true until commit.
 */
export async function assertFreeAt(tx: Tx, input: Interval): Promise<void> {
  const [clash] = await overlappingInterview(tx, input);
  if (clash) throw scheduleConflict();
}
