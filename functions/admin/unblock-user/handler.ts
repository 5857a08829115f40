import { Hono } from 'hono';
import { ADMIN_API_PREFIX } from '#contract/admin.ts';
import { ZAdminReasonBody, ZAdminUserSummary } from '#contract/admin-users.ts';
import { ZIdParam } from '#contract/common.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { unblockUser } from './unblock-user.ts';

export default new Hono<AppEnv>().post(
  `${ADMIN_API_PREFIX}/users/:id/unblock`,
  access.admin,
  describe({
    tag: 'Admin: users',
    summary: 'Unblock an account: the person can sign in again',
    success: { status: 200, description: 'The account', schema: ZAdminUserSummary },
    errors: ['not_found', 'conflict'],
  }),
  validate('param', ZIdParam),
  validate('json', ZAdminReasonBody),
  async (c) => {
    const { user } = c.var;
    const { db, now } = c.var.deps;
    return c.json(
      await unblockUser({
        db,
        now: now(),
        actorId: user.id,
        userId: c.req.valid('param').id,
        reason: c.req.valid('json').reason,
      }),
    );
  },
);
