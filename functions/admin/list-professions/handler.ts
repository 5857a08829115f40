import { Hono } from 'hono';
import { ZAdminProfessionList } from '#contract/admin-professions.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { listAdminProfessions } from './list-professions.ts';

export default new Hono<AppEnv>().get(
  '/api/admin/professions',
  access.admin,
  describe({
    tag: 'Admin',
    summary: 'Every profession, archived ones too, with how many slots use each',
    success: { status: 200, description: 'Professions in the admins’ order', schema: ZAdminProfessionList },
  }),
  async (c) => c.json(await listAdminProfessions({ db: c.var.deps.db })),
);
