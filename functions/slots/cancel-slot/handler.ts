import { Hono } from 'hono';
import { ZIdParam } from '#contract/common.ts';
import { ZSlotDetails } from '#contract/slots.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { cancelSlot } from './cancel-slot.ts';

export default new Hono<AppEnv>().post(
  '/api/slots/:id/cancel',
  access.user,
  describe({
    tag: 'Slots',
    summary: 'Cancel my slot until it starts (the candidate is refunded)',
    description:
      'A booked interview cancelled inside the 2-hour cutoff is a late cancellation: the candidate is ' +
      'refunded and told so, and the interviewer takes a `late_cancellation` strike.',
    success: { status: 200, description: 'The cancelled slot', schema: ZSlotDetails },
    errors: ['forbidden', 'not_found', 'slot_not_available', 'slot_started'],
  }),
  validate('param', ZIdParam),
  async (c) => {
    const { user } = c.var;
    const { db, now, dispatch } = c.var.deps;
    const result = await cancelSlot({ db, now: now(), userId: user.id, slotId: c.req.valid('param').id });
    await dispatch();
    return c.json(result.slot);
  },
);
