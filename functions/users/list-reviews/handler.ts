import { Hono } from 'hono';
import { ZReviewPage, ZReviewsQuery } from '#contract/feedback.ts';
import { ZLoginParam } from '#contract/profiles.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { listReviews } from './list-reviews.ts';

export default new Hono<AppEnv>().get(
  '/api/users/:login/reviews',
  access.public,
  describe({
    tag: 'Profiles',
    summary: 'An interviewer’s public reviews, newest first',
    success: { status: 200, description: 'A page of reviews', schema: ZReviewPage },
    errors: ['not_found'],
  }),
  validate('param', ZLoginParam),
  validate('query', ZReviewsQuery),
  async (c) =>
    c.json(
      await listReviews({ db: c.var.deps.db, login: c.req.valid('param').login, ...c.req.valid('query') }),
    ),
);
