import { Hono } from 'hono';
import { ZInterviewPage, ZListInterviewsQuery } from '#contract/interviews.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { listInterviews } from './list-interviews.ts';

export default new Hono<AppEnv>().get(
  '/api/me/interviews',
  access.user,
  describe({
    tag: 'Me',
    summary: 'My interviews on either side',
    success: { status: 200, description: 'A page of interviews', schema: ZInterviewPage },
  }),
  validate('query', ZListInterviewsQuery),
  async (c) => {
    const { user } = c.var;
    const { db, now } = c.var.deps;
    return c.json(await listInterviews({ db, now: now(), userId: user.id, ...c.req.valid('query') }));
  },
);
