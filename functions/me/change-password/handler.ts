import { Hono } from 'hono';
import { ZChangePasswordBody } from '#contract/auth.ts';
import { access } from '#functions/auth/access.ts';
import { refusingCommonPasswords } from '#functions/auth/passwords.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { changePassword } from './change-password.ts';

export default new Hono<AppEnv>().post(
  '/api/me/password',
  access.user,
  describe({
    tag: 'Me',
    summary: 'Change the password (ends the other sessions)',
    success: { status: 204, description: 'Changed' },
    errors: ['wrong_password'],
  }),
  validate('json', refusingCommonPasswords(ZChangePasswordBody, 'newPassword')),
  async (c) => {
    const { user } = c.var;
    const { db, now, config, dispatch } = c.var.deps;
    await changePassword({
      db,
      now: now(),
      config,
      userId: user.id,
      sessionId: user.sessionId,
      ...c.req.valid('json'),
    });
    await dispatch();
    return c.body(null, 204);
  },
);
