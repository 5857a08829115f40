import { Hono } from 'hono';
import { ZAdminInterviewDetail } from '#contract/admin-interviews.ts';
import { ZIdParam } from '#contract/common.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { getInterview } from './get-interview.ts';

export default new Hono<AppEnv>().get(
  '/api/admin/interviews/:id',
  access.admin,
  describe({
    tag: 'Admin',
    summary: 'One interview’s full history',
    description:
      'The slot with its meeting link and every timestamp; every booking (cancelled ones too) with its ' +
      'check-ins, no-show reports, strikes, feedback written and the points that moved; the audit entries ' +
      'about the interview and its reports.',
    success: { status: 200, description: 'The interview', schema: ZAdminInterviewDetail },
    errors: ['not_found'],
  }),
  validate('param', ZIdParam),
  async (c) => c.json(await getInterview({ db: c.var.deps.db, slotId: c.req.valid('param').id })),
);
