import { Hono } from 'hono';
import { requireUser } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/openapi.ts';
import { ZIdParam } from '#functions/kernel/params.ts';
import { validate } from '#functions/kernel/validation.ts';
import { ZSlotDetails } from '#functions/slots/read-model.ts';
import { createBooking } from './create-booking.ts';

export default new Hono<AppEnv>().post(
  '/api/slots/:id/booking',
  describe({
    tag: 'Bookings',
    access: 'user',
    summary: 'Book a slot for 1 point',
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
    const user = await requireUser(c);
    const { db, now, dispatch } = c.var.deps;
    const result = await createBooking({ db, now: now(), userId: user.id, slotId: c.req.valid('param').id });
    await dispatch();
    return c.json(result.slot, 201);
  },
);
