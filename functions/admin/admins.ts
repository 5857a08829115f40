import { and, eq, notExists, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '#db/client.ts';
import { users } from '#db/schema/index.ts';
import { recordAudit } from './audit.ts';

type Grant = {
  userId: string;
  /** The admin who appointed; null for the command line and INITIAL_ADMIN_LOGIN. */
  actorId: string | null;
  source: string;
  /** Why, when an admin appoints from the panel. */
  reason?: string | undefined;
  /** Grant only while the product has no admin at all (the INITIAL_ADMIN_LOGIN rule). */
  onlyIfNoAdmin?: boolean;
  now: Date;
};

/** Makes a user an admin and records who did it. Returns false when nothing changed. */
export async function grantAdmin(tx: Db | Tx, grant: Grant): Promise<boolean> {
  const admins = alias(users, 'admins');
  const noAdminYet = notExists(tx.select({ one: sql`1` }).from(admins).where(eq(admins.role, 'admin')));
  const changed = await tx
    .update(users)
    .set({ role: 'admin', updatedAt: grant.now })
    .where(
      and(eq(users.id, grant.userId), eq(users.role, 'user'), grant.onlyIfNoAdmin ? noAdminYet : undefined),
    )
    .returning({ id: users.id });
  if (changed.length === 0) return false;
  await recordAudit(tx, {
    actorId: grant.actorId,
    action: 'admin.granted',
    targetUserId: grant.userId,
    before: { role: 'user' },
    after: { role: 'admin' },
    reason: grant.reason ?? null,
    details: { source: grant.source },
    now: grant.now,
  });
  return true;
}

export async function findUserIdByLogin(db: Db | Tx, login: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.login}) = ${login.toLowerCase()}`);
  return row?.id;
}
