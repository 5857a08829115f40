import { eq } from 'drizzle-orm';
import type { TAdminUserSummary } from '#contract/admin-users.ts';
import type { Db } from '#db/client.ts';
import { users } from '#db/schema/index.ts';
import { lockAccount, summaryColumns, toSummary } from '#functions/admin/accounts.ts';
import { recordAudit } from '#functions/admin/audit.ts';
import { AppError } from '#functions/kernel/app-error.ts';

type Input = { db: Db; now: Date; actorId: string; userId: string; reason: string };

/**
 * Lets a blocked person sign in again. What the block called off stays called off; the block's time and
 * reason move from the account to the audit entry's `before`.
 */
export async function unblockUser({ db, now, actorId, userId, reason }: Input): Promise<TAdminUserSummary> {
  return db.transaction(async (tx) => {
    const target = await lockAccount(tx, userId);
    if (target.status !== 'blocked') throw new AppError('conflict', 'This user is not blocked');
    const [user] = await tx
      .update(users)
      .set({ status: 'active', blockedAt: null, blockedReason: null, updatedAt: now })
      .where(eq(users.id, userId))
      .returning(summaryColumns);
    if (!user) throw new Error('user vanished under its lock');
    await recordAudit(tx, {
      actorId,
      action: 'user.unblocked',
      targetUserId: userId,
      before: {
        status: 'blocked',
        blockedAt: target.blockedAt?.toISOString() ?? null,
        blockedReason: target.blockedReason,
      },
      after: { status: 'active' },
      reason,
      now,
    });
    return toSummary(user);
  });
}
