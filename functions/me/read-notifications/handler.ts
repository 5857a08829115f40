import { Hono } from 'hono';
import { ZReadNotificationsBody, ZUnread } from '#contract/notifications.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { readNotifications } from './read-notifications.ts';

export default new Hono<AppEnv>().post(
  '/api/me/notifications/read',
  access.user,
  describe({
    tag: 'Me',
    summary: 'Mark notifications read (all, or the ids given)',
    success: { status: 200, description: 'The unread count after', schema: ZUnread },
  }),
  validate('json', ZReadNotificationsBody),
  async (c) => {
    const { user } = c.var;
    const { db, now } = c.var.deps;
    return c.json(await readNotifications({ db, now: now(), userId: user.id, ids: c.req.valid('json').ids }));
  },
);
