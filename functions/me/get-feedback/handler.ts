import { Hono } from 'hono';
import { ZMyFeedback } from '#contract/profiles.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { getMyFeedback } from './get-feedback.ts';

export default new Hono<AppEnv>().get(
  '/api/me/feedback',
  access.user,
  describe({
    tag: 'Me',
    summary: 'My feedback: received (once revealed), oldest first, and given',
    success: { status: 200, description: 'Feedback received and given', schema: ZMyFeedback },
  }),
  async (c) => c.json(await getMyFeedback({ db: c.var.deps.db, userId: c.var.user.id })),
);
