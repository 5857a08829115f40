import { Hono } from 'hono';
import { ZAdminReport } from '#contract/admin-moderation.ts';
import { ZIdParam } from '#contract/common.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { getReport } from './get-report.ts';

export default new Hono<AppEnv>().get(
  '/api/admin/reports/:id',
  access.admin,
  describe({
    tag: 'Admin',
    summary: 'One no-show report with both check-ins and both sides’ records',
    success: { status: 200, description: 'The report', schema: ZAdminReport },
    errors: ['not_found'],
  }),
  validate('param', ZIdParam),
  async (c) => {
    const { db, now } = c.var.deps;
    return c.json(await getReport({ db, now: now(), reportId: c.req.valid('param').id }));
  },
);
