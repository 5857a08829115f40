import { Hono } from 'hono';
import { requireUser } from '../../shared/auth/guards.ts';
import type { AppEnv } from '../../shared/context.ts';
import { describe } from '../../shared/openapi.ts';
import { ZMe } from '../../shared/users.ts';
import { validate } from '../../shared/validation.ts';
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
