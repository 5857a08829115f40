import { Hono } from 'hono';
import { requireUser } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/openapi.ts';
import { validate } from '#functions/kernel/validation.ts';
import { changePassword } from './change-password.ts';
import { ZChangePasswordBody } from './schema.ts';

export default new Hono<AppEnv>().post(
  '/api/me/password',
  describe({
    tag: 'Me',
    access: 'user',
    summary: 'Change the password (ends the other sessions)',
    success: { status: 204, description: 'Changed' },
    errors: ['wrong_password'],
  }),
  validate('json', ZChangePasswordBody),
  async (c) => {
    const user = await requireUser(c);
    const { db, now, config } = c.var.deps;
    await changePassword({
      db,
      now: now(),
      config,
      userId: user.id,
      sessionId: user.sessionId,
      ...c.req.valid('json'),
    });
    return c.body(null, 204);
  },
);
