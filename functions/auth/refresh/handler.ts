import { Hono } from 'hono';
import { access } from '#functions/auth/access.ts';
import { clearSessionCookies, readRefreshCookie, setSessionCookies } from '#functions/auth/cookies.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { refresh } from './refresh.ts';

export default new Hono<AppEnv>().post(
  '/api/auth/refresh',
  access.public,
  describe({
    tag: 'Accounts',
    summary: 'Trade the refresh token for new session cookies',
    success: { status: 204, description: 'New cookies are set' },
    errors: ['refresh_invalid', 'refresh_reused'],
  }),
  async (c) => {
    const { db, now, config, dispatch } = c.var.deps;
    try {
      setSessionCookies(c, await refresh({ db, now: now(), config, refreshToken: readRefreshCookie(c) }));
    } catch (error) {
      // A dead refresh token is of no further use to the browser: drop both cookies with the refusal.
      if (error instanceof AppError) clearSessionCookies(c);
      // A reused token ended its session before the refusal (committed): the live connections must hear of it.
      if (error instanceof AppError && error.code === 'refresh_reused') await dispatch();
      throw error;
    }
    return c.body(null, 204);
  },
);
