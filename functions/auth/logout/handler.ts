import { Hono } from 'hono';
import { access } from '#functions/auth/access.ts';
import { clearSessionCookies, readRefreshCookie } from '#functions/auth/cookies.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { logout } from './logout.ts';

export default new Hono<AppEnv>().post(
  '/api/auth/logout',
  access.public,
  describe({
    tag: 'Accounts',
    summary: 'Sign out on this device',
    success: { status: 204, description: 'The session is ended and its cookies cleared' },
  }),
  async (c) => {
    const { db, now, dispatch } = c.var.deps;
    await logout({ db, now: now(), refreshToken: readRefreshCookie(c) });
    await dispatch();
    clearSessionCookies(c);
    return c.body(null, 204);
  },
);
