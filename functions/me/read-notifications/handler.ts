import { Hono } from 'hono';
import { requireUser } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/openapi.ts';
import { validate } from '#functions/kernel/validation.ts';
import { readNotifications } from './read-notifications.ts';
import { ZReadNotificationsBody, ZUnread } from './schema.ts';

export default new Hono<AppEnv>().post(
  '/api/me/notifications/read',
  describe({
    tag: 'Me',
    access: 'user',
    summary: 'Mark notifications read (all, or the ids given)',
    success: { status: 200, description: 'The unread count after', schema: ZUnread },
  }),
  validate('json', ZReadNotificationsBody),
  async (c) => {
    const user = await requireUser(c);
    const { db, now } = c.var.deps;
    return c.json(await readNotifications({ db, now: now(), userId: user.id, ids: c.req.valid('json').ids }));
  },
);
