import { Hono } from 'hono';
import { ZIdParam } from '#contract/common.ts';
import { ZAssessmentBody, ZFeedbackState } from '#contract/feedback.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { submitAssessment } from './submit-assessment.ts';

export default new Hono<AppEnv>().post(
  '/api/slots/:id/assessment',
  access.user,
  describe({
    tag: 'Feedback',
    summary: 'Assess the candidate (the interviewer, once; private to the candidate)',
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
  validate('json', ZAssessmentBody),
  async (c) => {
    const { db, now, dispatch } = c.var.deps;
    const { state } = await submitAssessment({
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
