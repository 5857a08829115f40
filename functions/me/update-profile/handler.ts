import { Hono } from 'hono';
import { requireUser } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/openapi.ts';
import { validate } from '#functions/kernel/validation.ts';
import { ZMe } from '#functions/me/profile.ts';
import { ZUpdateProfileBody } from './schema.ts';
import { updateProfile } from './update-profile.ts';

export default new Hono<AppEnv>().patch(
  '/api/me',
  describe({
    tag: 'Me',
    access: 'user',
    summary: 'Update the profile',
    success: { status: 200, description: 'The account after the change', schema: ZMe },
  }),
  validate('json', ZUpdateProfileBody),
  async (c) => {
    const user = await requireUser(c);
    const { db, now } = c.var.deps;
    return c.json(await updateProfile({ db, now: now(), userId: user.id, ...c.req.valid('json') }));
  },
);
