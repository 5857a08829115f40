import { Hono } from 'hono';
import { ZNoShowReportBody } from '#contract/attendance.ts';
import { ZIdParam } from '#contract/common.ts';
import { ZSlotDetails } from '#contract/slots.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { reportNoShow } from './report-no-show.ts';

export default new Hono<AppEnv>().post(
  '/api/slots/:id/no-show-report',
  access.user,
  describe({
    tag: 'Attendance',
    summary: 'Report that the other side did not show up (within 24 hours after the end; once)',
    description:
      'The report waits for an admin; the other side is told. A side that has written its feedback (which ' +
      'confirms the interview) cannot report, and a side that reported cannot then write feedback.',
    success: { status: 201, description: 'The slot with the report', schema: ZSlotDetails },
    errors: [
      'forbidden',
      'not_found',
      'slot_not_available',
      'report_window_closed',
      'report_exists',
      'report_not_applicable',
    ],
  }),
  validate('param', ZIdParam),
  validate('json', ZNoShowReportBody),
  async (c) => {
    const { db, now, dispatch } = c.var.deps;
    const result = await reportNoShow({
      db,
      now: now(),
      userId: c.var.user.id,
      slotId: c.req.valid('param').id,
      comment: c.req.valid('json').comment,
    });
    await dispatch();
    return c.json(result.slot, 201);
  },
);
