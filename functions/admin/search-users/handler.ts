import { Hono } from 'hono';
import { ADMIN_API_PREFIX } from '#contract/admin.ts';
import { ZAdminUserPage, ZUserSearchQuery } from '#contract/admin-users.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { searchUsers } from './search-users.ts';

export default new Hono<AppEnv>().get(
  `${ADMIN_API_PREFIX}/users`,
  access.admin,
  describe({
    tag: 'Admin: users',
    summary: 'Find people by a part of their login or display name (any case, Cyrillic too), newest first',
    success: { status: 200, description: 'A page of people', schema: ZAdminUserPage },
  }),
  validate('query', ZUserSearchQuery),
  async (c) => c.json(await searchUsers({ db: c.var.deps.db, ...c.req.valid('query') })),
);
