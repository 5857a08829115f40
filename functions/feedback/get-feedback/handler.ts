import { Hono } from 'hono';
import { ZIdParam } from '#contract/common.ts';
import { ZFeedbackState } from '#contract/feedback.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { getFeedback } from './get-feedback.ts';

export default new Hono<AppEnv>().get(
  '/api/slots/:id/feedback',
  access.user,
  describe({
    tag: 'Feedback',
    summary: 'The feedback of an interview I took part in (the other side’s once revealed)',
    success: { status: 200, description: 'The feedback as the viewer sees it', schema: ZFeedbackState },
    errors: ['forbidden', 'not_found', 'feedback_not_applicable'],
  }),
  validate('param', ZIdParam),
  async (c) => {
    const { db, now } = c.var.deps;
    return c.json(
      await getFeedback({ db, now: now(), userId: c.var.user.id, slotId: c.req.valid('param').id }),
    );
  },
);
