import { Hono } from 'hono';
import { ADMIN_API_PREFIX } from '#contract/admin.ts';
import { ZAdjustPointsBody, ZAdjustPointsResult } from '#contract/admin-users.ts';
import { ZIdParam } from '#contract/common.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { adjustPoints } from './adjust-points.ts';

export default new Hono<AppEnv>().post(
  `${ADMIN_API_PREFIX}/users/:id/points`,
  access.admin,
  describe({
    tag: 'Admin: users',
    summary: 'Add or take points with a reason (never below zero; the same requestId applies once)',
    success: { status: 200, description: 'The new balance', schema: ZAdjustPointsResult },
    errors: ['not_found', 'insufficient_points', 'conflict'],
  }),
  validate('param', ZIdParam),
  validate('json', ZAdjustPointsBody),
  async (c) => {
    const { user } = c.var;
    const { db, now, dispatch } = c.var.deps;
    const { result } = await adjustPoints({
      db,
      now: now(),
      actorId: user.id,
      userId: c.req.valid('param').id,
      ...c.req.valid('json'),
    });
    await dispatch();
    return c.json(result);
  },
);
