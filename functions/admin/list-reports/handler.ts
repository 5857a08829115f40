import { Hono } from 'hono';
import { ZReportPage, ZReportsQuery } from '#contract/admin-moderation.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { listReports } from './list-reports.ts';

export default new Hono<AppEnv>().get(
  '/api/admin/reports',
  access.admin,
  describe({
    tag: 'Admin',
    summary: 'The no-show moderation queue: pending reports oldest first, resolved ones latest first',
    success: { status: 200, description: 'A page of reports with the pending count', schema: ZReportPage },
  }),
  validate('query', ZReportsQuery),
  async (c) => {
    const { db, now } = c.var.deps;
    return c.json(await listReports({ db, now: now(), ...c.req.valid('query') }));
  },
);
