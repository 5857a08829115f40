import { Hono } from 'hono';
import { ZIdParam } from '#contract/common.ts';
import { ZSlotDetails } from '#contract/slots.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { cancelBooking } from './cancel-booking.ts';

export default new Hono<AppEnv>().post(
  '/api/bookings/:id/cancel',
  access.user,
  describe({
    tag: 'Bookings',
    summary: 'Give a booking back until the cutoff (the point is refunded)',
    success: { status: 200, description: 'The slot, open again', schema: ZSlotDetails },
    errors: ['forbidden', 'not_found', 'slot_not_available', 'cutoff_passed'],
  }),
  validate('param', ZIdParam),
  async (c) => {
    const { user } = c.var;
    const { db, now, dispatch } = c.var.deps;
    const result = await cancelBooking({
      db,
      now: now(),
      userId: user.id,
      bookingId: c.req.valid('param').id,
    });
    await dispatch();
    return c.json(result.slot);
  },
);
