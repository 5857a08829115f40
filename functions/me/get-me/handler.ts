import { Hono } from 'hono';
import { requireUser } from '../../shared/auth/guards.ts';
import type { AppEnv } from '../../shared/context.ts';
import { loadMe } from '../../shared/users.ts';

export default new Hono<AppEnv>().get('/api/me', async (c) => {
  const user = await requireUser(c);
  return c.json(await loadMe(c.var.deps.db, user.id));
});
