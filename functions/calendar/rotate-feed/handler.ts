import { Hono } from 'hono';
import { ZFeedUrl } from '#contract/calendar.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { originOf } from '#functions/kernel/origin.ts';
import { describe } from '#functions/kernel/route.ts';
import { rotateFeed } from './rotate-feed.ts';

export default new Hono<AppEnv>().post(
  '/api/me/calendar-feed',
  access.user,
  describe({
    tag: 'Calendar',
    summary: 'Make a new private calendar feed URL (revokes the old one)',
    success: { status: 201, description: 'The feed URL, shown once', schema: ZFeedUrl },
  }),
  async (c) => {
    const { user } = c.var;
    const { db, now } = c.var.deps;
    const origin = originOf(c);
    return c.json(await rotateFeed({ db, now: now(), userId: user.id, origin }), 201);
  },
);
