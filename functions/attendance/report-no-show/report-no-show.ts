import { type DomainEvent, domainEvent } from '#contract/events.ts';
import { canReport } from '#contract/rules.ts';
import type { TSlotDetails } from '#contract/slots.ts';
import type { Db } from '#db/client.ts';
import { noShowReports } from '#db/schema/index.ts';
import { lockAttendance } from '#functions/attendance/attendance.ts';
import { transactionWithEvents } from '#functions/events/outbox.ts';
import { writtenSides } from '#functions/feedback/feedback-status.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import { toSlotDetails } from '#functions/slots/read-model.ts';

type Input = { db: Db; now: Date; userId: string; slotId: string; comment: string };

/**
 * A participant reports that the other side did not show up, within 24 hours after the end, once: the
 * report waits for an admin, and the accused is told. A pending report against the interviewer holds back
 * their point (points/rewards.ts), whichever path would pay it. The reporter's own feedback would confirm
 * the interview took place, so a side that wrote it has nothing to report (and, the other way round,
 * feedback/feedback.ts refuses the feedback of a side that reported).
 */
export async function reportNoShow({
  db,
  now,
  userId,
  slotId,
  comment,
}: Input): Promise<{ slot: TSlotDetails; events: DomainEvent[] }> {
  return transactionWithEvents(db, async (tx) => {
    // The booking's lock is the one feedback writes take: a report and the reporter's feedback never both pass.
    const { slot, booking, side, otherId } = await lockAttendance(tx, { slotId, userId });
    if (!canReport(slot, now)) throw new AppError('report_window_closed');
    const written = await writtenSides(tx, [booking.id]);
    if (written[side].has(booking.id)) throw new AppError('report_not_applicable');
    const [report] = await tx
      .insert(noShowReports)
      .values({ bookingId: booking.id, reporterId: userId, accusedId: otherId, comment, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: noShowReports.id });
    if (!report) throw new AppError('report_exists');
    return {
      slot: await toSlotDetails(tx, slot, userId, now, { activeBookings: [booking] }),
      events: [domainEvent('report.filed', otherId, { slotId, reportId: report.id, by: side }, now)],
    };
  });
}
