import { Hono } from 'hono';
import { requireUser } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/openapi.ts';
import { originOf } from '#functions/kernel/origin.ts';
import { rotateFeed } from './rotate-feed.ts';
import { ZFeedUrl } from './schema.ts';

export default new Hono<AppEnv>().post(
  '/api/me/calendar-feed',
  describe({
    tag: 'Calendar',
    access: 'user',
    summary: 'Make a new private calendar feed URL (revokes the old one)',
    success: { status: 201, description: 'The feed URL, shown once', schema: ZFeedUrl },
  }),
  async (c) => {
    const user = await requireUser(c);
    const { db, now } = c.var.deps;
    const origin = originOf(c);
    return c.json(await rotateFeed({ db, now: now(), userId: user.id, origin }), 201);
  },
);
