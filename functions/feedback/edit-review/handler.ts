import { Hono } from 'hono';
import { ZIdParam } from '#contract/common.ts';
import { ZFeedbackState, ZReviewBody } from '#contract/feedback.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { editReview } from './edit-review.ts';

export default new Hono<AppEnv>().put(
  '/api/slots/:id/review',
  access.user,
  describe({
    tag: 'Feedback',
    summary: 'Change my review of the interviewer (within 7 days of the end)',
    success: {
      status: 200,
      description: 'The feedback of the interview as the viewer sees it',
      schema: ZFeedbackState,
    },
    errors: ['forbidden', 'not_found', 'feedback_not_open', 'feedback_closed', 'feedback_not_applicable'],
  }),
  validate('param', ZIdParam),
  validate('json', ZReviewBody),
  async (c) => {
    const { db, now, dispatch } = c.var.deps;
    const { state } = await editReview({
      db,
      now: now(),
      userId: c.var.user.id,
      slotId: c.req.valid('param').id,
      ...c.req.valid('json'),
    });
    await dispatch();
    return c.json(state, 200);
  },
);
