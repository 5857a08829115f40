import { Hono } from 'hono';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/openapi.ts';
import { listProfessions } from './list-professions.ts';
import { ZProfessionList } from './schema.ts';

export default new Hono<AppEnv>().get(
  '/api/professions',
  describe({
    tag: 'Exchange',
    access: 'public',
    summary: 'The professions offered',
    success: { status: 200, description: 'Professions in the admins’ order', schema: ZProfessionList },
  }),
  async (c) => c.json(await listProfessions({ db: c.var.deps.db })),
);
