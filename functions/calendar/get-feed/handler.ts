import { Hono } from 'hono';
import { ZFeedParams } from '#contract/calendar.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { getFeed } from './get-feed.ts';

export default new Hono<AppEnv>().get(
  '/api/calendar/:file',
  access.feedToken,
  describe({
    tag: 'Calendar',
    summary: 'The private calendar feed',
    success: { status: 200, description: 'RFC 5545 calendar', contentType: 'text/calendar' },
    errors: ['not_found'],
  }),
  validate('param', ZFeedParams),
  async (c) => {
    const { db, now } = c.var.deps;
    const ics = await getFeed({ db, now: now(), token: c.req.valid('param').file.replace(/\.ics$/, '') });
    return c.body(ics, 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'cache-control': 'private, no-store',
    });
  },
);
