import type { TAdminInterviewDetail } from '#contract/admin-interviews.ts';
import type { DomainEvent } from '#contract/events.ts';
import type { Db } from '#db/client.ts';
import { recordAudit } from '#functions/admin/audit.ts';
import { adminMayCancel, interviewDetail } from '#functions/admin/interviews.ts';
import { transactionWithEvents } from '#functions/events/outbox.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import { callOffSlot } from '#functions/slots/cancellation.ts';
import { lockSlot } from '#functions/slots/scheduling.ts';

type Input = { db: Db; now: Date; actorId: string; slotId: string; reason: string };

/**
 * An admin calls off an open or booked interview, with a reason, at any time before it is completed: the slot
 * is cancelled, a booked candidate refunded (once: the refund is keyed by the booking) and told, the
 * interviewer told; nobody takes a strike. The slot's lock makes a second admin (or a double submit) find it
 * cancelled and get a conflict; the audit entry commits with the cancellation.
 */
export async function cancelInterview({
  db,
  now,
  actorId,
  slotId,
  reason,
}: Input): Promise<{ interview: TAdminInterviewDetail; events: DomainEvent[] }> {
  const { events } = await transactionWithEvents(db, async (tx) => {
    const current = await lockSlot(tx, slotId);
    if (!adminMayCancel(current.status))
      throw new AppError(
        'slot_not_available',
        `This interview is ${current.status}: it can no longer be cancelled`,
      );
    const { row, booking, events } = await callOffSlot(tx, current, { by: 'admin', now });
    await recordAudit(tx, {
      actorId,
      action: 'interview.cancelled',
      targetUserId: current.interviewerId,
      target: { type: 'interview', id: slotId },
      before: { status: current.status, candidateId: booking?.candidateId ?? null },
      after: { status: row.status, refunded: booking ? booking.candidateId : null },
      reason,
      now,
    });
    return { events };
  });
  return { interview: await interviewDetail(db, slotId), events };
}
