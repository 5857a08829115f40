import type { TAdminPerson } from '#contract/admin.ts';
import type { TAuditEntry } from '#contract/admin-audit.ts';
import type { TAdminInterviewDetail } from '#contract/admin-interviews.ts';

type Booking = TAdminInterviewDetail['bookings'][number];
type Report = Booking['reports'][number];

/** One thing that happened to an interview, with what the page needs to say it. */
export type TimelineEvent =
  | { kind: 'published' | 'locked' | 'completed' | 'cancelled' | 'expired' | 'archived' }
  | { kind: 'booked'; candidate: TAdminPerson; earnsReward: boolean }
  | { kind: 'bookingCancelled'; candidate: TAdminPerson; status: Exclude<Booking['status'], 'active'> }
  | { kind: 'checkedIn'; person: TAdminPerson }
  | { kind: 'reportFiled'; report: Report }
  | { kind: 'reportResolved'; report: Report & { status: 'upheld' | 'rejected' } }
  | { kind: 'review'; person: TAdminPerson }
  | { kind: 'assessment'; person: TAdminPerson }
  | { kind: 'revealed' }
  | { kind: 'ledger'; entry: Booking['ledger'][number] }
  | { kind: 'strike'; strike: Booking['strikes'][number] }
  | { kind: 'audit'; entry: TAuditEntry };

export type TimelineItem = { at: string; key: string; event: TimelineEvent };

/**
 * Everything the detail holds, as one story in time order: the slot's own moments, each booking's (made,
 * given back or cancelled, check-ins, feedback, reports, points, strikes) and what admins did. Things that
 * happened at the same moment keep the order of cause and effect they are listed in here (an admin's action
 * before its effects; a booking before the point it cost; a cancellation before the refund).
 */
export function interviewTimeline(detail: TAdminInterviewDetail): TimelineItem[] {
  const { slot } = detail;
  const items: TimelineItem[] = [];
  const add = (at: string | null, key: string, event: TimelineEvent) => {
    if (at) items.push({ at, key, event });
  };
  // Listed cause first: an admin's action, then what it did to the slot, then to its bookings.
  for (const entry of detail.audit) add(entry.createdAt, `audit:${entry.id}`, { kind: 'audit', entry });
  add(slot.createdAt, 'published', { kind: 'published' });
  add(slot.lockedAt, 'locked', { kind: 'locked' });
  add(slot.cancelledAt, 'slot-cancelled', { kind: 'cancelled' });
  add(slot.completedAt, 'completed', { kind: 'completed' });
  add(slot.expiredAt, 'expired', { kind: 'expired' });
  add(slot.archivedAt, 'archived', { kind: 'archived' });
  for (const booking of detail.bookings) {
    const { candidate } = booking;
    add(booking.createdAt, `booked:${booking.id}`, {
      kind: 'booked',
      candidate,
      earnsReward: booking.earnsReward,
    });
    if (booking.status !== 'active')
      add(booking.cancelledAt, `cancelled:${booking.id}`, {
        kind: 'bookingCancelled',
        candidate,
        status: booking.status,
      });
    for (const check of booking.checkIns)
      add(check.at, `check-in:${booking.id}:${check.person.id}`, { kind: 'checkedIn', person: check.person });
    for (const report of booking.reports) {
      add(report.createdAt, `report:${report.id}`, { kind: 'reportFiled', report });
      if (report.status !== 'pending')
        add(report.resolvedAt, `resolved:${report.id}`, {
          kind: 'reportResolved',
          report: { ...report, status: report.status },
        });
    }
    add(booking.review?.createdAt ?? null, `review:${booking.id}`, { kind: 'review', person: candidate });
    add(booking.assessment?.createdAt ?? null, `assessment:${booking.id}`, {
      kind: 'assessment',
      person: detail.interviewer,
    });
    add(booking.feedbackRevealedAt, `revealed:${booking.id}`, { kind: 'revealed' });
    for (const entry of booking.ledger) add(entry.createdAt, `ledger:${entry.id}`, { kind: 'ledger', entry });
    for (const strike of booking.strikes)
      add(strike.createdAt, `strike:${booking.id}:${strike.person.id}`, { kind: 'strike', strike });
  }
  // A stable sort: equal moments keep the order above.
  return items.toSorted((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
