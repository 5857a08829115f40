import { Hono } from 'hono';
import { requireUser } from '../../shared/auth/guards.ts';
import type { AppEnv } from '../../shared/context.ts';
import { describe } from '../../shared/openapi.ts';
import { ZIdParam } from '../../shared/params.ts';
import { ZSlotDetails } from '../../shared/slot-view.ts';
import { validate } from '../../shared/validation.ts';
import { cancelBooking } from './cancel-booking.ts';

export default new Hono<AppEnv>().post(
  '/api/bookings/:id/cancel',
  describe({
    tag: 'Bookings',
    access: 'user',
    summary: 'Give a booking back until the cutoff (the point is refunded)',
    success: { status: 200, description: 'The slot, open again', schema: ZSlotDetails },
    errors: ['forbidden', 'not_found', 'slot_not_available', 'cutoff_passed'],
  }),
  validate('param', ZIdParam),
  async (c) => {
    const user = await requireUser(c);
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
