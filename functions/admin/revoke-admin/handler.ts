import { Hono } from 'hono';
import { ADMIN_API_PREFIX } from '#contract/admin.ts';
import { ZAdminReasonBody, ZAdminUserSummary } from '#contract/admin-users.ts';
import { ZIdParam } from '#contract/common.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { revokeAdminRole } from './revoke-admin.ts';

export default new Hono<AppEnv>().post(
  `${ADMIN_API_PREFIX}/users/:id/revoke-admin`,
  access.admin,
  describe({
    tag: 'Admin: users',
    summary: 'Take the admin role away (never from oneself, never from the last active admin)',
    success: { status: 200, description: 'The account, now a user', schema: ZAdminUserSummary },
    errors: ['not_found', 'conflict', 'self_action', 'last_admin'],
  }),
  validate('param', ZIdParam),
  validate('json', ZAdminReasonBody),
  async (c) => {
    const { user } = c.var;
    const { db, now } = c.var.deps;
    return c.json(
      await revokeAdminRole({
        db,
        now: now(),
        actorId: user.id,
        userId: c.req.valid('param').id,
        reason: c.req.valid('json').reason,
      }),
    );
  },
);
