import { Hono } from 'hono';
import { requireUser } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/openapi.ts';
import { validate } from '#functions/kernel/validation.ts';
import { ZSlotDetails } from '#functions/slots/read-model.ts';
import { publishSlot } from './publish-slot.ts';
import { ZPublishSlotBody } from './schema.ts';

export default new Hono<AppEnv>().post(
  '/api/slots',
  describe({
    tag: 'Slots',
    access: 'user',
    summary: 'Publish a slot',
    success: { status: 201, description: 'The new slot', schema: ZSlotDetails },
    errors: ['schedule_conflict', 'account_blocked'],
  }),
  validate('json', ZPublishSlotBody),
  async (c) => {
    const user = await requireUser(c);
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
