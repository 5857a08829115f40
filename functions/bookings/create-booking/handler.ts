import { Hono } from 'hono';
import { ZIdParam } from '#contract/common.ts';
import { ZSlotDetails } from '#contract/slots.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { createBooking } from './create-booking.ts';

export default new Hono<AppEnv>().post(
  '/api/slots/:id/booking',
  access.user,
  describe({
    tag: 'Bookings',
    summary: 'Book a slot for 1 point',
    description:
      'Anti-farming: an interviewer earns at most one point per candidate within PAIR_REWARD_WINDOW_DAYS. A ' +
      'second booking with the same interviewer inside that window is allowed, but `earnsReward` is false.',
    success: { status: 201, description: 'The booked slot', schema: ZSlotDetails },
    errors: [
      'not_found',
      'own_slot',
      'slot_not_available',
      'slot_started',
      'insufficient_points',
      'schedule_conflict',
      'account_blocked',
    ],
  }),
  validate('param', ZIdParam),
  async (c) => {
    const { user } = c.var;
    const { db, now, dispatch, config } = c.var.deps;
    const result = await createBooking({
      db,
      now: now(),
      userId: user.id,
      slotId: c.req.valid('param').id,
      pairWindowDays: config.PAIR_REWARD_WINDOW_DAYS,
    });
    await dispatch();
    return c.json(result.slot, 201);
  },
);
