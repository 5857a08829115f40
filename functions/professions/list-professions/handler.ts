import { Hono } from 'hono';
import type { AppEnv } from '../../shared/context.ts';
import { listProfessions } from './list-professions.ts';

export default new Hono<AppEnv>().get('/api/professions', async (c) =>
  c.json(await listProfessions({ db: c.var.deps.db })),
);
