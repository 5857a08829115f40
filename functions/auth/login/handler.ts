import { Hono } from 'hono';
import { ZAuthResponse, ZLoginBody } from '#contract/auth.ts';
import { access } from '#functions/auth/access.ts';
import { setSessionCookies } from '#functions/auth/cookies.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { login } from './login.ts';

export default new Hono<AppEnv>().post(
  '/api/auth/login',
  access.public,
  describe({
    tag: 'Accounts',
    summary: 'Sign in',
    success: { status: 200, description: 'The account; session cookies are set', schema: ZAuthResponse },
    errors: ['invalid_credentials', 'rate_limited', 'account_blocked'],
  }),
  validate('json', ZLoginBody),
  async (c) => {
    const { db, now, config, loginLimiter } = c.var.deps;
    const { user, tokens } = await login({
      db,
      now: now(),
      config,
      limiter: loginLimiter,
      clientIp: c.var.clientIp,
      userAgent: c.req.header('user-agent') ?? '',
      ...c.req.valid('json'),
    });
    setSessionCookies(c, tokens);
    return c.json({ user }, 200);
  },
);
