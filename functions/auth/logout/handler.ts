import { Hono } from 'hono';
import { clearSessionCookies, readRefreshCookie } from '../../shared/auth/cookies.ts';
import type { AppEnv } from '../../shared/context.ts';
import { logout } from './logout.ts';

export default new Hono<AppEnv>().post('/api/auth/logout', async (c) => {
  const { db, now } = c.var.deps;
  await logout({ db, now: now(), refreshToken: readRefreshCookie(c) });
  clearSessionCookies(c);
  return c.body(null, 204);
});
