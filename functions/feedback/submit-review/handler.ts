import { Hono } from 'hono';
import { ZIdParam } from '#contract/common.ts';
import { ZFeedbackState, ZReviewBody } from '#contract/feedback.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { submitReview } from './submit-review.ts';

export default new Hono<AppEnv>().post(
  '/api/slots/:id/review',
  access.user,
  describe({
    tag: 'Feedback',
    summary: 'Rate the interviewer (the candidate, once; confirms the interview)',
    success: {
      status: 201,
      description: 'The feedback of the interview as the viewer sees it',
      schema: ZFeedbackState,
    },
    errors: [
      'forbidden',
      'not_found',
      'feedback_not_open',
      'feedback_closed',
      'feedback_exists',
      'feedback_not_applicable',
    ],
  }),
  validate('param', ZIdParam),
  validate('json', ZReviewBody),
  async (c) => {
    const { db, now, dispatch } = c.var.deps;
    const { state } = await submitReview({
      db,
      now: now(),
      userId: c.var.user.id,
      slotId: c.req.valid('param').id,
      ...c.req.valid('json'),
    });
    await dispatch();
    return c.json(state, 201);
  },
);
