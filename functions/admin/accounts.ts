import { and, asc, eq } from 'drizzle-orm';
import type { TAdminUserSummary } from '#contract/admin-users.ts';
import type { Db, Tx } from '#db/client.ts';
import { users } from '#db/schema/index.ts';
import { AppError } from '#functions/kernel/app-error.ts';

/** The columns of a person as the admin's lists and action answers show them. */
export const summaryColumns = {
  id: users.id,
  login: users.login,
  displayName: users.displayName,
  role: users.role,
  status: users.status,
  balance: users.balance,
  strikes: users.strikes,
  createdAt: users.createdAt,
};

type SummaryRow = { [K in keyof typeof summaryColumns]: (typeof summaryColumns)[K]['_']['data'] };

export const toSummary = (row: SummaryRow): TAdminUserSummary => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});

/**
 * Locks one account's row for the admin action at hand, whatever its status (a blocked account is still
 * adjusted, unblocked, demoted). NO KEY UPDATE, as lockUser takes it: the person's own bookings and
 * publications queue behind the action, and the action behind them. Taken after any slot's lock.
 */
export async function lockAccount(tx: Tx, userId: string) {
  const [row] = await tx.select().from(users).where(eq(users.id, userId)).for('no key update');
  if (!row) throw new AppError('not_found', 'No such user');
  return row;
}

/**
 * Locks every admin's row, in id order, and returns them: whoever counts the admins to keep the last one
 * holds all of them, so two admins taking each other's role (or blocking each other) at the same moment
 * queue, and the second sees the first one's outcome. The fixed order keeps two such actions from
 * deadlocking.
 */
export async function lockAdmins(tx: Tx) {
  return tx
    .select({ id: users.id, status: users.status })
    .from(users)
    .where(eq(users.role, 'admin'))
    .orderBy(asc(users.id))
    .for('no key update');
}

/** Whether the person is the only admin who can still act (an active one). */
export async function isLastActiveAdmin(db: Db | Tx, userId: string): Promise<boolean> {
  const acting = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.status, 'active')))
    .limit(2);
  return acting.length === 1 && acting[0]?.id === userId;
}
