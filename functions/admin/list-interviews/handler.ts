import { Hono } from 'hono';
import { ZAdminInterviewPage, ZAdminInterviewsQuery } from '#contract/admin-interviews.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { listAdminInterviews } from './list-interviews.ts';

export default new Hono<AppEnv>().get(
  '/api/admin/interviews',
  access.admin,
  describe({
    tag: 'Admin',
    summary: 'All interviews, any status, the latest start first',
    description:
      'Filters: `status`, start range (`from` inclusive, `to` exclusive), `professionId`, and `person`: a part ' +
      'of the login or name of the interviewer or of anyone who booked it. Pass `nextCursor` back as `cursor`.',
    success: { status: 200, description: 'A page of interviews', schema: ZAdminInterviewPage },
  }),
  validate('query', ZAdminInterviewsQuery),
  async (c) => c.json(await listAdminInterviews({ db: c.var.deps.db, ...c.req.valid('query') })),
);
