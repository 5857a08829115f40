import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '#db/client.ts';
import { userProfessions, users } from '#db/schema/index.ts';
import { AppError } from '#functions/kernel/app-error.ts';

export const ZLevel = z.enum(['junior', 'middle', 'senior']);

/** The signed-in user's own view of their account (GET /api/me and the auth responses). */
export const ZMe = z.object({
  id: z.uuid(),
  login: z.string(),
  displayName: z.string(),
  bio: z.string(),
  contacts: z.string(),
  timeZone: z.string(),
  level: ZLevel.nullable(),
  role: z.enum(['user', 'admin']),
  balance: z.number().int(),
  professionIds: z.array(z.uuid()),
  createdAt: z.iso.datetime(),
});
export type TMe = z.infer<typeof ZMe>;

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
