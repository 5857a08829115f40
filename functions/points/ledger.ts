import { sql } from 'drizzle-orm';
import { type Db, rowsOf, type Tx } from '#db/client.ts';
import { ledgerEntries, users } from '#db/schema/index.ts';
import { AppError, CHECK_VIOLATION, FOREIGN_KEY_VIOLATION, sqlState } from '#functions/kernel/app-error.ts';

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
 * The only way a balance changes: one ledger entry and the cached balance, in the caller's transaction, in one
 * statement (the entry, then the balance only if the entry was new). Returns the new balance, or undefined
 * when this event was already posted (a retry or a second job run). A debit past zero is refused by the
 * database's CHECK and surfaces as `insufficient_points`; an unknown user by the foreign key, as `not_found`.
 */
export async function postLedgerEntry(tx: Db | Tx, posting: LedgerPosting): Promise<number | undefined> {
  try {
    const [row] = rowsOf<{ balance: number }>(
      await tx.execute(sql`with entry as (
          insert into ${ledgerEntries} (user_id, delta, reason, reference, booking_id, note, created_at)
          values (${posting.userId}, ${posting.delta}, ${posting.reason}, ${posting.reference},
            ${posting.bookingId ?? null}, ${posting.note ?? ''}, ${posting.now.toISOString()}::timestamptz)
          on conflict (user_id, reason, reference) do nothing
          returning user_id
        )
        update ${users} set balance = balance + ${posting.delta}, updated_at = ${posting.now.toISOString()}::timestamptz
        where id = (select user_id from entry)
        returning balance`),
    );
    return row?.balance;
  } catch (error) {
    if (sqlState(error) === CHECK_VIOLATION)
      throw new AppError('insufficient_points', undefined, { cause: error });
    if (sqlState(error) === FOREIGN_KEY_VIOLATION)
      throw new AppError('not_found', 'No such user', { cause: error });
    throw error;
  }
}
