import { Hono } from 'hono';
import { ZFlaggedPairs } from '#contract/admin-moderation.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { listFlaggedPairs } from './list-flagged-pairs.ts';

export default new Hono<AppEnv>().get(
  '/api/admin/pairs',
  access.admin,
  describe({
    tag: 'Admin',
    summary: 'Pairs who interview each other suspiciously often (anti-farming), the busiest first',
    success: { status: 200, description: 'The flagged pairs (at most 100)', schema: ZFlaggedPairs },
  }),
  async (c) => {
    const { db, now } = c.var.deps;
    return c.json(await listFlaggedPairs({ db, now: now() }));
  },
);
