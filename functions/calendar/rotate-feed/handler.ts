import { Hono } from 'hono';
import { requireUser } from '../../shared/auth/guards.ts';
import type { AppEnv } from '../../shared/context.ts';
import { describe } from '../../shared/openapi.ts';
import { originOf } from '../../shared/origin.ts';
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
