import { Hono } from 'hono';
import { ZLoginParam, ZProfile } from '#contract/profiles.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { getProfile } from './get-profile.ts';

export default new Hono<AppEnv>().get(
  '/api/users/:login',
  access.public,
  describe({
    tag: 'Profiles',
    summary: 'A user’s public profile: interviews, rating with its distribution, attendance and strikes',
    success: { status: 200, description: 'The profile', schema: ZProfile },
    errors: ['not_found'],
  }),
  validate('param', ZLoginParam),
  async (c) => c.json(await getProfile({ db: c.var.deps.db, login: c.req.valid('param').login })),
);
