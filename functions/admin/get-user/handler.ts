import { Hono } from 'hono';
import { ADMIN_API_PREFIX } from '#contract/admin.ts';
import { ZAdminUserCard } from '#contract/admin-users.ts';
import { ZIdParam } from '#contract/common.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { getUser } from './get-user.ts';

export default new Hono<AppEnv>().get(
  `${ADMIN_API_PREFIX}/users/:id`,
  access.admin,
  describe({
    tag: 'Admin: users',
    summary: 'A user card: profile, balance and ledger, strikes, interviews, reports, live sessions',
    success: { status: 200, description: 'The card', schema: ZAdminUserCard },
    errors: ['not_found'],
  }),
  validate('param', ZIdParam),
  async (c) => {
    const { db, now } = c.var.deps;
    return c.json(await getUser({ db, now: now(), userId: c.req.valid('param').id }));
  },
);
