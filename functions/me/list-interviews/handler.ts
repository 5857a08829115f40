import { Hono } from 'hono';
import { requireUser } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/openapi.ts';
import { validate } from '#functions/kernel/validation.ts';
import { listInterviews } from './list-interviews.ts';
import { ZInterviewPage, ZListInterviewsQuery } from './schema.ts';

export default new Hono<AppEnv>().get(
  '/api/me/interviews',
  describe({
    tag: 'Me',
    access: 'user',
    summary: 'My interviews on either side',
    success: { status: 200, description: 'A page of interviews', schema: ZInterviewPage },
  }),
  validate('query', ZListInterviewsQuery),
  async (c) => {
    const user = await requireUser(c);
    const { db, now } = c.var.deps;
    return c.json(await listInterviews({ db, now: now(), userId: user.id, ...c.req.valid('query') }));
  },
);
