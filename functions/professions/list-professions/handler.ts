import { Hono } from 'hono';
import { ZProfessionList } from '#contract/professions.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { listProfessions } from './list-professions.ts';

export default new Hono<AppEnv>().get(
  '/api/professions',
  access.public,
  describe({
    tag: 'Exchange',
    summary: 'The professions offered',
    success: { status: 200, description: 'Professions in the admins’ order', schema: ZProfessionList },
  }),
  async (c) => c.json(await listProfessions({ db: c.var.deps.db })),
);
