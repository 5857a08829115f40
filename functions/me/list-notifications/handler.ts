import { Hono } from 'hono';
import { requireUser } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/openapi.ts';
import { validate } from '#functions/kernel/validation.ts';
import { listNotifications } from './list-notifications.ts';
import { ZNotificationPage, ZNotificationsQuery } from './schema.ts';

export default new Hono<AppEnv>().get(
  '/api/me/notifications',
  describe({
    tag: 'Me',
    access: 'user',
    summary: 'My notifications, newest first, with the unread count',
    success: { status: 200, description: 'A page of notifications', schema: ZNotificationPage },
  }),
  validate('query', ZNotificationsQuery),
  async (c) => {
    const user = await requireUser(c);
    return c.json(await listNotifications({ db: c.var.deps.db, userId: user.id, ...c.req.valid('query') }));
  },
);
