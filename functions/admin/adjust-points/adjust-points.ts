import { and, eq } from 'drizzle-orm';
import type { TAdjustPointsBody, TAdjustPointsResult } from '#contract/admin-users.ts';
import { type DomainEvent, domainEvent } from '#contract/events.ts';
import type { Db } from '#db/client.ts';
import { ledgerEntries } from '#db/schema/index.ts';
import { lockAccount } from '#functions/admin/accounts.ts';
import { recordAudit } from '#functions/admin/audit.ts';
import { transactionWithEvents } from '#functions/events/outbox.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import { postLedgerEntry } from '#functions/points/ledger.ts';

type Input = TAdjustPointsBody & { db: Db; now: Date; actorId: string; userId: string };

/**
 * An admin adds or takes points, with a reason the user is told. One ledger entry keyed by the form's
 * `requestId`: a double submit (or a retry after a lost answer) posts nothing more and gets the same answer,
 * and the same id with another amount or reason is refused. Taking more than the balance holds is refused
 * by the database's CHECK (`insufficient_points`) and nothing changes. Blocked accounts are adjusted too.
 */
export async function adjustPoints({
  db,
  now,
  actorId,
  userId,
  delta,
  reason,
  requestId,
}: Input): Promise<{ result: TAdjustPointsResult; events: DomainEvent[] }> {
  return transactionWithEvents(db, async (tx) => {
    const user = await lockAccount(tx, userId);
    const balance = await postLedgerEntry(tx, {
      userId,
      delta,
      reason: 'admin_adjustment',
      reference: requestId,
      note: reason,
      now,
    });
    if (balance === undefined) {
      const [earlier] = await tx
        .select({ delta: ledgerEntries.delta, note: ledgerEntries.note })
        .from(ledgerEntries)
        .where(
          and(
            eq(ledgerEntries.userId, userId),
            eq(ledgerEntries.reason, 'admin_adjustment'),
            eq(ledgerEntries.reference, requestId),
          ),
        );
      if (earlier?.delta !== delta || earlier.note !== reason)
        throw new AppError('conflict', 'This request id was already used for another adjustment');
      return { result: { userId, delta, balance: user.balance }, events: [] };
    }
    await recordAudit(tx, {
      actorId,
      action: 'points.adjusted',
      targetUserId: userId,
      before: { balance: user.balance },
      after: { balance },
      reason,
      details: { delta, requestId },
      now,
    });
    return {
      result: { userId, delta, balance },
      events: [
        domainEvent('points.changed', userId, { balance }, now),
        domainEvent('points.adjusted', userId, { delta, balance, reason }, now),
      ],
    };
  });
}
