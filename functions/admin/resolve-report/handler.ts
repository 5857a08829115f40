import { Hono } from 'hono';
import { ZAdminReport, ZResolveReportBody } from '#contract/admin-moderation.ts';
import { ZIdParam } from '#contract/common.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { resolveReport } from './resolve-report.ts';

export default new Hono<AppEnv>().post(
  '/api/admin/reports/:id/resolve',
  access.admin,
  describe({
    tag: 'Admin',
    summary: 'Uphold or reject a no-show report with a note (refund, credit and strike exactly once)',
    description:
      'Upholding a report against the interviewer refunds the candidate and strikes the interviewer, who ' +
      'earns nothing; against the candidate, the interviewer earns the point and the candidate is struck. ' +
      'Rejecting lifts the hold on the interviewer’s point. Both participants are told. A report already ' +
      'resolved (a second click, another admin) answers `report_resolved` and changes nothing.',
    success: { status: 200, description: 'The resolved report', schema: ZAdminReport },
    errors: ['not_found', 'report_resolved'],
  }),
  validate('param', ZIdParam),
  validate('json', ZResolveReportBody),
  async (c) => {
    const { db, now, dispatch } = c.var.deps;
    const result = await resolveReport({
      db,
      now: now(),
      adminId: c.var.user.id,
      reportId: c.req.valid('param').id,
      ...c.req.valid('json'),
    });
    await dispatch();
    return c.json(result.report);
  },
);
