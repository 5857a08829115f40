import { Hono } from 'hono';
import type { z } from 'zod';
import { ZIdParam } from '#contract/common.ts';
import type { ErrorCode } from '#contract/errors.ts';
import { type TFeedbackState, ZFeedbackState } from '#contract/feedback.ts';
import type { Db } from '#db/client.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';

type Write<B> = (
  input: B & { db: Db; now: Date; userId: string; slotId: string },
) => Promise<{ state: TFeedbackState }>;

const COMMON: ErrorCode[] = [
  'forbidden',
  'not_found',
  'feedback_not_open',
  'feedback_closed',
  'feedback_not_applicable',
];

/**
 * The four feedback writes (submit or edit, a review or an assessment) are one route shape: a signed-in
 * participant, the slot id, a body of the contract, the feedback state back. Submitting also answers
 * `feedback_exists`, and `report_not_applicable` to a side that reported a no-show; creating answers 201.
 */
export function feedbackRoute<B extends object>(route: {
  method: 'post' | 'put';
  path: '/api/slots/:id/review' | '/api/slots/:id/assessment';
  summary: string;
  body: z.ZodType<B>;
  write: Write<B>;
}) {
  const created = route.method === 'post';
  return new Hono<AppEnv>()[route.method](
    route.path,
    access.user,
    describe({
      tag: 'Feedback',
      summary: route.summary,
      success: {
        status: created ? 201 : 200,
        description: 'The feedback of the interview as the viewer sees it',
        schema: ZFeedbackState,
      },
      errors: created
        ? [...COMMON, 'feedback_exists', 'report_not_applicable']
        : [...COMMON, 'feedback_revealed'],
    }),
    validate('param', ZIdParam),
    validate('json', route.body),
    async (c) => {
      const { db, now, dispatch } = c.var.deps;
      const { state } = await route.write({
        ...c.req.valid('json'),
        db,
        now: now(),
        userId: c.var.user.id,
        slotId: c.req.valid('param').id,
      });
      await dispatch();
      return c.json(state, created ? 201 : 200);
    },
  );
}
