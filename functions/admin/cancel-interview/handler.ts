import { Hono } from 'hono';
import { ZAdminInterviewDetail, ZCancelInterviewBody } from '#contract/admin-interviews.ts';
import { ZIdParam } from '#contract/common.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { cancelInterview } from './cancel-interview.ts';

export default new Hono<AppEnv>().post(
  '/api/admin/interviews/:id/cancel',
  access.admin,
  describe({
    tag: 'Admin',
    summary: 'Cancel an interview (the candidate is refunded; both sides are told)',
    description:
      'An open or booked interview, started or not, until it is completed. The reason goes into the audit log.',
    success: {
      status: 200,
      description: 'The interview after the cancellation',
      schema: ZAdminInterviewDetail,
    },
    errors: ['not_found', 'slot_not_available'],
  }),
  validate('param', ZIdParam),
  validate('json', ZCancelInterviewBody),
  async (c) => {
    const { db, now, dispatch } = c.var.deps;
    const result = await cancelInterview({
      db,
      now: now(),
      actorId: c.var.user.id,
      slotId: c.req.valid('param').id,
      reason: c.req.valid('json').reason,
    });
    await dispatch();
    return c.json(result.interview);
  },
);
