import { asc, eq } from 'drizzle-orm';
import type { TMe } from '#contract/me.ts';
import type { Db, Tx } from '#db/client.ts';
import { userProfessions, users } from '#db/schema/index.ts';
import { AppError } from '#functions/kernel/app-error.ts';

export async function loadMe(db: Db | Tx, userId: string): Promise<TMe> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new AppError('not_found', 'No such user');
  const professions = await db
    .select({ id: userProfessions.professionId })
    .from(userProfessions)
    .where(eq(userProfessions.userId, userId))
    .orderBy(asc(userProfessions.professionId));
  return {
    id: user.id,
    login: user.login,
    displayName: user.displayName,
    bio: user.bio,
    contacts: user.contacts,
    timeZone: user.timeZone,
    level: user.level,
    role: user.role,
    balance: user.balance,
    professionIds: professions.map((p) => p.id),
    createdAt: user.createdAt.toISOString(),
  };
}
