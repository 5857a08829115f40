import { Hono } from 'hono';
import { clearSessionCookies, readRefreshCookie } from '../../shared/auth/cookies.ts';
import type { AppEnv } from '../../shared/context.ts';
import { describe } from '../../shared/openapi.ts';
import { logout } from './logout.ts';

export default new Hono<AppEnv>().post(
  '/api/auth/logout',
  describe({
    tag: 'Accounts',
    access: 'public',
    summary: 'Sign out on this device',
    success: { status: 204, description: 'The session is ended and its cookies cleared' },
  }),
  async (c) => {
    const { db, now } = c.var.deps;
    await logout({ db, now: now(), refreshToken: readRefreshCookie(c) });
    clearSessionCookies(c);
    return c.body(null, 204);
  },
);
