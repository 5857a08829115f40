import { and, eq } from 'drizzle-orm';
import type { ReportOutcome, TAdminReport, TResolveReportBody } from '#contract/admin-moderation.ts';
import { type DomainEvent, domainEvent } from '#contract/events.ts';
import { BOOKING_COST, reportClosesAt, type SlotRole } from '#contract/rules.ts';
import type { Db, Tx } from '#db/client.ts';
import { bookings, interviewerReviews, noShowReports } from '#db/schema/index.ts';
import { recordAudit } from '#functions/admin/audit.ts';
import { adminReport } from '#functions/admin/moderation.ts';
import { addStrike } from '#functions/attendance/strikes.ts';
import { transactionWithEvents } from '#functions/events/outbox.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import { postLedgerEntry } from '#functions/points/ledger.ts';
import { rewardInterviewer } from '#functions/points/rewards.ts';
import { interviewerCardsChanged } from '#functions/slots/read-model.ts';
import { lockSlot } from '#functions/slots/scheduling.ts';

type Input = TResolveReportBody & { db: Db; now: Date; adminId: string; reportId: string };

type Interview = {
  bookingId: string;
  interviewerId: string;
  candidateId: string;
  endsAt: Date;
};

/** What a resolution did, for the audit entry: each is true only when this resolution did it. */
type Effects = { refunded: boolean; credited: boolean; strike: boolean };

/**
 * The effects of an outcome (docs/domain.md "No-shows"). Each has its own key besides the conditional update
 * that lets only one resolution through: the refund and the reward are keyed by the booking in the ledger,
 * a strike is unique per person and booking.
 */
async function applyOutcome(
  tx: Tx,
  {
    outcome,
    accused,
    reportId,
    interview,
    now,
  }: {
    outcome: ReportOutcome;
    accused: SlotRole;
    reportId: string;
    interview: Interview;
    now: Date;
  },
): Promise<{ effects: Effects; events: DomainEvent[] }> {
  const { bookingId, interviewerId, candidateId } = interview;
  const effects: Effects = { refunded: false, credited: false, strike: false };
  const events: DomainEvent[] = [];
  const reward = async () => {
    const paid = await rewardInterviewer(tx, { bookingId, interviewerId, now });
    effects.credited = paid.length > 0;
    events.push(...paid);
  };
  const strike = async (userId: string) => {
    effects.strike = await addStrike(tx, { userId, kind: 'no_show', bookingId, reportId, now });
  };

  if (accused === 'interviewer' && outcome === 'upheld') {
    // The interviewer earns nothing: rewardInterviewer refuses while this upheld report stands.
    const balance = await postLedgerEntry(tx, {
      userId: candidateId,
      delta: BOOKING_COST,
      reason: 'booking_refund',
      reference: bookingId,
      bookingId,
      note: 'interviewer_no_show',
      now,
    });
    if (balance !== undefined) {
      effects.refunded = true;
      events.push(domainEvent('points.changed', candidateId, { balance }, now));
    }
    await strike(interviewerId);
  } else if (accused === 'interviewer') {
    // The hold is lifted. A review already written, or a window already closed, has passed its moment to
    // pay: pay now. Otherwise the review or the window-close job will, as for any interview.
    const [review] = await tx
      .select({ id: interviewerReviews.id })
      .from(interviewerReviews)
      .where(eq(interviewerReviews.bookingId, bookingId));
    if (review || now >= reportClosesAt(interview.endsAt)) await reward();
  } else if (outcome === 'upheld') {
    // The interview was the interviewer's to hold: they earn the point now (unless anti-farming or a report
    // against them says otherwise); the candidate's point stays spent.
    await reward();
    await strike(candidateId);
  }
  return { effects, events };
}

/**
 * An admin upholds or rejects a no-show report with a note, in one transaction with its effects, the audit
 * entry and the news to both participants. Only a pending report can be resolved: the update that resolves
 * it is conditional on that, so a double submit or a second admin gets `report_resolved` and changes nothing.
 */
export async function resolveReport({
  db,
  now,
  adminId,
  reportId,
  outcome,
  note,
}: Input): Promise<{ report: TAdminReport; events: DomainEvent[] }> {
  return transactionWithEvents(db, async (tx) => {
    const [target] = await tx
      .select({ slotId: bookings.slotId, bookingId: bookings.id, candidateId: bookings.candidateId })
      .from(noShowReports)
      .innerJoin(bookings, eq(bookings.id, noShowReports.bookingId))
      .where(eq(noShowReports.id, reportId));
    if (!target) throw new AppError('not_found', 'No such report');
    // The slot's lock first, as every change to an interview takes it, then the booking's, which feedback
    // takes before it pays the interviewer: a review written while this runs waits for the outcome and sees
    // it, and this sees any review committed before it (the point is paid once either way).
    const slot = await lockSlot(tx, target.slotId);
    await tx
      .select({ id: bookings.id })
      .from(bookings)
      .where(eq(bookings.id, target.bookingId))
      .for('no key update');
    const [resolved] = await tx
      .update(noShowReports)
      .set({ status: outcome, resolvedBy: adminId, resolutionNote: note, resolvedAt: now })
      .where(and(eq(noShowReports.id, reportId), eq(noShowReports.status, 'pending')))
      .returning();
    if (!resolved) throw new AppError('report_resolved');

    const accused: SlotRole = resolved.accusedId === slot.interviewerId ? 'interviewer' : 'candidate';
    const interview = {
      bookingId: target.bookingId,
      interviewerId: slot.interviewerId,
      candidateId: target.candidateId,
      endsAt: slot.endsAt,
    };
    const { effects, events } = await applyOutcome(tx, { outcome, accused, reportId, interview, now });
    await recordAudit(tx, {
      actorId: adminId,
      action: outcome === 'upheld' ? 'report.upheld' : 'report.rejected',
      targetUserId: resolved.accusedId,
      target: { type: 'report', id: reportId },
      before: { status: 'pending' },
      after: { status: outcome, ...effects },
      reason: note,
      details: { slotId: slot.id, bookingId: target.bookingId, accused },
      now,
    });
    // A strike lowers the struck person's attendance, which their open slots show on the exchange.
    if (effects.strike) events.push(...(await interviewerCardsChanged(tx, [resolved.accusedId], now)));
    const news = { slotId: slot.id, reportId, outcome, accused, note };
    events.push(
      domainEvent('report.resolved', slot.interviewerId, news, now),
      domainEvent('report.resolved', target.candidateId, news, now),
    );
    return { report: await adminReport(tx, reportId, now), events };
  });
}
