import { Hono } from 'hono';
import { requireUser } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/openapi.ts';
import { loadMe, ZMe } from '#functions/me/profile.ts';

export default new Hono<AppEnv>().get(
  '/api/me',
  describe({
    tag: 'Me',
    access: 'user',
    summary: 'The signed-in account',
    success: { status: 200, description: 'The account', schema: ZMe },
  }),
  async (c) => {
    const user = await requireUser(c);
    return c.json(await loadMe(c.var.deps.db, user.id));
  },
);
