import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { AppError } from '#functions/kernel/app-error.ts';
import type { AppEnv, CurrentUser } from '#functions/kernel/context.ts';
import { documented } from '#functions/kernel/route.ts';
import { ensureSessionHint, readAccessCookie } from './cookies.ts';
import { sessionStatus } from './sessions.ts';
import { verifyAccessToken } from './tokens.ts';

/**
 * The signed-in user, or 401. Besides the token's signature and expiry, the session must still be live and
 * the account active, so logout, a password change or a block take effect at once, not when the token expires.
 */
export async function requireUser<E extends AppEnv>(c: Context<E>): Promise<CurrentUser> {
  const token = readAccessCookie(c);
  if (!token) throw new AppError('unauthenticated');
  const { db, now, config } = c.var.deps;
  const claims = await verifyAccessToken(token, { secret: config.JWT_SECRET, now: now() });
  const session = await sessionStatus(db, claims);
  if (session.state === 'ended') throw new AppError('session_ended');
  if (session.state === 'blocked') throw new AppError('account_blocked');
  return { id: claims.userId, role: session.role, sessionId: claims.sessionId };
}

export async function requireAdmin<E extends AppEnv>(c: Context<E>): Promise<CurrentUser> {
  const user = await requireUser(c);
  if (user.role !== 'admin') throw new AppError('forbidden', 'Only admins may do this');
  return user;
}

/**
 * For public routes that show more to a signed-in viewer: no access cookie means a guest; a cookie that no
 * longer verifies is a 401, so the client refreshes instead of silently seeing the guest view.
 */
export async function optionalUser<E extends AppEnv>(c: Context<E>): Promise<CurrentUser | null> {
  return readAccessCookie(c) ? requireUser(c) : null;
}

type WithUser = { Variables: { user: CurrentUser } };
type WithViewer = { Variables: { viewer: CurrentUser | null } };

const SESSION_ERRORS = ['unauthenticated', 'token_invalid', 'session_ended', 'account_blocked'] as const;

/**
 * Who may call a route, declared once per route as its first middleware: each guard both enforces its rule
 * and documents it (security scheme, `x-access`, the errors it answers). A handler behind `access.user`
 * reads `c.var.user`; behind `access.viewer`, `c.var.viewer` (null for a guest).
 */
export const access = {
  /** Anyone, signed in or not. */
  public: documented(
    createMiddleware<AppEnv>(async (_c, next) => {
      await next();
    }),
    { 'x-access': 'public', security: [] },
  ),
  /** Anyone holding the private URL: the secret is the path itself, checked by the handler. */
  feedToken: documented(
    createMiddleware<AppEnv>(async (_c, next) => {
      await next();
    }),
    { 'x-access': 'feed-token', security: [], 'x-errors': ['not_found'] },
  ),
  /** Anyone; a signed-in viewer sees more. A cookie that no longer verifies is a 401 (refresh, then retry). */
  viewer: documented(
    createMiddleware<AppEnv & WithViewer>(async (c, next) => {
      const viewer = await optionalUser(c);
      if (viewer) ensureSessionHint(c);
      c.set('viewer', viewer);
      await next();
    }),
    { 'x-access': 'optional-user', security: [{}, { session: [] }], 'x-errors': ['token_invalid'] },
  ),
  /** A signed-in user with a live session and an active account. */
  user: documented(
    createMiddleware<AppEnv & WithUser>(async (c, next) => {
      c.set('user', await requireUser(c));
      ensureSessionHint(c);
      await next();
    }),
    { 'x-access': 'user', security: [{ session: [] }], 'x-errors': [...SESSION_ERRORS] },
  ),
  /** A signed-in admin. */
  admin: documented(
    createMiddleware<AppEnv & WithUser>(async (c, next) => {
      c.set('user', await requireAdmin(c));
      await next();
    }),
    { 'x-access': 'admin', security: [{ session: [] }], 'x-errors': [...SESSION_ERRORS, 'forbidden'] },
  ),
};
