import { Hono } from 'hono';
import { ADMIN_API_PREFIX } from '#contract/admin.ts';
import { ZDashboard, ZDashboardQuery } from '#contract/admin-dashboard.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { getDashboard } from './get-dashboard.ts';

export default new Hono<AppEnv>().get(
  `${ADMIN_API_PREFIX}/dashboard`,
  access.admin,
  describe({
    tag: 'Admin',
    summary: 'The dashboard: users, interviews per Moscow day, rates, points, top interviewers, professions',
    description:
      'Over a range of Moscow days (default: the last 30, today included; at most 366), for everything or ' +
      'one profession. Days without anything are listed with zeros.',
    success: { status: 200, description: 'The figures', schema: ZDashboard },
  }),
  validate('query', ZDashboardQuery),
  async (c) => {
    const { db, now } = c.var.deps;
    return c.json(await getDashboard({ db, now: now(), ...c.req.valid('query') }));
  },
);
