import { Hono } from 'hono';
import { setSessionCookies } from '../../shared/auth/cookies.ts';
import type { AppEnv } from '../../shared/context.ts';
import { validate } from '../../shared/validation.ts';
import { login } from './login.ts';
import { ZLoginBody } from './schema.ts';

export default new Hono<AppEnv>().post('/api/auth/login', validate('json', ZLoginBody), async (c) => {
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
});
