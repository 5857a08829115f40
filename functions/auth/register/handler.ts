import { Hono } from 'hono';
import { ZAuthResponse, ZRegisterBody } from '#contract/auth.ts';
import { access } from '#functions/auth/access.ts';
import { setSessionCookies } from '#functions/auth/cookies.ts';
import { refusingCommonPasswords } from '#functions/auth/passwords.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { register } from './register.ts';

export default new Hono<AppEnv>().post(
  '/api/auth/register',
  access.public,
  describe({
    tag: 'Accounts',
    summary: 'Create an account and sign in',
    success: { status: 201, description: 'The new account; session cookies are set', schema: ZAuthResponse },
    errors: ['login_taken'],
  }),
  validate('json', refusingCommonPasswords(ZRegisterBody, 'password')),
  async (c) => {
    const { db, now, config } = c.var.deps;
    const { user, tokens } = await register({
      db,
      now: now(),
      config,
      userAgent: c.req.header('user-agent') ?? '',
      ...c.req.valid('json'),
    });
    setSessionCookies(c, tokens);
    return c.json({ user }, 201);
  },
);
