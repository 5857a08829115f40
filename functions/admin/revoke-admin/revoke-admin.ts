import { and, eq } from 'drizzle-orm';
import type { TAdminUserSummary } from '#contract/admin-users.ts';
import type { Db } from '#db/client.ts';
import { users } from '#db/schema/index.ts';
import { lockAccount, lockAdmins, summaryColumns, toSummary } from '#functions/admin/accounts.ts';
import { recordAudit } from '#functions/admin/audit.ts';
import { AppError } from '#functions/kernel/app-error.ts';

type Input = { db: Db; now: Date; actorId: string; userId: string; reason: string };

/**
 * Takes the admin role away. The last active admin keeps it: every admin's row is locked before counting,
 * so when two admins take each other's role at the same moment the second waits, then finds the other is
 * the last one and is refused (`last_admin`). Nobody takes their own role (`self_action`).
 */
export async function revokeAdminRole({
  db,
  now,
  actorId,
  userId,
  reason,
}: Input): Promise<TAdminUserSummary> {
  if (actorId === userId) throw new AppError('self_action', 'Admins cannot take their own role');
  return db.transaction(async (tx) => {
    const admins = await lockAdmins(tx);
    const target = admins.find((admin) => admin.id === userId);
    if (!target) {
      await lockAccount(tx, userId);
      throw new AppError('conflict', 'This user is not an admin');
    }
    if (!admins.some((admin) => admin.id !== userId && admin.status === 'active'))
      throw new AppError('last_admin');
    if (!admins.some((admin) => admin.id === actorId && admin.status === 'active'))
      throw new AppError('forbidden', 'Only admins may do this');
    const [user] = await tx
      .update(users)
      .set({ role: 'user', updatedAt: now })
      .where(and(eq(users.id, userId), eq(users.role, 'admin')))
      .returning(summaryColumns);
    if (!user) throw new Error('admin row changed under its lock');
    await recordAudit(tx, {
      actorId,
      action: 'admin.revoked',
      targetUserId: userId,
      before: { role: 'admin' },
      after: { role: 'user' },
      reason,
      now,
    });
    return toSummary(user);
  });
}
