import { and, eq } from 'drizzle-orm';
import { type DomainEvent, domainEvent } from '#contract/events.ts';
import { canCheckIn } from '#contract/rules.ts';
import type { TSlotDetails } from '#contract/slots.ts';
import type { Db } from '#db/client.ts';
import { checkIns } from '#db/schema/index.ts';
import { lockAttendance } from '#functions/attendance/attendance.ts';
import { transactionWithEvents } from '#functions/events/outbox.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import { toSlotDetails } from '#functions/slots/read-model.ts';

type Input = { db: Db; now: Date; userId: string; slotId: string };

/**
 * A participant says "I am here", from 10 minutes before the start until the end: the time is evidence for
 * moderation. Once per side: pressing again, or a retry, changes nothing and answers with the time first
 * recorded, even after the window. Both participants are told, so both pages show it at once.
 */
export async function checkIn({
  db,
  now,
  userId,
  slotId,
}: Input): Promise<{ slot: TSlotDetails; events: DomainEvent[] }> {
  return transactionWithEvents(db, async (tx) => {
    // Under the booking's lock two presses of one side run one after the other, so the second sees the
    // first; the unique index (booking, user) stands behind it.
    const { slot, booking, side, otherId } = await lockAttendance(tx, { slotId, userId });
    const view = () => toSlotDetails(tx, slot, userId, now, { activeBookings: [booking] });
    const [recorded] = await tx
      .select({ at: checkIns.checkedInAt })
      .from(checkIns)
      .where(and(eq(checkIns.bookingId, booking.id), eq(checkIns.userId, userId)));
    if (recorded) return { slot: await view(), events: [] };
    if (!canCheckIn(slot, now)) throw new AppError('check_in_closed');
    await tx.insert(checkIns).values({ bookingId: booking.id, userId, checkedInAt: now });
    const payload = { slotId, side, at: now.toISOString() };
    return {
      slot: await view(),
      events: [userId, otherId].map((to) => domainEvent('attendance.checked_in', to, payload, now)),
    };
  });
}
