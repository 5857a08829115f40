import { Hono } from 'hono';
import { ZPublishSlotBody, ZSlotDetails } from '#contract/slots.ts';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { validate } from '#functions/kernel/validation.ts';
import { publishSlot } from './publish-slot.ts';

export default new Hono<AppEnv>().post(
  '/api/slots',
  access.user,
  describe({
    tag: 'Slots',
    summary: 'Publish a slot',
    success: { status: 201, description: 'The new slot', schema: ZSlotDetails },
    errors: ['schedule_conflict', 'account_blocked'],
  }),
  validate('json', ZPublishSlotBody),
  async (c) => {
    const { user } = c.var;
    const { db, now, dispatch } = c.var.deps;
    const { slot } = await publishSlot({
      db,
      now: now(),
      userId: user.id,
      ...c.req.valid('json'),
    });
    await dispatch();
    return c.json(slot, 201);
  },
);
