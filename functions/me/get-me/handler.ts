import { Hono } from 'hono';
import { ZMe } from '#contract/me.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { loadMe } from '#functions/me/profile.ts';

export default new Hono<AppEnv>().get(
  '/api/me',
  access.user,
  describe({
    tag: 'Me',
    summary: 'The signed-in account',
    success: { status: 200, description: 'The account', schema: ZMe },
  }),
  async (c) => {
    const { user } = c.var;
    return c.json(await loadMe(c.var.deps.db, user.id));
  },
);
