import { Hono } from 'hono';
import { ZIdParam } from '#contract/common.ts';
import { ZSlotDetails } from '#contract/slots.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { checkIn } from './check-in.ts';

export default new Hono<AppEnv>().post(
  '/api/slots/:id/check-in',
  access.user,
  describe({
    tag: 'Attendance',
    summary: '"I am here": check in to my interview (from 10 minutes before the start until the end; once)',
    success: { status: 200, description: 'The slot with both check-ins', schema: ZSlotDetails },
    errors: ['forbidden', 'not_found', 'slot_not_available', 'check_in_closed'],
  }),
  validate('param', ZIdParam),
  async (c) => {
    const { db, now, dispatch } = c.var.deps;
    const result = await checkIn({ db, now: now(), userId: c.var.user.id, slotId: c.req.valid('param').id });
    await dispatch();
    return c.json(result.slot);
  },
);
