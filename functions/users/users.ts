import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { users } from '#db/schema/index.ts';
import { AppError } from '#functions/kernel/app-error.ts';

/** An active user by login, in any case, or 404: what the public routes under /api/users/:login share. */
export async function activeUserByLogin(db: Db, login: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(and(sql`lower(${users.login}) = ${login.toLowerCase()}`, eq(users.status, 'active')));
  if (!user) throw new AppError('not_found', 'No such user');
  return user;
}
