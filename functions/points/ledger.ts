import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '#db/client.ts';
import { ledgerEntries, users } from '#db/schema/index.ts';
import { AppError, CHECK_VIOLATION, sqlState } from '#functions/kernel/app-error.ts';

type LedgerReason = (typeof ledgerEntries.$inferInsert)['reason'];

export type LedgerPosting = {
  userId: string;
  delta: number;
  reason: LedgerReason;
  /** What the entry pays for; (user, reason, reference) is unique, so the same event never pays twice. */
  reference: string;
  bookingId?: string;
  note?: string;
  now: Date;
};

/**
 * The only way a balance changes: one ledger entry and the cached balance, in the caller's transaction.
 * Returns the new balance, or undefined when this event was already posted (a retry or a second job run).
 * A debit past zero is refused by the database's CHECK and surfaces as `insufficient_points`.
 */
export async function postLedgerEntry(tx: Db | Tx, posting: LedgerPosting): Promise<number | undefined> {
  const inserted = await tx
    .insert(ledgerEntries)
    .values({
      userId: posting.userId,
      delta: posting.delta,
      reason: posting.reason,
      reference: posting.reference,
      bookingId: posting.bookingId,
      note: posting.note ?? '',
      createdAt: posting.now,
    })
    .onConflictDoNothing({ target: [ledgerEntries.userId, ledgerEntries.reason, ledgerEntries.reference] })
    .returning({ id: ledgerEntries.id });
  if (inserted.length === 0) return undefined;
  try {
    const [row] = await tx
      .update(users)
      .set({ balance: sql`${users.balance} + ${posting.delta}`, updatedAt: posting.now })
      .where(eq(users.id, posting.userId))
      .returning({ balance: users.balance });
    if (!row) throw new AppError('not_found', 'No such user');
    return row.balance;
  } catch (error) {
    if (sqlState(error) === CHECK_VIOLATION)
      throw new AppError('insufficient_points', undefined, { cause: error });
    throw error;
  }
}
