import { Hono } from 'hono';
import { ZIdParam } from '#contract/common.ts';
import { ZEditSlotBody, ZSlotDetails } from '#contract/slots.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { editSlot } from './edit-slot.ts';

export default new Hono<AppEnv>().patch(
  '/api/slots/:id',
  access.user,
  describe({
    tag: 'Slots',
    summary: 'Edit my slot (a booked one: link and topics until the start, then the link until the end)',
    success: { status: 200, description: 'The slot after the change', schema: ZSlotDetails },
    errors: [
      'forbidden',
      'not_found',
      'slot_not_available',
      'slot_started',
      'slot_locked_fields',
      'schedule_conflict',
    ],
  }),
  validate('param', ZIdParam),
  validate('json', ZEditSlotBody),
  async (c) => {
    const { user } = c.var;
    const { db, now, dispatch } = c.var.deps;
    const result = await editSlot({
      db,
      now: now(),
      userId: user.id,
      slotId: c.req.valid('param').id,
      changes: c.req.valid('json'),
    });
    await dispatch();
    return c.json(result.slot);
  },
);
