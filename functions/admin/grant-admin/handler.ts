import { Hono } from 'hono';
import { ADMIN_API_PREFIX } from '#contract/admin.ts';
import { ZAdminUserSummary, ZGrantAdminBody } from '#contract/admin-users.ts';
import { ZIdParam } from '#contract/common.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { grantAdminRole } from './grant-admin.ts';

export default new Hono<AppEnv>().post(
  `${ADMIN_API_PREFIX}/users/:id/grant-admin`,
  access.admin,
  describe({
    tag: 'Admin: users',
    summary: 'Make a user an admin',
    success: { status: 200, description: 'The account, now an admin', schema: ZAdminUserSummary },
    errors: ['not_found', 'conflict'],
  }),
  validate('param', ZIdParam),
  validate('json', ZGrantAdminBody),
  async (c) => {
    const { user } = c.var;
    const { db, now } = c.var.deps;
    return c.json(
      await grantAdminRole({
        db,
        now: now(),
        actorId: user.id,
        userId: c.req.valid('param').id,
        reason: c.req.valid('json').reason,
      }),
    );
  },
);
