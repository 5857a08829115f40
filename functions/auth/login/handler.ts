import { Hono } from 'hono';
import { setSessionCookies } from '#functions/auth/cookies.ts';
import { ZAuthResponse } from '#functions/auth/register/schema.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/openapi.ts';
import { validate } from '#functions/kernel/validation.ts';
import { login } from './login.ts';
import { ZLoginBody } from './schema.ts';

export default new Hono<AppEnv>().post(
  '/api/auth/login',
  describe({
    tag: 'Accounts',
    access: 'public',
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
