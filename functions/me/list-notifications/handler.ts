import { Hono } from 'hono';
import { ZNotificationPage, ZNotificationsQuery } from '#contract/notifications.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { listNotifications } from './list-notifications.ts';

export default new Hono<AppEnv>().get(
  '/api/me/notifications',
  access.user,
  describe({
    tag: 'Me',
    summary: 'My notifications, newest first, with the unread count',
    success: { status: 200, description: 'A page of notifications', schema: ZNotificationPage },
  }),
  validate('query', ZNotificationsQuery),
  async (c) => {
    const { user } = c.var;
    return c.json(await listNotifications({ db: c.var.deps.db, userId: user.id, ...c.req.valid('query') }));
  },
);
