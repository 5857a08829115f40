import { and, eq, isNull } from 'drizzle-orm';
import type { Context } from 'hono';
import { sessions, users } from '#db/schema/index.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import type { AppEnv, CurrentUser } from '#functions/kernel/context.ts';
import { readAccessCookie } from './cookies.ts';
import { verifyAccessToken } from './tokens.ts';

/**
 * The signed-in user, or 401. Besides the token's signature and expiry, the session must still be live and
 * the account active, so logout, a password change or a block take effect at once, not when the token expires.
 */
export async function requireUser(c: Context<AppEnv>): Promise<CurrentUser> {
  const known = c.get('user');
  if (known) return known;
  const token = readAccessCookie(c);
  if (!token) throw new AppError('unauthenticated');
  const { db, now, config } = c.var.deps;
  const claims = await verifyAccessToken(token, { secret: config.JWT_SECRET, now: now() });
  const [row] = await db
    .select({ role: users.role, status: users.status })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(eq(sessions.id, claims.sessionId), eq(sessions.userId, claims.userId), isNull(sessions.revokedAt)),
    );
  if (!row) throw new AppError('session_ended');
  if (row.status !== 'active') throw new AppError('account_blocked');
  const user: CurrentUser = { id: claims.userId, role: row.role, sessionId: claims.sessionId };
  c.set('user', user);
  return user;
}

export async function requireAdmin(c: Context<AppEnv>): Promise<CurrentUser> {
  const user = await requireUser(c);
  if (user.role !== 'admin') throw new AppError('forbidden', 'Only admins may do this');
  return user;
}

/**
 * For public routes that show more to a signed-in viewer: no access cookie means a guest; a cookie that no
 * longer verifies is a 401, so the client refreshes instead of silently seeing the guest view.
 */
export async function optionalUser(c: Context<AppEnv>): Promise<CurrentUser | null> {
  return readAccessCookie(c) ? requireUser(c) : null;
}
