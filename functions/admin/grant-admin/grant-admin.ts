import { eq } from 'drizzle-orm';
import type { TAdminUserSummary } from '#contract/admin-users.ts';
import type { Db } from '#db/client.ts';
import { users } from '#db/schema/index.ts';
import { lockAccount, summaryColumns, toSummary } from '#functions/admin/accounts.ts';
import { grantAdmin } from '#functions/admin/admins.ts';
import { AppError } from '#functions/kernel/app-error.ts';

type Input = { db: Db; now: Date; actorId: string; userId: string; reason?: string | undefined };

/** An admin appoints another, found by search; the grant and its audit entry commit together (grantAdmin). */
export async function grantAdminRole({
  db,
  now,
  actorId,
  userId,
  reason,
}: Input): Promise<TAdminUserSummary> {
  return db.transaction(async (tx) => {
    const target = await lockAccount(tx, userId);
    if (target.role === 'admin') throw new AppError('conflict', 'This user is already an admin');
    // A blocked person cannot sign in: an admin role would be a role nobody can use, until someone unblocks.
    if (target.status === 'blocked') throw new AppError('conflict', 'Unblock this user first');
    const granted = await grantAdmin(tx, { userId, actorId, source: 'admin_panel', reason, now });
    if (!granted) throw new Error('grant refused under the row lock');
    const [user] = await tx.select(summaryColumns).from(users).where(eq(users.id, userId));
    if (!user) throw new Error('user vanished under its lock');
    return toSummary(user);
  });
}
