import { Hono } from 'hono';
import { ZMe, ZUpdateProfileBody } from '#contract/me.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { updateProfile } from './update-profile.ts';

export default new Hono<AppEnv>().patch(
  '/api/me',
  access.user,
  describe({
    tag: 'Me',
    summary: 'Update the profile',
    success: { status: 200, description: 'The account after the change', schema: ZMe },
  }),
  validate('json', ZUpdateProfileBody),
  async (c) => {
    const { user } = c.var;
    const { db, now, dispatch } = c.var.deps;
    const { me } = await updateProfile({ db, now: now(), userId: user.id, ...c.req.valid('json') });
    await dispatch();
    return c.json(me);
  },
);
