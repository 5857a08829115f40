import { Hono } from 'hono';
import { ADMIN_API_PREFIX } from '#contract/admin.ts';
import { ZAdminReasonBody, ZBlockResult } from '#contract/admin-users.ts';
import { ZIdParam } from '#contract/common.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { blockUser } from './block-user.ts';

export default new Hono<AppEnv>().post(
  `${ADMIN_API_PREFIX}/users/:id/block`,
  access.admin,
  describe({
    tag: 'Admin: users',
    summary: 'Block an account: its sessions end, its future slots and bookings are called off with refunds',
    success: { status: 200, description: 'The account and what was called off', schema: ZBlockResult },
    errors: ['not_found', 'self_action', 'conflict'],
  }),
  validate('param', ZIdParam),
  validate('json', ZAdminReasonBody),
  async (c) => {
    const { user } = c.var;
    const { db, now, dispatch } = c.var.deps;
    const { result } = await blockUser({
      db,
      now: now(),
      actorId: user.id,
      userId: c.req.valid('param').id,
      reason: c.req.valid('json').reason,
    });
    await dispatch();
    return c.json(result);
  },
);
