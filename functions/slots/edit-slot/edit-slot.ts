import { eq, sql } from 'drizzle-orm';
import { type DomainEvent, domainEvent } from '#contract/events.ts';
import { endOf } from '#contract/rules.ts';
import type { TEditSlotBody, TSlotDetails } from '#contract/slots.ts';
import type { Db } from '#db/client.ts';
import { slots } from '#db/schema/index.ts';
import { transactionWithEvents } from '#functions/events/outbox.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import { assertProfessionOffered } from '#functions/professions/professions.ts';
import { activeBookingOf, publicPart, toSlotDetails } from '#functions/slots/read-model.ts';
import { assertFreeAt, assertStartAllowed, lockSlot, lockUser } from '#functions/slots/scheduling.ts';

type Input = { db: Db; now: Date; userId: string; slotId: string; changes: TEditSlotBody };

const BOOKED_EDITABLE = new Set(['meetingUrl', 'description']);
/** While the interview runs only the room can change: a broken one must be replaceable. */
const RUNNING_EDITABLE = new Set(['meetingUrl']);

/**
 * An open slot changes freely (within the publishing rules) until it starts; a booked one only its link and
 * description until the start, and then its link alone until the end; its candidate is told at once. Fields
 * sent with their current value count as unchanged.
 */
export async function editSlot({ db, now, userId, slotId, changes }: Input): Promise<{
  slot: TSlotDetails;
  events: DomainEvent[];
}> {
  return transactionWithEvents(db, async (tx) => {
    const current = await lockSlot(tx, slotId);
    if (current.interviewerId !== userId)
      throw new AppError('forbidden', 'Only the interviewer may edit this slot');
    if (current.status !== 'open' && current.status !== 'booked') throw new AppError('slot_not_available');
    const booked = current.status === 'booked';
    if (now >= (booked ? current.endsAt : current.startsAt))
      throw new AppError('slot_started', booked ? 'The interview has ended' : undefined);
    const running = booked && now >= current.startsAt;

    const changed = Object.fromEntries(
      Object.entries(changes).filter(([key, value]) => {
        const before = current[key as keyof typeof current];
        return value instanceof Date && before instanceof Date
          ? value.getTime() !== before.getTime()
          : value !== before;
      }),
    ) as TEditSlotBody;
    const changedKeys = Object.keys(changed);
    if (changedKeys.length === 0) return { slot: await toSlotDetails(tx, current, userId, now), events: [] };

    if (booked) {
      const editable = running ? RUNNING_EDITABLE : BOOKED_EDITABLE;
      const locked = changedKeys.filter((key) => !editable.has(key));
      if (locked.length > 0) {
        const what = running ? 'Interview in progress' : 'Booked slot';
        throw new AppError('slot_locked_fields', `${what}: cannot change ${locked.join(', ')}`);
      }
    }
    const startsAt = changed.startsAt ?? current.startsAt;
    const durationMinutes = changed.durationMinutes ?? current.durationMinutes;
    const endsAt = endOf(startsAt, durationMinutes);
    if (changed.startsAt) assertStartAllowed(startsAt, now);
    if (changed.professionId) await assertProfessionOffered(tx, changed.professionId);
    if (changed.startsAt || changed.durationMinutes) {
      await lockUser(tx, userId);
      await assertFreeAt(tx, { userId, startsAt, endsAt, exceptSlotId: slotId });
    }

    const [row] = await tx
      .update(slots)
      .set({ ...changed, endsAt, sequence: sql`${slots.sequence} + 1`, updatedAt: now })
      .where(eq(slots.id, slotId))
      .returning();
    if (!row) throw new Error('slot vanished under its lock');
    const slot = await toSlotDetails(tx, row, userId, now);
    const events: DomainEvent[] = [];
    if (row.status === 'open')
      events.push(domainEvent('slot.changed', null, { slot: publicPart(slot) }, now));
    const booking = row.status === 'booked' ? await activeBookingOf(tx, slotId) : undefined;
    if (booking) {
      const fields = changedKeys.filter((key): key is 'meetingUrl' | 'description' =>
        BOOKED_EDITABLE.has(key),
      );
      events.push(domainEvent('slot.updated', booking.candidateId, { slotId, fields }, now));
    }
    return { slot, events };
  });
}
