import { and, eq, inArray } from 'drizzle-orm';
import type { TAttendance } from '#contract/attendance.ts';
import { canCheckIn, canReport, checkInOpensAt, reportClosesAt, type SlotRole } from '#contract/rules.ts';
import type { Db, Tx } from '#db/client.ts';
import { bookings, checkIns, noShowReports, slots } from '#db/schema/index.ts';
import { AppError } from '#functions/kernel/app-error.ts';

/**
 * Check-ins and no-show reports, as the participants' use cases and the slot views share them: the lock an
 * attendance write takes, the rule that a report and feedback exclude each other, and the batched read behind
 * `attendance` in the slot views.
 */

type SlotRow = typeof slots.$inferSelect;
type BookingRow = typeof bookings.$inferSelect;

/** The statuses of a slot whose interview is on (or was held): booked, then completed, then archived. */
const HELD: readonly SlotRow['status'][] = ['booked', 'completed', 'archived'];

/** A booked interview and the viewer's side of it, with the booking row locked. */
export type LockedInterview = {
  slot: SlotRow;
  booking: BookingRow;
  side: SlotRole;
  /** The other participant's id. */
  otherId: string;
};

/**
 * The interview the viewer takes part in, with its active booking locked for the rest of the transaction:
 * a cancellation (which ends the booking) and the feedback writes (which lock it too) wait for this one, so
 * a check-in never lands on a booking called off meanwhile, and a report and the reporter's own feedback
 * never both pass their checks. Anyone but the interviewer and the booking's candidate is refused; a slot
 * nobody holds now (open, cancelled, expired) has no attendance.
 */
export async function lockAttendance(
  tx: Tx,
  { slotId, userId }: { slotId: string; userId: string },
): Promise<LockedInterview> {
  const [slot] = await tx.select().from(slots).where(eq(slots.id, slotId));
  if (!slot) throw new AppError('not_found', 'No such slot');
  const [booking] = await tx
    .select()
    .from(bookings)
    .where(and(eq(bookings.slotId, slotId), eq(bookings.status, 'active')))
    .for('no key update');
  const side: SlotRole | null =
    slot.interviewerId === userId ? 'interviewer' : booking?.candidateId === userId ? 'candidate' : null;
  if (!side) throw new AppError('forbidden', 'Only the two participants of an interview take part in it');
  if (!booking || !HELD.includes(slot.status))
    throw new AppError('slot_not_available', 'Nobody holds this slot now: there is no interview to attend');
  return { slot, booking, side, otherId: side === 'interviewer' ? booking.candidateId : slot.interviewerId };
}

/** The reports that speak for the reporter: pending, or upheld by an admin (a rejected one no longer does). */
const STANDING = ['pending', 'upheld'] as const;

/**
 * A side that reported the other's absence has said the interview did not take place: its feedback would
 * say the opposite, so it is refused. Call with the booking locked (feedback's lockInterview does).
 */
export async function assertNotReportedBy(tx: Tx, bookingId: string, userId: string): Promise<void> {
  const [report] = await tx
    .select({ id: noShowReports.id })
    .from(noShowReports)
    .where(
      and(
        eq(noShowReports.bookingId, bookingId),
        eq(noShowReports.reporterId, userId),
        inArray(noShowReports.status, STANDING),
      ),
    );
  if (report)
    throw new AppError(
      'report_not_applicable',
      'You reported that the other side did not show up: feedback would say the interview took place',
    );
}

type CheckInRow = typeof checkIns.$inferSelect;
type ReportRow = typeof noShowReports.$inferSelect;

/** What was recorded for some bookings: their check-ins and no-show reports. */
export type AttendanceRecords = { checkIns: CheckInRow[]; reports: ReportRow[] };

/** The check-ins and reports of these bookings, in two reads (in parallel) whatever their number. */
export async function readAttendance(db: Db | Tx, bookingIds: string[]): Promise<AttendanceRecords> {
  if (bookingIds.length === 0) return { checkIns: [], reports: [] };
  const [checkInRows, reportRows] = await Promise.all([
    db.select().from(checkIns).where(inArray(checkIns.bookingId, bookingIds)),
    db.select().from(noShowReports).where(inArray(noShowReports.bookingId, bookingIds)),
  ]);
  return { checkIns: checkInRows, reports: reportRows };
}

/**
 * One interview's attendance as the viewer sees it (pure: the records come from readAttendance). The other
 * side's comment stays with the admin; the viewer learns only that a report against them exists.
 */
export function toAttendance(
  records: AttendanceRecords,
  interview: {
    slot: Pick<SlotRow, 'startsAt' | 'endsAt' | 'interviewerId'>;
    booking: Pick<BookingRow, 'id' | 'candidateId'>;
    viewerId: string;
    /** The viewer's feedback is written: it confirms the interview, so there is nothing to report. */
    feedbackWritten: boolean;
  },
  now: Date,
): TAttendance {
  const { slot, booking, viewerId } = interview;
  const checkedInAt = (userId: string) =>
    records.checkIns
      .find((row) => row.bookingId === booking.id && row.userId === userId)
      ?.checkedInAt.toISOString() ?? null;
  const reportBy = (userId: string) =>
    records.reports.find((row) => row.bookingId === booking.id && row.reporterId === userId);
  const otherId = viewerId === slot.interviewerId ? booking.candidateId : slot.interviewerId;
  const mine = reportBy(viewerId);
  const against = reportBy(otherId);
  return {
    checkInOpensAt: checkInOpensAt(slot.startsAt).toISOString(),
    checkInClosesAt: slot.endsAt.toISOString(),
    interviewer: { checkedInAt: checkedInAt(slot.interviewerId) },
    candidate: { checkedInAt: checkedInAt(booking.candidateId) },
    canCheckIn: canCheckIn(slot, now) && checkedInAt(viewerId) === null,
    reportClosesAt: reportClosesAt(slot.endsAt).toISOString(),
    canReport: canReport(slot, now) && !mine && !interview.feedbackWritten,
    myReport: mine
      ? {
          status: mine.status,
          comment: mine.comment,
          createdAt: mine.createdAt.toISOString(),
          resolutionNote: mine.resolutionNote,
        }
      : null,
    reportAgainstMe: against ? { status: against.status, createdAt: against.createdAt.toISOString() } : null,
  };
}
